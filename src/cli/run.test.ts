import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, it } from 'vitest'
import { organisations } from '../modules/organisations/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
})

describe('usage', () => {
  it('[CLI][USAGE]: help prints every command; none or an unknown one exits 2 with usage', async () => {
    const help = await ura(env, 'help')
    expect(help.code).toBe(0)
    for (const cmd of ['migrate', 'create-org', 'create-user', 'create-token', 'demo-data']) {
      expect(help.stdout).toContain(cmd)
    }
    const none = await ura(env, [])
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('No command given.')
    const unknown = await ura(env, 'destroy-everything')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown command "destroy-everything"')
    expect(unknown.stderr).toContain('Usage: npm run ura')
    const option = await ura(env, 'create-org', { colour: 'red' })
    expect(option.code).toBe(2)
    expect(option.stderr).toMatch(/Unknown option '--colour'/)
  })

  it('[CLI][ENV]: an invalid configuration is reported, exit 1', async () => {
    const res = await ura({ ...env, DATABASE_URL: 'mysql://db/ura', PORT: 'eighty' }, 'migrate')
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('Invalid configuration')
    expect(res.stderr).toContain('DATABASE_URL: must start with postgres://')
    expect(res.stderr).toContain('PORT')
  })

  it('[CLI][MIGRATE]: migrate applies migrations and says so', async () => {
    const res = await ura(env, 'migrate')
    expect(res).toMatchObject({ code: 0, stderr: '' })
    expect(res.stdout).toMatch(/is up to date/)
  })
})

describe('demo-data', () => {
  it('[CLI][DEMO]: loads into an empty database only', async () => {
    const empty = await freshEnv()
    const res = await ura(empty, 'demo-data')
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('Demo data loaded.')
    expect(res.stdout).toContain('ura-demo-2026')
    const count = await withDb(
      empty,
      async ({ db }) => (await db.select().from(organisations)).length,
    )
    expect(count).toBeGreaterThan(1)

    const again = await ura(empty, 'demo-data')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('already holds data')
    const after = await withDb(
      empty,
      async ({ db }) => (await db.select().from(organisations)).length,
    )
    expect(after).toBe(count)
  })
})

describe('the process', () => {
  it('[CLI][SMOKE]: `npm run ura` runs as a process; an unknown command exits 2 with usage', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'nope'], {
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Unknown command "nope"')
    expect(result.stderr).toContain('create-token')
  })
})
