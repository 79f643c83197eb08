import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { projectPartners } from '../projects/schema.ts'
import { fundingOpportunities } from './schema.ts'
import { seedFundingOpportunities } from './seed.ts'
import { addNetworkPartner, apiAs } from './testing.ts'

let t: TestApp
let ka122: string
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-12-01T10:00:00Z'))
  await seedFundingOpportunities(t.deps.db)
  const [row] = await t.deps.db
    .select()
    .from(fundingOpportunities)
    .where(eq(fundingOpportunities.seedKey, 'erasmus-ka122-vet'))
  ka122 = row!.id
})

const BODY = {
  programme: 'donor',
  actionCode: 'API-1',
  title: { en: 'Grants by API' },
  deadlines: [{ local: '2027-05-01T17:00', timeZone: 'Europe/Brussels' }],
  eligibility: [
    {
      role: 'applicant',
      countries: ['western_balkans_not_associated'],
      organisationTypes: [],
      confidence: 'unconfirmed',
      note: {},
    },
  ],
}

describe('/api/v1/funding', () => {
  it('[FUNDING][API][401]: without a token every call is 401', async () => {
    expect((await t.app.request('/api/v1/funding/opportunities')).status).toBe(401)
    expect((await t.app.request('/api/v1/funding/applications')).status).toBe(401)
    const post = await t.app.request('/api/v1/funding/opportunities', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BODY),
    })
    expect(post.status).toBe(401)
  })

  it('[FUNDING][API][403]: a learner is refused; staff read but may not create', async () => {
    const learner = await apiAs(t, await t.make.member('learner'))
    expect((await learner('/v1/funding/opportunities')).status).toBe(403)
    expect((await learner(`/v1/funding/opportunities/${ka122}/eligibility`)).status).toBe(403)
    expect((await learner('/v1/funding/watches')).status).toBe(403)
    const staff = await apiAs(t, await t.make.member('staff'))
    expect((await staff('/v1/funding/opportunities')).status).toBe(200)
    expect((await staff('/v1/funding/opportunities', { method: 'POST', json: BODY })).status).toBe(
      403,
    )
  })

  it('[FUNDING][API]: list, eligibility for the token’s school and for another country, create, 422 on a past deadline', async () => {
    const coord = await t.make.member('coordinator')
    const api = await apiAs(t, coord)
    const list = await (await api('/v1/funding/opportunities?open=1')).json()
    expect(list.data.map((o: { actionCode: string }) => o.actionCode)).toContain('CB-VET')
    expect(list.data.map((o: { actionCode: string }) => o.actionCode)).not.toContain('KA210-VET')
    const mine = await (await api(`/v1/funding/opportunities/${ka122}/eligibility`)).json()
    expect(mine).toMatchObject({
      country: 'AL',
      applicant: {
        eligible: false,
        reason: { key: 'funding:reason.countryNotEligible' },
        confidence: 'confirmed',
      },
      partner: { eligible: true },
    })
    const rs = await (
      await api(
        `/v1/funding/opportunities/${ka122}/eligibility?country=RS&organisationType=vet_school`,
      )
    ).json()
    expect(rs.applicant.eligible).toBe(true)
    expect(rs.applicant.reason.message).toBe(
      'Serbia is among the countries of this group: third countries associated to the Programme.',
    )
    expect((await api(`/v1/funding/opportunities/${ka122}/eligibility?country=ZZ`)).status).toBe(
      422,
    )

    const created = await api('/v1/funding/opportunities', { method: 'POST', json: BODY })
    expect(created.status).toBe(201)
    const body = await created.json()
    expect(body).toMatchObject({
      scope: 'own',
      organisationId: coord.tenantId,
      canEdit: true,
      roles: ['applicant'],
    })
    expect(body.deadlines[0]).toMatchObject({
      at: '2027-05-01T15:00:00.000Z',
      timeZone: 'Europe/Brussels',
      local: '2027-05-01T17:00',
    })
    const past = await api('/v1/funding/opportunities', {
      method: 'POST',
      json: { ...BODY, deadlines: [{ local: '2026-01-01T12:00', timeZone: 'Europe/Brussels' }] },
    })
    expect(past.status).toBe(422)
    const error = await past.json()
    expect(error.error.fields['deadlines.0.local']).toBe(
      'This deadline has already passed. Enter a date and time in the future.',
    )
    // A school may not edit the shared register.
    expect(
      (await api(`/v1/funding/opportunities/${ka122}`, { method: 'PUT', json: BODY })).status,
    ).toBe(403)
  })

  it('[FUNDING][API]: watch, the watch list, an application to funded with its project', async () => {
    const coord = await t.make.member('coordinator')
    const partner = await t.make.organisation({ country: 'IT' })
    await addNetworkPartner(t, coord.tenantId, partner.id)
    const api = await apiAs(t, coord)
    expect((await api(`/v1/funding/opportunities/${ka122}/watch`, { method: 'POST' })).status).toBe(
      200,
    )
    const watches = await (await api('/v1/funding/watches')).json()
    expect(watches.data[0]).toMatchObject({ opportunity: { id: ka122 }, isWatching: true })
    expect(
      (await api(`/v1/funding/opportunities/${ka122}/watch`, { method: 'DELETE' })).status,
    ).toBe(200)
    expect((await (await api('/v1/funding/watches')).json()).data).toEqual([])

    const made = await api('/v1/funding/applications', {
      method: 'POST',
      json: { opportunityId: ka122, title: 'Host learners from Italy', partnerIds: [partner.id] },
    })
    expect(made.status).toBe(201)
    const { id } = await made.json()
    const stage = (json: unknown) =>
      api(`/v1/funding/applications/${id}/stage`, { method: 'POST', json })
    expect((await stage({ stage: 'funded', project: { acronym: 'X' } })).status).toBe(409)
    expect((await stage({ stage: 'submitted' })).status).toBe(200)
    expect((await stage({ stage: 'funded' })).status).toBe(422)
    const funded = await stage({ stage: 'funded', project: { acronym: 'HOST-IT' } })
    expect(funded.status).toBe(200)
    const app = await funded.json()
    expect(app.stage).toBe('funded')
    const consortium = await t.deps.db
      .select()
      .from(projectPartners)
      .where(eq(projectPartners.projectId, app.projectId))
    expect(consortium).toHaveLength(2)
    const list = await (await api('/v1/funding/applications')).json()
    expect(list.data[0].id).toBe(id)
  })
})
