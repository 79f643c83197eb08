import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import { auditLog } from '../audit/schema.ts'
import { mobilities } from '../mobility/schema.ts'
import { organisations } from '../organisations/schema.ts'
import {
  hostCapacities,
  hostCompanies,
  partnershipReminders,
  partnerships,
  safeguardingChecks,
  twinningGoals,
  twinningNotes,
  twinningPairs,
} from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  // Signed agreements go to a folder of this test file, not the project's data folder.
  t.deps.env.dataDir = mkdtempSync(path.join(tmpdir(), 'ura-network-delete-'))
  t.setNow(new Date('2026-03-01T09:00:00Z'))
})

type Client = Awaited<ReturnType<TestApp['signedIn']>>

const idIn = (res: Response, kind: string) =>
  res.headers.get('location')!.match(new RegExp(`${kind}/([0-9a-f-]{36})`))![1]!

async function auditOf(entityId: string, action: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)))
}

/** A coordinator's agreement with a signed PDF and a renewal reminder on record. */
async function agreement() {
  const coordinator = await t.make.member('coordinator')
  const partner = await t.make.organisation({ name: { de: 'Brücke Europa' }, country: 'DE' })
  const client = await t.signedIn(coordinator.login)
  const res = await client.post('/app/network/partnerships/new', {
    partnerId: partner.id,
    kind: 'memorandum',
    validFrom: '2025-09-01',
    validTo: '2027-08-31',
    'scope.en': 'Work placements in hospitality',
  })
  expect(res.status).toBe(303)
  const id = idIn(res, 'partnerships')
  const data = new FormData()
  data.set('document', new File(['%PDF-1.7\n%%EOF\n'], 'mou-signed.pdf'))
  data.set('_csrf', client.cookies.get('ura_csrf')!)
  const upload = await client.request(`/app/network/partnerships/${id}/document`, {
    method: 'POST',
    body: data,
  })
  expect(upload.status).toBe(303)
  await t.deps.db.insert(partnershipReminders).values({
    tenantId: coordinator.tenantId,
    partnershipId: id,
    thresholdDays: 90,
    validTo: '2027-08-31',
    sentAt: new Date('2026-02-01T08:00:00Z'),
  })
  return { ...coordinator, client, id }
}

/** A coach school's pair with one goal and one note from each side. */
async function twinning() {
  const coachOrg = await t.make.organisation({ name: { it: 'Apro Formazione' }, country: 'IT' })
  const coachedOrg = await t.make.organisation({ name: { sq: 'Shkolla Durrës' }, country: 'AL' })
  const coach = await t.make.member('coordinator', { tenantId: coachOrg.id })
  const coached = await t.make.member('coordinator', { tenantId: coachedOrg.id })
  const client = await t.signedIn(coach.login)
  const res = await client.post('/app/network/twinning/new', {
    partnerId: coachedOrg.id,
    ourRole: 'coach',
    programme: 'V2V',
    startsOn: '',
    endsOn: '',
  })
  expect(res.status).toBe(303)
  const id = idIn(res, 'twinning')
  const goal = await client.post(`/app/network/twinning/${id}/goals`, {
    'title.en': 'Open an international office',
    targetDate: '2026-06-30',
  })
  expect(goal.status).toBe(303)
  const [g] = await t.deps.db.select().from(twinningGoals).where(eq(twinningGoals.pairId, id))
  const other = await t.signedIn(coached.login)
  for (const c of [client, other]) {
    const note = await c.post(`/app/network/twinning/${id}/goals/${g!.id}/notes`, {
      body: 'Office room chosen',
      status: 'in_progress',
    })
    expect(note.status).toBe(303)
  }
  return { id, goalId: g!.id, coach, coached, client, other }
}

