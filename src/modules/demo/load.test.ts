import { and, eq, sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { AppError } from '../../lib/errors.ts'
import { auditLog } from '../audit/schema.ts'
import { calls } from '../calls/schema.ts'
import { getHomeSummary } from '../home/index.ts'
import { courses } from '../learning/schema.ts'
import { outbox } from '../mail/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { DEMO_PROJECTS } from '../projects/index.ts'
import { guardianships, memberships, ROLES, users } from '../users/schema.ts'
import { DEMO_PASSWORD, type DemoAccount, isDatabaseEmpty, loadDemoData } from './index.ts'

const BEQIR = 'beqir-cela-durres'
let t: TestApp
let accounts: DemoAccount[]
let orgs: (typeof organisations.$inferSelect)[]

const bySlug = (slug: string) => {
  const org = orgs.find((o) => o.slug === slug)
  if (!org) throw new Error(`no organisation ${slug}`)
  return org
}
const partnersOf = (key: string) =>
  DEMO_PROJECTS.find((p) => p.key === key)!.partners.map((p) => bySlug(p.org))

beforeAll(async () => {
  t = await setupTestApp()
  expect(await isDatabaseEmpty(t.deps.db)).toBe(true)
  accounts = await loadDemoData(t.deps)
  orgs = await t.deps.db.select().from(organisations)
})

describe('[DEMO][LOAD]', () => {
  it('[DEMO][LOAD]: fills an empty database, which is then no longer empty', async () => {
    // How long the load takes is measured by `npm run bench` (cold start), not asserted here.
    expect(await isDatabaseEmpty(t.deps.db)).toBe(false)
  })

  it('[DEMO][LOAD]: the spring call names the pre-departure course on minors, which its school may read', async () => {
    const [call] = await t.deps.db
      .select({ courseId: calls.preparationCourseId })
      .from(calls)
      .where(sql`${calls.slug} like 'short-term-mobility-spring-%'`)
    const [course] = await t.deps.db
      .select({ slug: courses.slug })
      .from(courses)
      .where(eq(courses.id, call!.courseId!))
    expect(course!.slug).toBe('mobility-with-minors')
  })

  it('[DEMO][LOAD]: ALLIANCE has 3 Albanian and 2 Kosovar VET schools and partners in GR, DE, BE', () => {
    const partners = partnersOf('alliance')
    const schools = partners.filter((o) => o.country === 'AL' || o.country === 'XK')
    expect(schools.every((o) => o.type === 'vet_school')).toBe(true)
    expect(schools.filter((o) => o.country === 'AL')).toHaveLength(3)
    expect(schools.filter((o) => o.country === 'XK')).toHaveLength(2)
    expect(new Set(partners.map((o) => o.country))).toEqual(new Set(['AL', 'XK', 'GR', 'DE', 'BE']))
    expect(new Set(partners.map((o) => o.type)).size).toBeGreaterThanOrEqual(4)
    const beqir = bySlug(BEQIR)
    expect(beqir.name.sq).toBe('Shkolla Profesionale “Beqir Çela”')
    expect(beqir).toMatchObject({ defaultLocale: 'sq', timeZone: 'Europe/Tirane', city: 'Durrës' })
    for (const o of schools.filter((s) => s.country === 'XK')) {
      expect(o.timeZone).toBe('Europe/Belgrade')
    }
    const greek = partners.find((o) => o.country === 'GR')!
    expect(greek.name.el).toMatch(/[\u0370-\u03ff]/)
    expect(greek.name.en).toBeTruthy()
  })

  it('[DEMO][LOAD]: V2V twins five EU schools with five in Montenegro, Kosovo and Bosnia', () => {
    const schools = partnersOf('v2v')
    expect(schools).toHaveLength(10)
    expect(schools.every((o) => o.type === 'vet_school')).toBe(true)
    const eu = schools.filter((o) => ['IT', 'NL', 'FI', 'SI', 'HR'].includes(o.country))
    const wb = schools.filter((o) => ['ME', 'XK', 'BA'].includes(o.country))
    expect(new Set(eu.map((o) => o.country)).size).toBe(5)
    expect(wb).toHaveLength(5)
    expect(new Set(wb.map((o) => o.country))).toEqual(new Set(['ME', 'XK', 'BA']))
    expect(bySlug('apro-formazione-alba')).toMatchObject({ country: 'IT', city: 'Alba' })
    expect(wb.some((o) => /[\u0400-\u04ff]/.test(o.name.sr ?? ''))).toBe(true)
    const twins = DEMO_PROJECTS.find((p) => p.key === 'v2v')!.twinning
    expect(new Set(twins.map(([a]) => a))).toEqual(new Set(eu.map((o) => o.slug)))
    expect(new Set(twins.map(([, b]) => b))).toEqual(new Set(wb.map((o) => o.slug)))
  })

  it('[DEMO][LOAD]: a North Macedonian school is named in Cyrillic and reads Macedonian', () => {
    const mk = orgs.find((o) => o.country === 'MK')!
    expect(mk.defaultLocale).toBe('mk')
    expect(mk.name.mk).toMatch(/^[\u0400-\u04ff„“\s–-]+$/)
  })

  it('[DEMO][LOAD]: organisation data is well formed (zones, OIDs, PICs, names)', () => {
    const zones = new Set(Intl.supportedValuesOf('timeZone'))
    for (const o of orgs) {
      expect(zones.has(o.timeZone), `${o.slug} ${o.timeZone}`).toBe(true)
      if (o.erasmusOid) expect(o.erasmusOid).toMatch(/^E1\d{7}$/)
      if (o.erasmusPic) expect(o.erasmusPic).toMatch(/^\d{9}$/)
      expect(o.name.en, o.slug).toBeTruthy()
      expect(Object.keys(o.name).length, o.slug).toBeGreaterThanOrEqual(2)
      expect(Number(o.latitude)).not.toBe(0)
    }
  })

  it('[DEMO][LOAD]: every role is present, and every school has a head and a coordinator', async () => {
    const rows = await t.deps.db.select().from(memberships)
    expect(new Set(rows.map((m) => m.role))).toEqual(new Set(ROLES))
    for (const o of orgs.filter((x) => !x.isExternal)) {
      const roles = rows.filter((m) => m.tenantId === o.id).map((m) => m.role)
      expect(roles, o.slug).toEqual(expect.arrayContaining(['org_admin', 'coordinator']))
    }
    const [admin] = await t.deps.db.select().from(users).where(eq(users.email, 'admin@ura.local'))
    expect(admin?.isPlatformAdmin).toBe(true)
  })

  it('[DEMO][LOAD]: Beqir Çela has three minor learners without e-mail, two with a guardian', async () => {
    const beqir = bySlug(BEQIR)
    const learners = await t.deps.db
      .select({
        id: users.id,
        email: users.email,
        username: users.username,
        dob: users.dateOfBirth,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, beqir.id), eq(memberships.role, 'learner')))
    // The third minor, 15, and her guardian come from the mobility reports' demo (the journey's minor).
    expect(learners).toHaveLength(4)
    expect(learners.every((l) => l.email === null && l.username)).toBe(true)
    const minors = learners.filter((l) => (l.dob ?? '') >= '2010-01-01')
    expect(minors).toHaveLength(3)
    const links = await t.deps.db
      .select()
      .from(guardianships)
      .where(eq(guardianships.tenantId, beqir.id))
    expect(links).toHaveLength(2)
    for (const link of links) expect(minors.map((m) => m.id)).toContain(link.learnerUserId)
  })

  it('[DEMO][LOAD]: the partner contact belongs to the German partner too', async () => {
    const [katrin] = await t.deps.db.select().from(users).where(sql`${users.email} like 'katrin.%'`)
    const rows = await t.deps.db
      .select({ role: memberships.role, country: organisations.country })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.tenantId))
      .where(eq(memberships.userId, katrin!.id))
    expect(rows).toEqual(
      expect.arrayContaining([
        { role: 'partner_contact', country: 'AL' },
        { role: 'coordinator', country: 'DE' },
      ]),
    )
  })

  it('[DEMO][LOAD]: the coordinator signs in, sees two organisations and pending invitations', async () => {
    const client = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    const res = await client.get('/app')
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('Elira Hoxha')
    const [elira] = await t.deps.db
      .select()
      .from(users)
      .where(eq(users.email, 'coordinator@beqircela.edu.al'))
    const ctx = await t.ctxFor(elira!.id)
    expect(ctx.actor?.memberships).toHaveLength(2)
    // The first organisation by slug is the one a fresh session opens: Beqir Çela.
    expect(ctx.actor?.tenantId).toBe(bySlug(BEQIR).id)
    expect(ctx.actor?.role).toBe('coordinator')
    expect((await getHomeSummary(ctx)).pendingInvitations).toBe(2)
  })

  it('[DEMO][LOAD]: a learner signs in by username', async () => {
    const client = await t.signedIn('ardit.meta', DEMO_PASSWORD)
    const res = await client.get('/app')
    expect(res.status).toBe(200)
    expect(await textOf(res)).toContain('Ardit Meta')
  })

  it('[DEMO][LOAD]: the outbox and the audit log of Beqir Çela are not empty', async () => {
    const beqir = bySlug(BEQIR)
    const mail = await t.deps.db.select().from(outbox).where(eq(outbox.tenantId, beqir.id))
    expect(mail.length).toBeGreaterThanOrEqual(2)
    expect(mail.every((m) => m.text.includes('http://ura.test/signin'))).toBe(true)
    const log = await t.deps.db.select().from(auditLog).where(eq(auditLog.tenantId, beqir.id))
    expect(log.length).toBeGreaterThanOrEqual(3)
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['membership.created', 'invitation.created', 'guardianship.created']),
    )
  })

  it('[DEMO][LOAD]: returns the important logins, all of which sign in', async () => {
    expect(accounts.map((a) => a.role)).toEqual(
      expect.arrayContaining([
        'platform_admin',
        'org_admin',
        'coordinator',
        'staff',
        'learner',
        'guardian',
        'partner_contact',
      ]),
    )
    expect(accounts.map((a) => a.login)).toContain('coordinator@beqircela.edu.al')
    expect(accounts.map((a) => a.organisation)).toEqual(
      expect.arrayContaining(['lumbardhi-prizren', 'pelister-bitola']),
    )
    for (const a of accounts) {
      expect(a.password).toBe(DEMO_PASSWORD)
      await t.signedIn(a.login, a.password)
    }
  })

  it('[DEMO][LOAD]: a second load is refused and changes nothing', async () => {
    const before = await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(users)
    const err = await loadDemoData(t.deps).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('CONFLICT')
    const after = await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(users)
    expect(after).toEqual(before)
  })
})
