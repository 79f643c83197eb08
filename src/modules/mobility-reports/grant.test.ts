import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { greatCircleKm, roundKm } from '../grants/index.ts'
import { nationalAgencyRates } from '../grants/schema.ts'
import { createMobility } from '../mobility/index.ts'
import { mobilities } from '../mobility/schema.ts'
import { organisations } from '../organisations/schema.ts'
import { projectPartners, projects } from '../projects/schema.ts'
import { computeMobilityGrant, getMobilityGrant } from './grant-service.ts'
import { mobilityGrants } from './schema.ts'
import { makeReportsWorld } from './testing.ts'

let t: TestApp
let w: Awaited<ReturnType<typeof makeReportsWorld>>
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeReportsWorld(t)
})

const KOELN_THESSALONIKI = roundKm(
  greatCircleKm({ lat: 50.9413, lon: 6.958 }, { lat: 40.6336, lon: 22.9442 }),
)

async function grantOf(mobilityId: string) {
  const [row] = await t.deps.db
    .select()
    .from(mobilityGrants)
    .where(eq(mobilityGrants.mobilityId, mobilityId))
  return row
}

describe('grant service', () => {
  it('[REPORTS][GRANT]: estimates the distance from coordinates and uses the sending country’s rate', async () => {
    const m = await w.mobility()
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    const page = await getMobilityGrant(ctx, m.id)
    expect(page.context).toMatchObject({
      callYear: 2026,
      nationalAgencyCountry: 'DE',
      ecDistanceKm: null,
      estimatedKm: KOELN_THESSALONIKI,
      activityDays: 20,
      travelDaysDefault: 2,
      participantsBefore: 0,
    })
    expect(page.context.rate?.ratePerDay).toBe(82)
    const row = await computeMobilityGrant(ctx, m.id, {
      travelDays: 2,
      linguisticSupport: false,
      linguisticReinforced: false,
      exceptional: [],
    })
    expect(row).toMatchObject({
      version: 1,
      travel: '309.00',
      organisationalSupport: '350.00',
      individualSupportMin: '1604.00',
      totalMin: '2263.00',
      totalMax: '2263.00',
      isDistanceEstimated: true,
      projectId: w.project.id,
    })
    expect(row.rulesVersion).toMatch(/^erasmus-vet-2026\.json sha256:[0-9a-f]{12}$/)
    expect(row.notes.map((n) => n.key)).toContain('grants:notes.distanceEstimated')
  })

  it('[REPORTS][GRANT]: the EC calculator value on the mobility wins over the estimate', async () => {
    const m = await w.mobility({ distanceKm: '1390.50', distanceSource: 'ec_calculator' })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    const row = await computeMobilityGrant(ctx, m.id, {
      travelDays: 2,
      linguisticSupport: false,
      linguisticReinforced: false,
      exceptional: [],
    })
    expect(row.inputs).toMatchObject({ distanceKm: 1390.5, distanceSource: 'ec_calculator' })
    expect(row.isDistanceEstimated).toBe(false)
  })

  it('[REPORTS][GRANT]: earlier participants of the same type in the project are counted; cancelled ones and accompanying persons are not', async () => {
    const [p] = await t.deps.db
      .insert(projects)
      .values({
        tenantId: w.school.id,
        slug: `count-${Date.now()}`,
        acronym: 'COUNT',
        title: { en: 'Count' },
      })
      .returning()
    const base = {
      projectId: p!.id,
      activityType: 'SM-JOB-SHDW',
      participantType: 'staff' as const,
      endDate: '2026-05-10',
    }
    await w.mobility({ ...base, startDate: '2026-05-01' })
    await w.mobility({ ...base, startDate: '2026-05-02' })
    await w.mobility({ ...base, startDate: '2026-05-03', status: 'cancelled' })
    await w.mobility({ ...base, startDate: '2026-05-03', participantType: 'accompanying' })
    await w.mobility({ ...base, activityType: 'SM-TTA', startDate: '2026-05-03' })
    const later = await w.mobility({ ...base, startDate: '2026-05-04' })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    expect((await getMobilityGrant(ctx, later.id)).context.participantsBefore).toBe(2)
  })

  it('[REPORTS][GRANT]: a Western Balkan sender uses the National Agency of the project coordinator', async () => {
    const albanian = await t.make.organisation({ country: 'AL' })
    const coord = await t.make.member('coordinator', { tenantId: albanian.id })
    const learner = await t.make.member('learner', { tenantId: albanian.id })
    const base = {
      tenantId: albanian.id,
      sendingOrganisationId: albanian.id,
      participantUserId: learner.user.id,
      distanceKm: '800',
      distanceSource: 'ec_calculator' as const,
    }
    const inGermanProject = await w.mobility({ ...base, projectId: w.project.id })
    const alone = await w.mobility({ ...base, projectId: null })
    const ctx = await t.ctxFor(coord.user.id, albanian.id)
    expect((await getMobilityGrant(ctx, inGermanProject.id)).context.nationalAgencyCountry).toBe(
      'DE',
    )
    const row = await computeMobilityGrant(ctx, alone.id, {
      travelDays: 2,
      linguisticSupport: false,
      linguisticReinforced: false,
      exceptional: [],
    })
    expect(row.totalMin).not.toBe(row.totalMax)
    expect(row.notes.map((n) => n.key)).toContain('reports:grant.notes.noNationalAgency')
  })

  it('[REPORTS][GRANT]: a consortium partner may send in the consortium’s project; an outsider may not', async () => {
    const albanian = await t.make.organisation({ country: 'AL' })
    const coord = await t.make.member('coordinator', { tenantId: albanian.id })
    const learner = await t.make.member('learner', { tenantId: albanian.id })
    const input = {
      participantUserId: learner.user.id,
      participantType: 'learner' as const,
      activityType: 'LM-SHORT-VET',
      startDate: '2026-10-01',
      endDate: '2026-10-20',
      projectId: w.project.id,
      receivingOrganisationId: w.host.id,
      isGreenTravel: false,
      fewerOpportunities: false,
    }
    const ctx = await t.ctxFor(coord.user.id, albanian.id)
    await expect(createMobility(ctx, input)).rejects.toMatchObject({
      fields: { projectId: 'common:validation.choice' },
    })
    await t.deps.db.insert(projectPartners).values({
      tenantId: albanian.id,
      projectId: w.project.id,
      organisationId: albanian.id,
      role: 'partner',
    })
    const row = await createMobility(ctx, input)
    expect(row.projectId).toBe(w.project.id)
    expect(row.umidCounter).toBeGreaterThan(0)
    expect((await getMobilityGrant(ctx, row.id)).context.nationalAgencyCountry).toBe('DE')
  })

  it('[REPORTS][GRANT]: a recomputation is a new version, audited; a changed rate is reported, never applied silently', async () => {
    const m = await w.mobility({ distanceKm: '1390', distanceSource: 'ec_calculator' })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    const form = {
      travelDays: 2,
      linguisticSupport: false,
      linguisticReinforced: false,
      exceptional: [],
    }
    await computeMobilityGrant(ctx, m.id, form)
    await t.deps.db
      .update(nationalAgencyRates)
      .set({ ratePerDay: '90.00' })
      .where(eq(nationalAgencyRates.sendingCountry, 'DE'))
    const page = await getMobilityGrant(ctx, m.id)
    expect(page.staleReasons).toEqual(['rate'])
    expect(page.grant?.totalMin).toBe('2263.00')
    const again = await computeMobilityGrant(ctx, m.id, form)
    expect(again.version).toBe(2)
    expect(again.totalMin).not.toBe('2263.00')
    const entries = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, m.id))
    expect(entries.map((e) => e.action)).toEqual([
      'mobility_grant.computed',
      'mobility_grant.computed',
    ])
    await t.deps.db
      .update(nationalAgencyRates)
      .set({ ratePerDay: '82.00' })
      .where(eq(nationalAgencyRates.sendingCountry, 'DE'))
  })

  it('[REPORTS][GRANT]: without coordinates or an EC value the distance is asked for', async () => {
    const far = await t.make.organisation({ country: 'IT' })
    const m = await w.mobility({ receivingOrganisationId: far.id, receivingCountry: 'IT' })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
    await expect(
      computeMobilityGrant(ctx, m.id, {
        travelDays: 2,
        linguisticSupport: false,
        linguisticReinforced: false,
        exceptional: [],
      }),
    ).rejects.toMatchObject({ fields: { _form: 'reports:grant.errors.distanceNeeded' } })
  })
})

