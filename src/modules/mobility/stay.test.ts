import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { zonedToInstant } from '#src/lib/dates.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { systemCtx } from '../../lib/context.ts'
import { auditLog } from '../audit/schema.ts'
import { mobilityIncidents, mobilitySensitive, mobilityTodos } from './schema.ts'
import { purgeExpiredSensitiveData } from './service/sensitive.ts'
import { makeMobility, makeWorld, type World } from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

const SENSITIVE = {
  'contacts.0.name': 'Mira Leka',
  'contacts.0.relation': 'Mother',
  'contacts.0.phone': '+355 69 204 5817',
  'contacts.1.name': '',
  'contacts.1.relation': '',
  'contacts.1.phone': '',
  medical: 'Allergic to penicillin',
}

async function todo(mobilityId: string, kind: string, assignedTo: string) {
  const [row] = await t.deps.db
    .select()
    .from(mobilityTodos)
    .where(
      and(
        eq(mobilityTodos.mobilityId, mobilityId),
        eq(mobilityTodos.kind, kind as never),
        eq(mobilityTodos.assignedTo, assignedTo as never),
      ),
    )
  return row!
}

describe('to-do list', () => {
  it('[TODOS][SHARED]: everyone sees the list; each ticks only their own items', async () => {
    const m = await makeMobility(t, w, {}, 'approved')
    const base = `/app/mobility/${m.id}/todos`
    const consent = await todo(m.id, 'consent', 'guardian')
    const idDoc = await todo(m.id, 'id_document', 'learner')
    const hostItem = await todo(m.id, 'emergency_contacts', 'host')
    const learner = await t.signedIn(w.learner.login)
    const guardian = await t.signedIn(w.guardian.login)
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const list = await textOf(await guardian.get(base))
    expect(list).toContain('Give written consent for the stay abroad')
    expect(list).toContain('Arrange health, accident and liability insurance')
    // The learner may not tick the guardian's consent; the guardian may.
    expect((await learner.post(`${base}/${consent.id}`, { done: 'yes' })).status).toBe(403)
    expect((await guardian.post(`${base}/${consent.id}`, { done: 'yes' })).status).toBe(303)
    expect((await learner.post(`${base}/${idDoc.id}`, { done: 'yes' })).status).toBe(303)
    expect((await receiving.post(`${base}/${idDoc.id}`, { done: 'yes' })).status).toBe(403)
    expect((await receiving.post(`${base}/${hostItem.id}`, { done: 'yes' })).status).toBe(303)
    expect((await todo(m.id, 'consent', 'guardian')).doneBy).toBe(w.guardian.user.id)
    // Unticking works too.
    await learner.post(`${base}/${idDoc.id}`, { done: 'no' })
    expect((await todo(m.id, 'id_document', 'learner')).doneAt).toBeNull()
    const stranger = await t.signedIn(w.strangerCoordinator.login)
    expect((await stranger.get(base)).status).toBe(404)
    expect((await stranger.post(`${base}/${idDoc.id}`, { done: 'yes' })).status).toBe(404)
    expect((await t.anonymous().get(base)).status).toBe(302)
    expect((await (await t.signedIn(w.staff.login)).get(base)).status).toBe(403)
  })

  it('[TODOS][ADD]: the coordinator adds an item; 422 keeps it; the learner cannot add', async () => {
    const m = await makeMobility(t, w)
    const base = `/app/mobility/${m.id}/todos`
    const coordinator = await t.signedIn(w.coordinator.login)
    const bad = await coordinator.post(base, { label: '', assignedTo: 'host' })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toMatch(/<option value="host" selected/)
    expect(
      (await coordinator.post(base, { label: 'Bring work shoes', assignedTo: 'learner' })).status,
    ).toBe(303)
    expect(await textOf(await coordinator.get(base))).toContain('Bring work shoes')
    const learner = await t.signedIn(w.learner.login)
    expect((await learner.post(base, { label: 'Mine', assignedTo: 'learner' })).status).toBe(403)
  })
})