/** A company in a coordinator's register with one capacity period and one check. */
async function host() {
  const coordinator = await t.make.member('coordinator')
  const hotel = await t.make.organisation({
    name: { sq: 'Hotel Bregdeti' },
    type: 'company',
    isExternal: true,
  })
  const client = await t.signedIn(coordinator.login)
  const res = await client.post('/app/network/host-companies/new', {
    organisationId: hotel.id,
    sector: '10',
    occupations: 'Cook',
    languages: ['sq'],
    acceptsMinors: 'yes',
    contactName: 'Elona Dervishi',
    contactEmail: '',
    contactPhone: '',
  })
  expect(res.status).toBe(303)
  const id = idIn(res, 'host-companies')
  const capacity = await client.post(`/app/network/host-companies/${id}/capacities`, {
    learners: '2',
    fromDate: '2026-04-01',
    toDate: '2026-05-31',
    note: '',
  })
  expect(capacity.status).toBe(303)
  const check = await client.post(`/app/network/host-companies/${id}/checks`, {
    checkType: 'risk_assessment',
    checkedOn: '2026-01-15',
    checkedBy: 'Elira Hoxha',
    validUntil: '2027-01-15',
  })
  expect(check.status).toBe(303)
  return { ...coordinator, client, hotel, id }
}

/** A mobility of the school placing one of its learners at the company. */
async function placement(tenantId: string, hostId: string, status: 'preparing' | 'completed') {
  const learner = await t.make.member('learner', { tenantId })
  const [row] = await t.deps.db
    .insert(mobilities)
    .values({
      tenantId,
      participantUserId: learner.user.id,
      participantType: 'learner',
      sendingOrganisationId: tenantId,
      hostCompanyOrganisationId: hostId,
      activityType: 'LM-SHORT-VET',
      startDate: '2026-04-06',
      endDate: '2026-04-26',
      status,
    })
    .returning()
  return row!
}

async function tokenFor(role: 'coordinator' | 'staff', tenantId: string) {
  const member = await t.make.member(role, { tenantId })
  const secret = `ura_${randomToken()}`
  await t.deps.db.insert(apiTokens).values({
    tenantId,
    userId: member.user.id,
    name: 'test',
    prefix: secret.slice(0, 8),
    tokenHash: sha256(secret),
  })
  return (p: string) =>
    t.app.request(`/api${p}`, { method: 'DELETE', headers: { authorization: `Bearer ${secret}` } })
}

/** The GET confirmation and the POST delete, for a role that may not use them. */
async function refused(client: Client, base: string, status: number) {
  expect((await client.get(`${base}/delete`)).status).toBe(status)
  expect((await client.post(`${base}/delete`, {})).status).toBe(status)
}

describe('deleting an agreement', () => {
  it('[NETWORK][DELETE]: anonymous visitors are sent to sign in; the agreement stays', async () => {
    const { id } = await agreement()
    for (const res of [
      await t.anonymous().get(`/app/network/partnerships/${id}/delete`),
      await t.anonymous().post(`/app/network/partnerships/${id}/delete`, {}),
    ]) {
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toMatch(/^\/signin\?next=/)
    }
    expect(await t.deps.db.select().from(partnerships).where(eq(partnerships.id, id))).toHaveLength(
      1,
    )
  })

  it('[NETWORK][DELETE]: another school gets 404, staff without network.manage 403', async () => {
    const { id, tenantId } = await agreement()
    const outsider = await t.make.member('coordinator')
    await refused(await t.signedIn(outsider.login), `/app/network/partnerships/${id}`, 404)
    const staff = await t.make.member('staff', { tenantId })
    const client = await t.signedIn(staff.login)
    expect(await textOf(await client.get(`/app/network/partnerships/${id}`))).not.toContain(
      'Delete',
    )
    await refused(client, `/app/network/partnerships/${id}`, 403)
    expect(await t.deps.db.select().from(partnerships).where(eq(partnerships.id, id))).toHaveLength(
      1,
    )
  })

  it('[NETWORK][DELETE]: a coordinator confirms; the agreement, its PDF and reminders go; audited', async () => {
    const { id, client, tenantId } = await agreement()
    const [before] = await t.deps.db.select().from(partnerships).where(eq(partnerships.id, id))
    const file = path.join(t.deps.env.dataDir, 'files', before!.documentPath!)
    expect(existsSync(file)).toBe(true)

    const detail = await textOf(await client.get(`/app/network/partnerships/${id}`))
    expect(detail).toContain('Delete')
    const confirm = await client.get(`/app/network/partnerships/${id}/delete`)
    expect(confirm.status).toBe(200)
    const text = await textOf(confirm)
    expect(text).toContain('Delete the agreement with Brücke Europa?')
    expect(text).toContain('the signed agreement, mou-signed.pdf')
    expect(text).toContain('This cannot be undone.')

    const res = await client.post(`/app/network/partnerships/${id}/delete`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      '/app/network/partnerships?notice=network:notices.partnershipDeleted',
    )
    expect(await textOf(await client.get(res.headers.get('location')!))).toContain(
      'The agreement is deleted.',
    )
    expect(await t.deps.db.select().from(partnerships).where(eq(partnerships.id, id))).toEqual([])
    expect(
      await t.deps.db
        .select()
        .from(partnershipReminders)
        .where(eq(partnershipReminders.partnershipId, id)),
    ).toEqual([])
    expect(existsSync(file)).toBe(false)
    const [entry] = await auditOf(id, 'partnership.deleted')
    expect(entry).toMatchObject({ tenantId, entityType: 'partnership' })
    expect(entry!.changes).toMatchObject({ documentName: { from: 'mou-signed.pdf', to: null } })
    expect((await client.get(`/app/network/partnerships/${id}`)).status).toBe(404)
  })
})

