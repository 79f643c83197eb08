import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { projectPartners, projects } from '../projects/schema.ts'
import { fundingApplications, fundingOpportunities } from './schema.ts'
import { seedFundingOpportunities } from './seed.ts'
import { addNetworkPartner, apiAs, idIn } from './testing.ts'

let t: TestApp
let cbVet: string
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-12-01T10:00:00Z'))
  await seedFundingOpportunities(t.deps.db)
  const [row] = await t.deps.db
    .select()
    .from(fundingOpportunities)
    .where(eq(fundingOpportunities.seedKey, 'erasmus-cb-vet'))
  cbVet = row!.id
})

async function school() {
  const coord = await t.make.member('coordinator')
  const de = await t.make.organisation({
    country: 'DE',
    type: 'company',
    name: { en: 'Brücke Europa' },
  })
  const gr = await t.make.organisation({ country: 'GR', name: { en: 'KDVM Larisa' } })
  await addNetworkPartner(t, coord.tenantId, de.id)
  await addNetworkPartner(t, coord.tenantId, gr.id)
  return { coord, partners: [de.id, gr.id], client: await t.signedIn(coord.login) }
}

describe('/app/funding/applications', () => {
  it('[FUNDING][PIPELINE]: idea → partners found → drafting → submitted → funded creates the project and its consortium', async () => {
    const { coord, partners, client: c } = await school()
    const form = await textOf(await c.get(`/app/funding/applications/new?opportunity=${cbVet}`))
    expect(form).toContain('Brücke Europa (Germany)')
    const created = await c.post('/app/funding/applications/new', {
      opportunityId: cbVet,
      title: 'Green hospitality labs',
      notes: 'First draft',
      partnerIds: partners,
      requestedAmountEur: '250 000',
    })
    expect(created.status).toBe(303)
    const id = idIn(created, /\/app\/funding\/applications\/([0-9a-f-]{36})\?/)
    // Funded straight from an idea is not a move the board offers.
    expect(
      (await c.post(`/app/funding/applications/${id}/stage`, { stage: 'rejected' })).headers.get(
        'location',
      ),
    ).toContain('errors.stageMove')
    for (const stage of ['partners_found', 'drafting', 'submitted']) {
      const res = await c.post(`/app/funding/applications/${id}/stage`, { stage })
      expect(res.status, stage).toBe(303)
    }
    const board = await textOf(await c.get('/app/funding/applications'))
    expect(board).toContain('Green hospitality labs')
    expect(board).toContain('Requested: €250,000')

    const missing = await c.post(`/app/funding/applications/${id}/funded`, { acronym: '' })
    expect(missing.status).toBe(422)
    const funded = await c.post(`/app/funding/applications/${id}/funded`, {
      acronym: 'GREEN-HOSP',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
    })
    expect(funded.status).toBe(303)
    const [app] = await t.deps.db
      .select()
      .from(fundingApplications)
      .where(eq(fundingApplications.id, id))
    expect(app!.stage).toBe('funded')
    expect(app!.submittedOn).toBe('2026-12-01')
    const [project] = await t.deps.db
      .select()
      .from(projects)
      .where(eq(projects.id, app!.projectId!))
    expect(project).toMatchObject({
      tenantId: coord.tenantId,
      acronym: 'GREEN-HOSP',
      programme: 'Erasmus+',
      action: 'CB-VET',
      totalBudget: '250000.00',
      startDate: '2027-01-01',
    })
    const consortium = await t.deps.db
      .select()
      .from(projectPartners)
      .where(eq(projectPartners.projectId, project!.id))
    expect(consortium.map((p) => [p.organisationId, p.role]).sort()).toEqual(
      [
        [coord.tenantId, 'coordinator'],
        [partners[0], 'partner'],
        [partners[1], 'partner'],
      ].sort(),
    )
    const page = await textOf(await c.get(`/app/funding/applications/${id}`))
    expect(page).toContain('Funded: the project has been created with its consortium.')
    expect((await c.get(`/app/projects/${project!.id}`)).status).toBe(200)
    // Final: no more moves.
    expect(
      (await c.post(`/app/funding/applications/${id}/stage`, { stage: 'idea' })).headers.get(
        'location',
      ),
    ).toContain('errors.stageMove')
  })

  it('[FUNDING][PIPELINE][422]: a partner outside the network is refused and nothing is saved', async () => {
    const { client: c } = await school()
    const stranger = await t.make.organisation({ country: 'IT' })
    const before = await t.deps.db.select().from(fundingApplications)
    const res = await c.post('/app/funding/applications/new', {
      opportunityId: cbVet,
      title: 'Typed idea',
      partnerIds: stranger.id,
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Choose partners from your school&#39;s partner network.')
    expect(html).toContain('value="Typed idea"')
    expect(await t.deps.db.select().from(fundingApplications)).toHaveLength(before.length)
  })

  it('[FUNDING][PIPELINE][TENANT]: another school’s application is not found, on the page and in the API', async () => {
    const { client: c } = await school()
    const created = await c.post('/app/funding/applications/new', {
      opportunityId: cbVet,
      title: 'Ours',
    })
    const id = idIn(created, /\/app\/funding\/applications\/([0-9a-f-]{36})\?/)
    const other = await t.make.member('coordinator')
    const o = await t.signedIn(other.login)
    expect((await o.get(`/app/funding/applications/${id}`)).status).toBe(404)
    expect(
      (await o.post(`/app/funding/applications/${id}/stage`, { stage: 'drafting' })).status,
    ).toBe(404)
    expect(await textOf(await o.get('/app/funding/applications'))).not.toContain('Ours')
    const api = await apiAs(t, other)
    expect((await api(`/v1/funding/applications/${id}`)).status).toBe(404)
    expect(
      (
        await api(`/v1/funding/applications/${id}/stage`, {
          method: 'POST',
          json: { stage: 'drafting' },
        })
      ).status,
    ).toBe(404)
    // Staff of the school see the board but may not move it.
    const staff = await t.make.member('staff', {
      tenantId: (
        await t.deps.db.select().from(fundingApplications).where(eq(fundingApplications.id, id))
      )[0]!.tenantId,
    })
    const s = await t.signedIn(staff.login)
    expect((await s.get('/app/funding/applications')).status).toBe(200)
    expect(
      (await s.post(`/app/funding/applications/${id}/stage`, { stage: 'drafting' })).status,
    ).toBe(403)
  })
})
