import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { fundingDeadlines, fundingOpportunities } from './schema.ts'
import { seedFundingOpportunities } from './seed.ts'
import { apiAs, buildOpportunity, opportunityForm } from './testing.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-12-01T10:00:00Z'))
  await seedFundingOpportunities(t.deps.db)
})

const seeded = async (key: string) => {
  const [row] = await t.deps.db
    .select()
    .from(fundingOpportunities)
    .where(eq(fundingOpportunities.seedKey, key))
  return row!
}

describe('/app/funding', () => {
  it('[FUNDING][SEED]: the seed is idempotent and every seeded row is unconfirmed with a note', async () => {
    expect(await seedFundingOpportunities(t.deps.db)).toBe(0)
    const rows = await t.deps.db.select().from(fundingOpportunities)
    expect(rows.map((r) => r.actionCode)).toEqual(
      expect.arrayContaining(['KA121-VET', 'KA122-VET', 'KA210-VET', 'KA220-VET', 'CB-VET']),
    )
    expect(rows.every((r) => r.organisationId === null && r.confidence === 'unconfirmed')).toBe(
      true,
    )
    expect(rows.every((r) => r.sourceNote.en)).toBe(true)
  })

  it('[FUNDING][LIST]: a coordinator sees the register with the unconfirmed badge; filters by programme, days and "open to us"', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const page = await textOf(await c.get('/app/funding'))
    expect(page).toContain('Funding opportunities')
    expect(page).toContain('KA122-VET')
    expect(page).toContain('Unconfirmed — verify')
    expect(page).toContain('Feb 18, 2027, 12:00 PM, Brussels time · 79 days left')
    const interreg = await textOf(await c.get('/app/funding?programme=interreg_ipa'))
    expect(interreg).toContain('Interreg IPA South Adriatic')
    expect(interreg).not.toContain('KA122-VET')
    // An Albanian VET school: KA210-VET (EU and associated only) is not open in any role.
    const open = await textOf(await c.get('/app/funding?open=1'))
    expect(open).toContain('CB-VET')
    expect(open).not.toContain('KA210-VET')
    // Within 90 days of 1 December 2026: the February and March 2027 deadlines are not.
    const soon = await textOf(await c.get('/app/funding?days=90'))
    expect(soon).toContain('KA122-VET')
    expect(soon).not.toContain('KA220-VET')
    expect(soon).not.toContain('Centres of Vocational Excellence')
  })

  it('[FUNDING][ELIGIBILITY]: the page answers for the signed-in school and for another country by GET', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const ka122 = await seeded('erasmus-ka122-vet')
    const mine = await textOf(await c.get(`/app/funding/opportunities/${ka122.id}`))
    expect(mine).toContain('Albania, VET school')
    expect(mine).toContain('Albania is not among the eligible countries for this role.')
    expect(mine).toContain(
      'Albania is among the countries of this group: Western Balkans, not associated to the Programme.',
    )
    const mk = await textOf(
      await c.get(`/app/funding/opportunities/${ka122.id}?country=MK&organisationType=vet_school`),
    )
    expect(mk).toContain(
      'North Macedonia is among the countries of this group: third countries associated to the Programme.',
    )
    const bad = await textOf(
      await c.get(`/app/funding/opportunities/${ka122.id}?country=ZZ&organisationType=vet_school`),
    )
    expect(bad).toContain('There is 1 problem with what you entered Choose a country.')
  })

  it('[FUNDING][VALIDATION]: a deadline in the past is refused with a translated error, the form keeps what was typed, nothing is saved', async () => {
    const coord = await t.make.member('coordinator', { locale: 'sq' })
    const c = await t.signedIn(coord.login)
    const before = await t.deps.db.select().from(fundingOpportunities)
    const res = await c.post(
      '/app/funding/opportunities/new',
      opportunityForm({ 'title.en': 'Typed title', 'deadlines.0.local': '2026-11-30T12:00' }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Ky afat ka kaluar tashmë. Shkruani një datë dhe orë në të ardhmen.')
    expect(html).toContain('href="#f-deadlines-0-local"')
    expect(html).toContain('value="Typed title"')
    expect(html).toContain('value="2026-11-30T12:00"')
    expect(await t.deps.db.select().from(fundingOpportunities)).toHaveLength(before.length)
  })

  it('[FUNDING][PRIVATE]: a school’s own opportunity; another school gets 404 on the page and in the API', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const id = await buildOpportunity(c)
    const [row] = await t.deps.db
      .select()
      .from(fundingOpportunities)
      .where(eq(fundingOpportunities.id, id))
    expect(row!.organisationId).toBe(coord.tenantId)
    expect(row!.eligibleCountries).toEqual(['AL', 'XK'])
    expect(row!.roles).toEqual(['applicant'])
    const [deadline] = await t.deps.db
      .select()
      .from(fundingDeadlines)
      .where(eq(fundingDeadlines.opportunityId, id))
    expect(deadline!.at.toISOString()).toBe('2027-03-01T11:00:00.000Z')
    expect(deadline!.timeZone).toBe('Europe/Tirane')
    const page = await textOf(await c.get(`/app/funding/opportunities/${id}`))
    expect(page).toContain('Mar 1, 2027, 12:00 PM, Tirana time · 90 days left')
    expect(page).toContain('Our school only')

    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    expect((await o.get(`/app/funding/opportunities/${id}`)).status).toBe(404)
    expect((await o.get(`/app/funding/opportunities/${id}/edit`)).status).toBe(404)
    expect((await o.post(`/app/funding/opportunities/${id}/watch`)).status).toBe(404)
    expect(await textOf(await o.get('/app/funding'))).not.toContain('Test grants for VET schools')
    const api = await apiAs(t, other)
    expect((await api(`/v1/funding/opportunities/${id}`)).status).toBe(404)
    expect((await api(`/v1/funding/opportunities/${id}/eligibility`)).status).toBe(404)
  })

  it('[FUNDING][EDIT]: the shared register is edited by a platform admin only; an unchanged past deadline may stay', async () => {
    const coord = await t.make.member('coordinator')
    const c = await t.signedIn(coord.login)
    const ka121 = await seeded('erasmus-ka121-vet')
    expect((await c.get(`/app/funding/opportunities/${ka121.id}/edit`)).status).toBe(403)
    expect(
      (await c.post(`/app/funding/opportunities/${ka121.id}/edit`, opportunityForm())).status,
    ).toBe(403)

    const admin = await t.make.user({ isPlatformAdmin: true })
    const a = await t.signedIn(admin.email!)
    const form = await a.get(`/app/funding/opportunities/${ka121.id}/edit`)
    expect(form.status).toBe(200)
    const html = await form.text()
    // The 2026 deadline (passed) and the expected 2027 one, in Brussels wall-clock time.
    expect(html).toContain('value="2026-02-19T12:00"')
    expect(html).toContain('value="2027-02-18T12:00"')
    const saved = await a.post(`/app/funding/opportunities/${ka121.id}/edit`, {
      ...opportunityForm({
        programme: 'erasmus_plus',
        actionCode: 'KA121-VET',
        'title.en': 'Accredited mobility',
      }),
      'deadlines.0.local': '2026-02-19T12:00',
      'deadlines.0.timeZone': 'Europe/Brussels',
      'deadlines.1.local': '2027-02-18T12:00',
      'deadlines.1.timeZone': 'Europe/Brussels',
      confidence: 'confirmed',
    })
    expect(saved.status).toBe(303)
    const after = await seeded('erasmus-ka121-vet')
    expect(after.confidence).toBe('confirmed')
    expect(after.organisationId).toBeNull()
    // A new deadline in the past is still refused on edit.
    const refused = await a.post(`/app/funding/opportunities/${ka121.id}/edit`, {
      ...opportunityForm({ programme: 'erasmus_plus' }),
      'deadlines.0.local': '2026-06-01T12:00',
    })
    expect(refused.status).toBe(422)
  })

  it('[FUNDING][WATCH]: watch and unwatch by POST; the watch list names who watches', async () => {
    const coord = await t.make.member('coordinator', { displayName: 'Ana Koordinatore' })
    const c = await t.signedIn(coord.login)
    const cb = await seeded('erasmus-cb-vet')
    const res = await c.post(`/app/funding/opportunities/${cb.id}/watch`)
    expect(res.status).toBe(303)
    expect(await textOf(await c.get('/app/funding/watches'))).toContain('Ana Koordinatore')
    expect(
      (
        await c.post(`/app/funding/opportunities/${cb.id}/unwatch`, { back: 'watches' })
      ).headers.get('location'),
    ).toContain('/app/funding/watches')
    expect(await textOf(await c.get('/app/funding/watches'))).toContain(
      'Nobody at our school watches',
    )
  })

  it('[FUNDING][ACCESS]: a learner gets 403 on the register; staff may read but not add', async () => {
    const learner = await t.make.member('learner')
    const l = await t.signedIn(learner.login)
    expect((await l.get('/app/funding')).status).toBe(403)
    const staff = await t.make.member('staff')
    const s = await t.signedIn(staff.login)
    expect((await s.get('/app/funding')).status).toBe(200)
    expect((await s.get('/app/funding/opportunities/new')).status).toBe(403)
    expect((await s.post('/app/funding/opportunities/new', opportunityForm())).status).toBe(403)
  })
})