describe('deleting a twinning pair', () => {
  it('[NETWORK][DELETE]: the recorder deletes the pair with its goals and notes; audited', async () => {
    const { id, goalId, client, coach } = await twinning()
    const confirm = await textOf(await client.get(`/app/network/twinning/${id}/delete`))
    expect(confirm).toContain('1 goal')
    expect(confirm).toContain('2 progress notes')
    const res = await client.post(`/app/network/twinning/${id}/delete`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      '/app/network/twinning?notice=network:notices.pairDeleted',
    )
    expect(await textOf(await client.get(res.headers.get('location')!))).toContain(
      'The twinning pair is deleted.',
    )
    expect(await t.deps.db.select().from(twinningPairs).where(eq(twinningPairs.id, id))).toEqual([])
    expect(
      await t.deps.db.select().from(twinningGoals).where(eq(twinningGoals.pairId, id)),
    ).toEqual([])
    expect(
      await t.deps.db.select().from(twinningNotes).where(eq(twinningNotes.goalId, goalId)),
    ).toEqual([])
    const [entry] = await auditOf(id, 'twinning.deleted')
    expect(entry).toMatchObject({ tenantId: coach.tenantId, entityType: 'twinning_pair' })
    expect(entry!.changes).toMatchObject({ goals: { from: 1 }, notes: { from: 2 } })
  })

  it('[NETWORK][DELETE]: the other side may not delete (403), another school finds nothing (404), staff 403', async () => {
    const { id, other, coach } = await twinning()
    expect(await textOf(await other.get(`/app/network/twinning/${id}`))).not.toContain('Delete')
    await refused(other, `/app/network/twinning/${id}`, 403)
    const text = await textOf(await other.post(`/app/network/twinning/${id}/delete`, {}))
    expect(text).toContain('Only the school that recorded this pair can delete it.')
    const outsider = await t.make.member('coordinator')
    await refused(await t.signedIn(outsider.login), `/app/network/twinning/${id}`, 404)
    const staff = await t.make.member('staff', { tenantId: coach.tenantId })
    await refused(await t.signedIn(staff.login), `/app/network/twinning/${id}`, 403)
    const anonymous = await t.anonymous().post(`/app/network/twinning/${id}/delete`, {})
    expect(anonymous.status).toBe(302)
    expect(
      await t.deps.db.select().from(twinningPairs).where(eq(twinningPairs.id, id)),
    ).toHaveLength(1)
  })
})

