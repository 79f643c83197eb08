import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { hostCompanies } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(new Date('2026-03-01T09:00:00Z'))
})

function form(organisationId: string, over: Record<string, string | string[]> = {}) {
  return {
    organisationId,
    sector: '10',
    occupations: 'Receptionist\r\nCook\r\n\r\nCook',
    languages: ['sq', 'it'],
    acceptsMinors: 'yes',
    contactName: 'Elona Dervishi',
    contactEmail: 'elona@hotel.test',
    contactPhone: '+355 69 412 3078',
    ...over,
  }
}

async function setup() {
  const coordinator = await t.make.member('coordinator')
  const hotel = await t.make.organisation({
    name: { sq: 'Hotel “Bregdeti”' },
    type: 'company',
    isExternal: true,
    city: 'Durrës',
  })
  const client = await t.signedIn(coordinator.login)
  const res = await client.post('/app/network/host-companies/new', form(hotel.id))
  expect(res.status).toBe(303)
  const id = res.headers.get('location')!.match(/host-companies\/([0-9a-f-]{36})/)![1]!
  return { ...coordinator, client, hotel, id }
}

describe('/app/network/host-companies', () => {
  it('[NETWORK][HOSTS]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/network/host-companies?sector=10')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toMatch(/^\/signin\?next=/)
  })

  it('[NETWORK][HOSTS]: a coordinator registers a company; lines and languages are cleaned; safeguarding starts missing', async () => {
    const { id, client, tenantId } = await setup()
    const [row] = await t.deps.db.select().from(hostCompanies).where(eq(hostCompanies.id, id))
    expect(row).toMatchObject({
      tenantId,
      sector: '10',
      occupations: ['Receptionist', 'Cook'],
      languages: ['sq', 'it'],
      acceptsMinors: true,
    })
    const text = await textOf(await client.get(`/app/network/host-companies/${id}`))
    expect(text).toContain('Services')
    expect(text).toContain('Missing')
  })

  it('[NETWORK][HOSTS]: checks make the status ok, then due as one runs out; capacity is listed', async () => {
    const { id, client } = await setup()
    const check = (checkType: string, validUntil: string) =>
      client.post(`/app/network/host-companies/${id}/checks`, {
        checkType,
        checkedOn: '2026-01-15',
        checkedBy: 'Elira Hoxha',
        validUntil,
      })
    expect((await check('risk_assessment', '2027-01-15')).status).toBe(303)
    expect((await check('site_visit', '')).status).toBe(303)
    expect(await textOf(await client.get(`/app/network/host-companies/${id}`))).toContain('Missing')
    expect((await check('criminal_record', '2026-03-20')).status).toBe(303)
    const due = await textOf(await client.get(`/app/network/host-companies/${id}`))
    expect(due).toContain('A required check runs out within 30 days.')
    expect(due).toContain('Does not expire')
    t.setNow(new Date('2026-01-20T09:00:00Z'))
    expect(await textOf(await client.get('/app/network/host-companies'))).toContain('In order')
    t.setNow(new Date('2026-03-01T09:00:00Z'))

    const capacity = await client.post(`/app/network/host-companies/${id}/capacities`, {
      learners: '2',
      fromDate: '2026-03-02',
      toDate: '2026-05-29',
      note: 'Reception',
    })
    expect(capacity.status).toBe(303)
    expect(await textOf(await client.get(`/app/network/host-companies/${id}`))).toContain(
      '2 learners, Mar 2 – May 29, 2026',
    )
  })

  it('[NETWORK][HOSTS]: the register is searchable by sector, country and minors', async () => {
    const { client, tenantId } = await setup()
    const garage = await t.make.organisation({
      name: { sq: 'Auto Servis Arbëri' },
      type: 'company',
    })
    expect(
      (
        await client.post(
          '/app/network/host-companies/new',
          form(garage.id, { sector: '07', acceptsMinors: 'no' }),
        )
      ).status,
    ).toBe(303)
    const services = await textOf(await client.get('/app/network/host-companies?sector=10'))
    expect(services).toContain('Bregdeti')
    expect(services).not.toContain('Arbëri')
    const adults = await textOf(await client.get('/app/network/host-companies?minors=no'))
    expect(adults).toContain('Arbëri')
    expect(adults).not.toContain('Bregdeti')
    expect(await textOf(await client.get('/app/network/host-companies?country=GR'))).toContain(
      '0 host companies',
    )
    expect(tenantId).toBeTruthy()
  })

  it('[NETWORK][HOSTS]: bad input is 422 and keeps what was typed; only companies can be hosts', async () => {
    const { client, id } = await setup()
    const school = await t.make.organisation({ type: 'vet_school' })
    const res = await client.post(
      '/app/network/host-companies/new',
      form(school.id, { sector: '42', contactEmail: 'elona@', contactName: 'Elona D.' }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="elona@"')
    expect(html).toContain('value="Elona D."')
    expect(html).toContain('Choose a sector from the list.')

    const notCompany = await client.post('/app/network/host-companies/new', form(school.id))
    expect(notCompany.status).toBe(422)
    expect(await notCompany.text()).toContain('Choose an organisation of the type company.')

    const check = await client.post(`/app/network/host-companies/${id}/checks`, {
      checkType: 'site_visit',
      checkedOn: '2026-02-01',
      checkedBy: 'Elira Hoxha',
      validUntil: '2025-01-01',
    })
    expect(check.status).toBe(422)
    expect(await check.text()).toContain('value="Elira Hoxha"')

    const capacity = await client.post(`/app/network/host-companies/${id}/capacities`, {
      learners: 'two',
      fromDate: '2026-03-02',
      toDate: '2026-05-29',
      note: '',
    })
    expect(capacity.status).toBe(422)
    expect(await capacity.text()).toContain('value="two"')
  })

  it('[NETWORK][HOSTS]: staff read the register but may not change it (403); another school gets 404', async () => {
    const { id, tenantId, hotel } = await setup()
    const staff = await t.make.member('staff', { tenantId })
    const client = await t.signedIn(staff.login)
    expect((await client.get(`/app/network/host-companies/${id}`)).status).toBe(200)
    expect((await client.get('/app/network/host-companies/new')).status).toBe(403)
    expect((await client.post('/app/network/host-companies/new', form(hotel.id))).status).toBe(403)
    expect(
      (await client.post(`/app/network/host-companies/${id}/edit`, form(hotel.id))).status,
    ).toBe(403)

    const outsider = await t.signedIn((await t.make.member('coordinator')).login)
    expect((await outsider.get(`/app/network/host-companies/${id}`)).status).toBe(404)
    expect((await outsider.get(`/app/network/host-companies/${id}/edit`)).status).toBe(404)
    expect(
      (await outsider.post(`/app/network/host-companies/${id}/edit`, form(hotel.id))).status,
    ).toBe(404)
    const checks = await outsider.post(`/app/network/host-companies/${id}/checks`, {
      checkType: 'site_visit',
      checkedOn: '2026-02-01',
      checkedBy: 'x',
    })
    expect(checks.status).toBe(404)
    expect(
      (await outsider.post(`/app/network/host-companies/${id}/capacities`, { learners: '1' }))
        .status,
    ).toBe(404)
  })

  it('[NETWORK][HOSTS]: the entry is edited; the contact change is audited', async () => {
    const { id, client } = await setup()
    const res = await client.post(`/app/network/host-companies/${id}/edit`, {
      ...form('ignored'),
      contactName: 'Arjan Dervishi',
      acceptsMinors: 'no',
    })
    expect(res.status).toBe(303)
    const [row] = await t.deps.db.select().from(hostCompanies).where(eq(hostCompanies.id, id))
    expect(row).toMatchObject({ contactName: 'Arjan Dervishi', acceptsMinors: false })
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'host_company.updated')))
    expect(entry?.changes).toMatchObject({
      contactName: { from: 'Elona Dervishi', to: 'Arjan Dervishi' },
      acceptsMinors: { from: true, to: false },
    })
  })
})
