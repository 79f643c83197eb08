import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../modules/mail/schema.ts'
import { partnerships } from '../modules/network/schema.ts'
import { organisations } from '../modules/organisations/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
  for (const slug of ['reminder-school', 'reminder-partner']) {
    const org = { name: slug, slug, country: 'AL', type: 'vet_school' }
    expect((await ura(env, 'create-org', org)).code).toBe(0)
  }
  const coordinator = {
    email: 'io@reminder-school.test',
    name: 'Office Coordinator',
    org: 'reminder-school',
    role: 'coordinator',
    password: 'correct horse battery',
  }
  expect((await ura(env, 'create-user', coordinator)).code).toBe(0)
})

describe('send-reminders', () => {
  it('[CLI][REMINDERS]: queues a renewal reminder once, however often it runs', async () => {
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
    await withDb(env, async ({ db }) => {
      const rows = await db.select().from(organisations)
      const id = (slug: string) => rows.find((r) => r.slug === slug)!.id
      await db.insert(partnerships).values({
        tenantId: id('reminder-school'),
        partnerId: id('reminder-partner'),
        kind: 'memorandum',
        validFrom: '2024-01-01',
        validTo: inTenDays,
      })
    })
    const first = await ura(env, 'send-reminders')
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toBe('Renewal reminders: 1 agreement(s), 1 e-mail(s) queued.\n')
    const second = await ura(env, 'send-reminders')
    expect(second.stdout).toBe('Renewal reminders: 0 agreement(s), 0 e-mail(s) queued.\n')
    await withDb(env, async ({ db }) => {
      const mails = await db.select().from(outbox).where(eq(outbox.to, 'io@reminder-school.test'))
      expect(mails).toHaveLength(1)
      expect(mails[0]!.subject).toContain('reminder-partner')
    })
  })

  it('[CLI][REMINDERS]: is listed in the help', async () => {
    const help = await ura(env, 'help')
    expect(help.stdout).toContain('send-reminders')
  })
})