describe('sensitive data', () => {
  it('[SENSITIVE][VISIBILITY]: sending coordinators, participant and guardian see all; receiving sees contacts only', async () => {
    const m = await makeMobility(t, w, { travelEndDate: '2026-03-23' }, 'approved')
    const base = `/app/mobility/${m.id}/sensitive`
    const guardian = await t.signedIn(w.guardian.login)
    expect((await guardian.post(base, SENSITIVE)).status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(mobilitySensitive)
      .where(eq(mobilitySensitive.mobilityId, m.id))
    expect(row!.deleteAfter).toBe('2026-04-22') // return day + 30
    for (const who of [w.coordinator, w.learner, w.guardian]) {
      const html = await (await t.signedIn(who.login)).get(base)
      expect(html.status).toBe(200)
      expect(html.headers.get('cache-control')).toBe('no-store')
      const text = await html.text()
      expect(text).toContain('Allergic to penicillin')
      expect(text).toContain('+355 69 204 5817')
    }
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const seen = await receiving.get(base)
    expect(seen.status).toBe(200)
    const seenText = await seen.text()
    expect(seenText).toContain('+355 69 204 5817')
    expect(seenText).not.toContain('penicillin')
    expect((await receiving.post(base, SENSITIVE)).status).toBe(403)
    // Nobody else: staff of the sending school, the other guardian, the receiving school's staff, strangers.
    expect((await (await t.signedIn(w.staff.login)).get(base)).status).toBe(403)
    expect((await (await t.signedIn(w.otherGuardian.login)).get(base)).status).toBe(404)
    expect((await (await t.signedIn(w.otherLearner.login)).get(base)).status).toBe(404)
    expect((await (await t.signedIn(w.receivingStaff.login)).get(base)).status).toBe(403)
    expect((await (await t.signedIn(w.strangerCoordinator.login)).get(base)).status).toBe(404)
    expect((await t.anonymous().get(base)).status).toBe(302)
    // The audit log says it changed, never what it is.
    const [audit] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, m.id), eq(auditLog.action, 'mobility.sensitive_updated')))
    expect(JSON.stringify(audit!.changes)).not.toContain('penicillin')
  })

  it('[SENSITIVE][FORM]: a bad phone number is 422 with what was typed kept', async () => {
    const m = await makeMobility(t, w)
    const learner = await t.signedIn(w.learner.login)
    const res = await learner.post(`/app/mobility/${m.id}/sensitive`, {
      ...SENSITIVE,
      'contacts.0.phone': 'call me',
      medical: 'Kept medical note',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('value="call me"')
    expect(html).toContain('Kept medical note')
    expect(html).toContain('href="#f-contacts-0-phone"')
  })

  it('[SENSITIVE][PURGE]: deleted the day after retention ends, audited, and only then', async () => {
    const m = await makeMobility(
      t,
      w,
      { participantUserId: w.otherLearner.user.id, startDate: '2026-06-01', endDate: '2026-06-20' },
      'approved',
    )
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const { saveSensitive } = await import('./service/sensitive.ts')
    await saveSensitive(ctx, m.id, {
      contacts: [{ name: 'A', relation: '', phone: '+355 1234567' }],
      medical: 'x',
    })
    const system = systemCtx(t.deps)
    t.setNow(new Date('2026-07-20T10:00:00Z')) // the last day kept (20 June + 30 days)
    await purgeExpiredSensitiveData(system)
    expect(
      await t.deps.db
        .select()
        .from(mobilitySensitive)
        .where(eq(mobilitySensitive.mobilityId, m.id)),
    ).toHaveLength(1)
    t.setNow(new Date('2026-07-21T00:30:00Z'))
    expect(await purgeExpiredSensitiveData(system)).toBeGreaterThanOrEqual(1)
    expect(
      await t.deps.db
        .select()
        .from(mobilitySensitive)
        .where(eq(mobilitySensitive.mobilityId, m.id)),
    ).toHaveLength(0)
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, m.id), eq(auditLog.action, 'mobility.sensitive_purged')))
    expect(audit).toHaveLength(1)
    t.setNow(new Date())
  })
})

describe('incidents', () => {
  it('[INCIDENTS]: sending and receiving coordinators log incidents; participants and guardians do not see them', async () => {
    const m = await makeMobility(t, w, {}, 'ongoing')
    const base = `/app/mobility/${m.id}/incidents`
    const receiving = await t.signedIn(w.receivingCoordinator.login)
    const bad = await receiving.post(base, {
      occurredAt: 'yesterday',
      kind: 'Illness',
      severity: 'medium',
      description: 'Kept text',
    })
    expect(bad.status).toBe(422)
    expect(await bad.text()).toContain('Kept text')
    const ok = await receiving.post(base, {
      occurredAt: '2026-03-10T14:30',
      kind: 'Illness',
      severity: 'medium',
      description: 'Fever, seen by a doctor',
      actions: 'Guardian informed',
    })
    expect(ok.status).toBe(303)
    const [row] = await t.deps.db
      .select()
      .from(mobilityIncidents)
      .where(eq(mobilityIncidents.mobilityId, m.id))
    expect(row!.reportedBy).toBe(w.receivingCoordinator.user.id)
    const coordinator = await t.signedIn(w.coordinator.login)
    expect(await textOf(await coordinator.get(base))).toContain('Fever, seen by a doctor')
    for (const who of [w.learner, w.guardian]) {
      expect((await (await t.signedIn(who.login)).get(base)).status).toBe(403)
    }
    expect((await (await t.signedIn(w.strangerCoordinator.login)).post(base, {})).status).toBe(404)
  })

  it('[INCIDENTS][TIME]: wall-clock times are read in the organisation’s zone', () => {
    expect(zonedToInstant('2026-03-10T14:30', 'Europe/Tirane')?.toISOString()).toBe(
      '2026-03-10T13:30:00.000Z',
    )
    expect(zonedToInstant('2026-07-10T14:30', 'Europe/Tirane')?.toISOString()).toBe(
      '2026-07-10T12:30:00.000Z',
    )
  })
})