describe('deleting a host company', () => {
  it('[NETWORK][DELETE]: a coordinator removes the entry with its capacity and checks; the company stays; audited', async () => {
    const { id, client, hotel, tenantId } = await host()
    const done = await placement(tenantId, hotel.id, 'completed')
    const confirm = await textOf(await client.get(`/app/network/host-companies/${id}/delete`))
    expect(confirm).toContain('Remove Hotel Bregdeti from the register?')
    expect(confirm).toContain('1 capacity period')
    expect(confirm).toContain('1 safeguarding check')
    const res = await client.post(`/app/network/host-companies/${id}/delete`, {})
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      '/app/network/host-companies?notice=network:notices.hostDeleted',
    )
    expect(await textOf(await client.get(res.headers.get('location')!))).toContain(
      'The company is removed from the register.',
    )
    expect(await t.deps.db.select().from(hostCompanies).where(eq(hostCompanies.id, id))).toEqual([])
    expect(
      await t.deps.db.select().from(hostCapacities).where(eq(hostCapacities.hostCompanyId, id)),
    ).toEqual([])
    expect(
      await t.deps.db
        .select()
        .from(safeguardingChecks)
        .where(eq(safeguardingChecks.hostCompanyId, id)),
    ).toEqual([])
    // The organisation stays in the directory and the finished mobility keeps its host.
    expect(
      await t.deps.db.select().from(organisations).where(eq(organisations.id, hotel.id)),
    ).toHaveLength(1)
    const [kept] = await t.deps.db.select().from(mobilities).where(eq(mobilities.id, done.id))
    expect(kept!.hostCompanyOrganisationId).toBe(hotel.id)
    const [entry] = await auditOf(id, 'host_company.deleted')
    expect(entry).toMatchObject({ tenantId, entityType: 'host_company' })
  })

  it('[NETWORK][DELETE]: refused with a translated 409 while a mobility that has not ended is placed there', async () => {
    const { id, client, hotel, tenantId } = await host()
    const open = await placement(tenantId, hotel.id, 'preparing')
    const res = await client.post(`/app/network/host-companies/${id}/delete`, {})
    expect(res.status).toBe(409)
    expect(await textOf(res)).toContain(
      '1 mobility of your school that has not ended is placed at this company.',
    )
    expect(
      await t.deps.db.select().from(hostCompanies).where(eq(hostCompanies.id, id)),
    ).toHaveLength(1)
    // Another school's open mobility at the same company does not block this school.
    await t.deps.db
      .update(mobilities)
      .set({ status: 'completed' })
      .where(eq(mobilities.id, open.id))
    const otherSchool = await t.make.organisation()
    await placement(otherSchool.id, hotel.id, 'preparing')
    expect((await client.post(`/app/network/host-companies/${id}/delete`, {})).status).toBe(303)
  })

  it('[NETWORK][DELETE]: another school gets 404, staff 403, anonymous visitors sign in', async () => {
    const { id, tenantId } = await host()
    const outsider = await t.make.member('coordinator')
    await refused(await t.signedIn(outsider.login), `/app/network/host-companies/${id}`, 404)
    const staff = await t.make.member('staff', { tenantId })
    await refused(await t.signedIn(staff.login), `/app/network/host-companies/${id}`, 403)
    const anonymous = await t.anonymous().get(`/app/network/host-companies/${id}/delete`)
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toMatch(/^\/signin\?next=/)
    expect(
      await t.deps.db.select().from(hostCompanies).where(eq(hostCompanies.id, id)),
    ).toHaveLength(1)
  })
})

describe('DELETE in the network API', () => {
  it('[NETWORK][API]: deletes an agreement and a host company with the same permissions as the pages', async () => {
    const deal = await agreement()
    const entry = await host()
    const staff = await tokenFor('staff', deal.tenantId)
    expect((await staff(`/v1/partnerships/${deal.id}`)).status).toBe(403)
    const outsider = await tokenFor('coordinator', entry.tenantId)
    expect((await outsider(`/v1/partnerships/${deal.id}`)).status).toBe(404)
    const unauthenticated = await t.app.request(`/api/v1/partnerships/${deal.id}`, {
      method: 'DELETE',
    })
    expect(unauthenticated.status).toBe(401)

    const coordinator = await tokenFor('coordinator', deal.tenantId)
    expect((await coordinator(`/v1/partnerships/${deal.id}`)).status).toBe(204)
    expect((await coordinator(`/v1/partnerships/${deal.id}`)).status).toBe(404)

    await placement(entry.tenantId, entry.hotel.id, 'preparing')
    const busy = await outsider(`/v1/host-companies/${entry.id}`)
    expect(busy.status).toBe(409)
    expect((await busy.json()).error.code).toBe('CONFLICT')
  })
})
