import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { auditLog } from '../modules/audit/schema.ts'
import { organisations } from '../modules/organisations/schema.ts'
import { type CliEnv, freshEnv, ura, withDb } from './test-helpers.ts'

let env: CliEnv
beforeAll(async () => {
  env = await freshEnv()
})

describe('create-org', () => {
  it('[CLI][ORG]: creates an organisation, audited as the system', async () => {
    const res = await ura(env, 'create-org', {
      name: 'Shkolla Profesionale “Gjergj Canco”',
      slug: 'gjergj-canco',
      country: 'al',
      type: 'vet_school',
      locale: 'sq',
      'time-zone': 'Europe/Tirane',
    })
    expect(res).toMatchObject({ code: 0, stderr: '' })
    expect(res.stdout).toContain('Created organisation')
    await withDb(env, async ({ db }) => {
      const [org] = await db
        .select()
        .from(organisations)
        .where(eq(organisations.slug, 'gjergj-canco'))
      expect(org).toMatchObject({
        name: { sq: 'Shkolla Profesionale “Gjergj Canco”' },
        country: 'AL',
        type: 'vet_school',
        defaultLocale: 'sq',
        timeZone: 'Europe/Tirane',
      })
      const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, org!.id))
      expect(audit).toMatchObject({
        action: 'organisation.created',
        actorUserId: null,
        tenantId: org!.id,
      })
    })
  })

  it('[CLI][ORG]: bad values are explained in plain English (exit 2)', async () => {
    const bad = await ura(env, 'create-org', {
      name: ' ',
      slug: 'Not A Slug',
      country: 'QQ',
      type: 'school',
      'time-zone': 'Mars/Olympus',
    })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--name: is required.')
    expect(bad.stderr).toContain('--slug: use lowercase letters and digits')
    expect(bad.stderr).toContain('--country: use a two-letter country code')
    expect(bad.stderr).toContain('--type: use one of: vet_school')
    expect(bad.stderr).toContain('--time-zone: use an IANA zone')
    const missing = await ura(env, 'create-org', { name: 'X' })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--slug: is required.')
  })

  it('[CLI][ORG]: a slug already taken exits 1 and changes nothing', async () => {
    const options = { name: 'Again', slug: 'taken-slug', country: 'XK', type: 'company' }
    expect((await ura(env, 'create-org', options)).code).toBe(0)
    const again = await ura(env, 'create-org', { ...options, name: 'Someone else' })
    expect(again.code).toBe(1)
    expect(again.stdout).toBe('')
    expect(again.stderr).toContain('An organisation with the slug "taken-slug" already exists.')
    const rows = await withDb(env, ({ db }) =>
      db.select().from(organisations).where(eq(organisations.slug, 'taken-slug')),
    )
    expect(rows.map((r) => r.name)).toEqual([{ en: 'Again' }])
  })
})