describe('/app/mobility/:id/grant', () => {
  it('[REPORTS][GRANT]: anonymous visitors are sent to sign in', async () => {
    const m = await w.mobility()
    const res = await t.anonymous().get(`/app/mobility/${m.id}/grant`)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('/signin')
    expect(
      (await t.anonymous().post(`/app/mobility/${m.id}/grant`, { travelDays: '2' })).status,
    ).toBe(302)
  })

  it('[REPORTS][GRANT]: another organisation’s coordinator gets 404', async () => {
    const m = await w.mobility()
    const client = await t.signedIn(w.outsider.login)
    expect((await client.get(`/app/mobility/${m.id}/grant`)).status).toBe(404)
    expect((await client.post(`/app/mobility/${m.id}/grant`, { travelDays: '2' })).status).toBe(404)
    expect(await grantOf(m.id)).toBeUndefined()
  })

  it('[REPORTS][GRANT]: staff of the sending school get 403', async () => {
    const m = await w.mobility()
    const client = await t.signedIn(w.staff.login)
    expect((await client.get(`/app/mobility/${m.id}/grant`)).status).toBe(403)
    expect((await client.post(`/app/mobility/${m.id}/grant`, { travelDays: '2' })).status).toBe(403)
  })

  it('[REPORTS][GRANT]: the coordinator sees the facts, computes and gets the itemised grant', async () => {
    const m = await w.mobility()
    const client = await t.signedIn(w.coordinator.login)
    const page = await textOf(await client.get(`/app/mobility/${m.id}/grant`))
    expect(page).toContain('Grant: Lena Vogel')
    expect(page).toContain('an estimate by great-circle distance between the two organisations')
    expect(page).toContain('€82 a day (National Agency of Germany)')
    expect(page).toContain('The grant has not been computed yet.')
    const res = await client.post(`/app/mobility/${m.id}/grant`, {
      travelDays: '2',
      linguisticSupport: '1',
      'exceptional.0.kind': 'visa_permits_vaccinations_medical_certificates',
      'exceptional.0.realCost': '60,50',
      'exceptional.0.justification': 'Visa for Greece is not needed; vaccination',
    })
    expect(res.status).toBe(303)
    const after = await textOf(await client.get(res.headers.get('location')!))
    expect(after).toContain('The grant is computed and stored.')
    expect(after).toContain('14 days at €82')
    expect(after).toContain('8 days from day 15 on at €57')
    expect(after).toContain('€2,473.50') // 2,263 + 150 linguistic + 60.50
    expect(after).toContain('Vaccination'.toLowerCase())
    expect((await grantOf(m.id))?.totalMin).toBe('2473.50')
  })

  it('[REPORTS][GRANT]: bad input re-renders with 422 and keeps what was typed', async () => {
    const m = await w.mobility()
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.post(`/app/mobility/${m.id}/grant`, {
      travelDays: 'two',
      'exceptional.1.kind': 'financial_guarantee',
      'exceptional.1.realCost': '-3',
      'exceptional.1.justification': 'short',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Enter the travel days as a whole number from 0 to 30.')
    expect(html).toContain('Enter the real cost in euros, above 0')
    expect(html).toContain('Explain the cost in at least 10 characters.')
    expect(html).toMatch(/name="travelDays"[^>]*value="two"/)
    expect(html).toMatch(/name="exceptional.1.realCost"[^>]*value="-3"/)
    expect(html).toContain('href="#f-exceptional-1-realCost"')
    expect(await grantOf(m.id)).toBeUndefined()
  })

  it('[REPORTS][GRANT]: a duration the rules refuse is a 422 naming the limits', async () => {
    const m = await w.mobility({ startDate: '2026-09-01', endDate: '2026-09-04' })
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.post(`/app/mobility/${m.id}/grant`, { travelDays: '2' })
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain('the duration must be from 10 to 89 days')
  })

  it('[REPORTS][GRANT]: the Albanian page names the distance estimate in Albanian', async () => {
    const m = await w.mobility()
    const client = await t.signedIn(w.coordinator.login)
    await client.get('/locale/sq?next=/app')
    const page = await textOf(await client.get(`/app/mobility/${m.id}/grant`))
    expect(page).toContain('vlerësim sipas distancës në rreth të madh')
    expect(page).toContain('Llogarit grantin')
  })
})

// Keeps the imports honest for a reader: the world's two schools are in different countries.
it('[REPORTS][GRANT]: the test world is Köln → Thessaloniki', async () => {
  const [org] = await t.deps.db.select().from(organisations).where(eq(organisations.id, w.host.id))
  expect(org?.country).toBe('GR')
  expect(KOELN_THESSALONIKI).toBeGreaterThan(1500)
  expect(KOELN_THESSALONIKI).toBeLessThan(2000)
  const [m] = await t.deps.db.select().from(mobilities).limit(1)
  expect(m).toBeDefined()
})
