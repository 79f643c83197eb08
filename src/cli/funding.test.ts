import { beforeAll, describe, expect, it } from 'vitest'
import { fundingOpportunities } from '../modules/funding/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
})

describe('seed-funding and send-funding-reminders', () => {
  it('[CLI][FUNDING]: seeds the shared register once; reminders run with nothing watched', async () => {
    const first = await ura(env, 'seed-funding')
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout).toContain('8 seeded opportunities added')
    expect((await ura(env, 'seed-funding')).stdout).toContain('0 seeded opportunities added')
    const rows = await withDb(env, ({ db }) => db.select().from(fundingOpportunities))
    expect(rows).toHaveLength(8)
    const reminders = await ura(env, 'send-funding-reminders')
    expect(reminders).toMatchObject({ code: 0, stderr: '' })
    expect(reminders.stdout).toBe('Funding reminders: 0 e-mail(s) queued for 0 deadline(s).\n')
    expect((await ura(env, 'help')).stdout).toContain('send-funding-reminders')
  })
})
