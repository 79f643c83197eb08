import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { partnerships } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  // Signed agreements go to a folder of this test file, not the project's data folder.
  t.deps.env.dataDir = mkdtempSync(path.join(tmpdir(), 'ura-network-'))
  t.setNow(new Date('2026-03-01T09:00:00Z'))
})

function form(partnerId: string, over: Record<string, string> = {}) {
  return {
    partnerId,
    kind: 'memorandum',
    validFrom: '2025-09-01',
    validTo: '2027-08-31',
    'scope.en': 'Work placements in hospitality',
    'scope.sq': 'Praktika pune në hoteleri',
    'quotas.LM-SHORT-VET': '6',
    'quotas.SM-JOB-SHDW': '2',
    'quotas.LM-LONG-VET': '',
    ...over,
  }
}

/** A coordinator of a new school, a partner organisation, and a recorded agreement. */
async function setup() {
  const coordinator = await t.make.member('coordinator')
  const partner = await t.make.organisation({ name: { de: 'Brücke Europa' }, country: 'DE' })
  const client = await t.signedIn(coordinator.login)
  const res = await client.post('/app/network/partnerships/new', form(partner.id))
  expect(res.status).toBe(303)
  const id = res.headers.get('location')!.match(/partnerships\/([0-9a-f-]{36})/)![1]!
  return { ...coordinator, client, partner, id }
}

function pdf(name: string, body = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n') {
  const data = new FormData()
  data.set('document', new File([body], name, { type: 'application/pdf' }))
  return data
}

async function upload(
  client: Awaited<ReturnType<TestApp['signedIn']>>,
  id: string,
  data: FormData,
) {
  data.set('_csrf', client.cookies.get('ura_csrf')!)
  return client.request(`/app/network/partnerships/${id}/document`, { method: 'POST', body: data })
}

describe('/app/network/partnerships', () => {
  it('[NETWORK][AGREEMENT]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/network/partnerships/new')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/signin?next=%2Fapp%2Fnetwork%2Fpartnerships%2Fnew')
  })

  it('[NETWORK][AGREEMENT]: a coordinator records an agreement; quotas and scope are kept, audited', async () => {
    const { id, client, tenantId } = await setup()
    const [row] = await t.deps.db.select().from(partnerships).where(eq(partnerships.id, id))
    expect(row).toMatchObject({
      tenantId,
      kind: 'memorandum',
      validTo: '2027-08-31',
      quotas: { 'LM-SHORT-VET': 6, 'SM-JOB-SHDW': 2 },
      scope: { en: 'Work placements in hospitality', sq: 'Praktika pune në hoteleri' },
    })
    const page = await textOf(await client.get(`/app/network/partnerships/${id}`))
    expect(page).toContain('Memorandum of understanding with Brücke Europa')
    expect(page).toContain('Active')
    expect(page).toContain('Job shadowing')
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id))
    expect(entry?.action).toBe('partnership.created')
    const list = await textOf(await client.get('/app/network/partnerships?status=active'))
    expect(list).toContain('1 agreement')
    const none = await textOf(await client.get('/app/network/partnerships?status=expired'))
    expect(none).toContain('0 agreements')
  })

  it('[NETWORK][AGREEMENT]: bad input is 422 with the typed values kept', async () => {
    const coordinator = await t.make.member('coordinator')
    const partner = await t.make.organisation()
    const client = await t.signedIn(coordinator.login)
    const res = await client.post(
      '/app/network/partnerships/new',
      form(partner.id, { validTo: '2024-01-01', 'quotas.LM-SHORT-VET': 'six' }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('This date cannot be before the start.')
    expect(html).toContain('Enter a whole number from 0 to 10000.')
    expect(html).toContain('value="six"')
    expect(html).toContain('value="2024-01-01"')
    expect(html).toContain('Praktika pune në hoteleri')
    const self = await client.post('/app/network/partnerships/new', form(coordinator.tenantId))
    expect(self.status).toBe(422)
    expect(await self.text()).toContain('Choose another organisation than your own.')
  })

  it('[NETWORK][AGREEMENT]: staff read agreements but may not record or change them (403)', async () => {
    const { id, tenantId, partner } = await setup()
    const staff = await t.make.member('staff', { tenantId })
    const client = await t.signedIn(staff.login)
    expect((await client.get(`/app/network/partnerships/${id}`)).status).toBe(200)
    expect((await client.get('/app/network/partnerships/new')).status).toBe(403)
    expect((await client.post('/app/network/partnerships/new', form(partner.id))).status).toBe(403)
    expect((await client.get(`/app/network/partnerships/${id}/edit`)).status).toBe(403)
    expect(
      (await client.post(`/app/network/partnerships/${id}/edit`, form(partner.id))).status,
    ).toBe(403)
    expect((await upload(client, id, pdf('mou.pdf'))).status).toBe(403)
  })

  it("[NETWORK][AGREEMENT]: another organisation's agreement is not found (404)", async () => {
    const { id, partner } = await setup()
    const outsider = await t.make.member('coordinator')
    const client = await t.signedIn(outsider.login)
    expect((await client.get(`/app/network/partnerships/${id}`)).status).toBe(404)
    expect((await client.get(`/app/network/partnerships/${id}/edit`)).status).toBe(404)
    expect(
      (await client.post(`/app/network/partnerships/${id}/edit`, form(partner.id))).status,
    ).toBe(404)
    expect((await client.get(`/app/network/partnerships/${id}/document`)).status).toBe(404)
    expect((await upload(client, id, pdf('mou.pdf'))).status).toBe(404)
    const list = await textOf(await client.get('/app/network/partnerships'))
    expect(list).not.toContain('Brücke Europa')
  })

  it('[NETWORK][AGREEMENT]: renewing is a new end date; the status follows the clock', async () => {
    const { id, client, partner } = await setup()
    const res = await client.post(
      `/app/network/partnerships/${id}/edit`,
      form(partner.id, { validTo: '2026-04-15' }),
    )
    expect(res.status).toBe(303)
    const page = await textOf(await client.get(`/app/network/partnerships/${id}`))
    expect(page).toContain('Expiring')
    expect(page).toContain('(45 days left)')
    const network = await textOf(await client.get('/app/network'))
    expect(network).toContain(
      'Memorandum of understanding with Brücke Europa ends on Apr 15, 2026, in 45 days',
    )
  })

  it('[NETWORK][DOCUMENT]: a signed PDF is uploaded and downloaded; anything else is 422', async () => {
    const { id, client } = await setup()
    const bad = await upload(client, id, pdf('notes.pdf', 'just text'))
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('The file is not a PDF.')
    const empty = new FormData()
    expect((await upload(client, id, empty)).status).toBe(422)

    const ok = await upload(client, id, pdf('MoU Brücke.pdf'))
    expect(ok.status).toBe(303)
    const page = await textOf(await client.get(`/app/network/partnerships/${id}`))
    expect(page).toContain('Download MoU Brücke.pdf')
    const file = await client.get(`/app/network/partnerships/${id}/document`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(file.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''MoU%20Br%C3%BCcke.pdf",
    )
    expect((await file.text()).startsWith('%PDF-')).toBe(true)
  })
})
