import { beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../modules/mail/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
})

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

describe('purge-outbox', () => {
  it('[CLI][OUTBOX]: deletes finished e-mails past the retention, keeps recent ones, prints how many', async () => {
    await withDb(env, async ({ db }) => {
      const mail = { to: 'ana@school.test', text: 'Hello' }
      await db.insert(outbox).values([
        { ...mail, subject: 'old sent', status: 'sent', createdAt: daysAgo(200) },
        { ...mail, subject: 'old kept', status: 'stored', createdAt: daysAgo(365) },
        { ...mail, subject: 'recent', status: 'sent', createdAt: daysAgo(10) },
      ])
    })
    const first = await ura(env, 'purge-outbox')
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toBe(
      'Deleted 2 e-mails from the outbox (sent, failed or kept more than 180 days ago).\n',
    )
    const left = await withDb(env, ({ db }) => db.select({ subject: outbox.subject }).from(outbox))
    expect(left.map((r) => r.subject)).toEqual(['recent'])

    const shorter = await ura({ ...env, URA_OUTBOX_RETENTION_DAYS: '7' }, 'purge-outbox')
    expect(shorter.stdout).toBe(
      'Deleted 1 e-mail from the outbox (sent, failed or kept more than 7 days ago).\n',
    )
    expect((await ura(env, 'help')).stdout).toContain('purge-outbox')
  })

  it('[CLI][OUTBOX]: a retention of 0 days is refused as configuration', async () => {
    const result = await ura({ ...env, URA_OUTBOX_RETENTION_DAYS: '0' }, 'purge-outbox')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('URA_OUTBOX_RETENTION_DAYS')
  })
})
