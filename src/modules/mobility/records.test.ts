import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { ageOn, daysInclusive } from '#src/lib/dates.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import type { AppError } from '../../lib/errors.ts'
import { auditLog } from '../audit/schema.ts'
import { projects } from '../projects/schema.ts'
import { durationLimits } from './reference.ts'
import { mobilities, mobilityStatusLog, mobilityTodos } from './schema.ts'
import { groupRatio } from './service/group.ts'
import { listMobilities } from './service/lists.ts'
import { createMobility, updateMobility } from './service/records.ts'
import { canMove, changeStatus, TRANSITIONS } from './service/status.ts'
import { makeMobility, makeWorld, mobilityInput, type World } from './test-helpers.ts'

let t: TestApp
let w: World
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeWorld(t)
})

async function failure(run: () => Promise<unknown>) {
  try {
    await run()
  } catch (err) {
    return err as AppError
  }
  throw new Error('expected a failure')
}

describe('durations', () => {
  it('[MOBILITY][DURATION]: counts both ends and applies the reference limits per activity', () => {
    expect(daysInclusive('2026-03-02', '2026-03-22')).toBe(21)
    expect(daysInclusive('2026-03-28', '2026-03-30')).toBe(3) // across the DST change
    expect(durationLimits('LM-SHORT-VET', '2026-03-02', false)).toEqual({ min: 10, max: 89 })
    expect(durationLimits('LM-SHORT-VET', '2026-03-02', true)).toEqual({ min: 2, max: 89 })
    expect(durationLimits('LM-LONG-VET', '2026-03-02', false)).toEqual({ min: 90, max: 365 })
    expect(durationLimits('SM-JOB-SHDW', '2026-03-02', false)).toEqual({ min: 2, max: 60 })
    expect(durationLimits('NOPE', '2026-03-02', false)).toBeNull()
    expect(ageOn('2011-05-10', '2026-05-09')).toBe(14)
    expect(ageOn('2011-05-10', '2026-05-10')).toBe(15)
  })

  it('[MOBILITY][DURATION]: a stay outside the limits is refused on the end date, naming them', async () => {
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    // 9 days of short-term mobility: one below the minimum.
    const short = await failure(() =>
      createMobility(ctx, mobilityInput(w, { startDate: '2026-03-02', endDate: '2026-03-10' })),
    )
    expect(short.code).toBe('INVALID_INPUT')
    expect(short.fields).toEqual({ endDate: 'mobility:errors.duration' })
    expect(short.params).toEqual({ min: 10, max: 89, days: 9 })
    // Exactly 10 days is allowed; with fewer opportunities 2 days are enough.
    await createMobility(ctx, mobilityInput(w, { startDate: '2026-03-02', endDate: '2026-03-11' }))
    await createMobility(
      ctx,
      mobilityInput(w, {
        startDate: '2026-03-02',
        endDate: '2026-03-03',
        fewerOpportunities: true,
      }),
    )
    const long = await failure(() =>
      createMobility(ctx, mobilityInput(w, { startDate: '2026-01-01', endDate: '2026-03-31' })),
    )
    expect(long.params).toMatchObject({ days: 90, max: 89 })
  })

  it('[MOBILITY][DURATION]: staff activities need staff; learners cannot job-shadow', async () => {
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const wrong = await failure(() =>
      createMobility(ctx, mobilityInput(w, { activityType: 'SM-JOB-SHDW', endDate: '2026-03-06' })),
    )
    expect(wrong.fields).toEqual({ participantType: 'mobility:errors.participantTypeMismatch' })
    const notStaff = await failure(() =>
      createMobility(
        ctx,
        mobilityInput(w, {
          activityType: 'SM-JOB-SHDW',
          participantType: 'staff',
          endDate: '2026-03-06',
        }),
      ),
    )
    expect(notStaff.fields).toEqual({ participantUserId: 'mobility:errors.chooseParticipant' })
    const ok = await createMobility(
      ctx,
      mobilityInput(w, {
        activityType: 'SM-JOB-SHDW',
        participantType: 'staff',
        participantUserId: w.staff.user.id,
        endDate: '2026-03-06',
      }),
    )
    expect(ok.participantType).toBe('staff')
  })
})

describe('records', () => {
  it('[MOBILITY][CREATE]: logs the draft, audits, makes the to-do list with consent for a minor', async () => {
    const row = await makeMobility(t, w)
    expect(row.tenantId).toBe(w.sending.id)
    expect(row.status).toBe('draft')
    expect(row.searchText).toContain('arta leka')
    const log = await t.deps.db
      .select()
      .from(mobilityStatusLog)
      .where(eq(mobilityStatusLog.mobilityId, row.id))
    expect(log.map((l) => [l.fromStatus, l.toStatus])).toEqual([[null, 'draft']])
    const todos = await t.deps.db
      .select()
      .from(mobilityTodos)
      .where(eq(mobilityTodos.mobilityId, row.id))
    expect(todos.map((x) => `${x.kind}/${x.assignedTo}`)).toContain('consent/guardian')
    expect(todos.map((x) => `${x.kind}/${x.assignedTo}`)).toContain('medical_information/guardian')
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row.id), eq(auditLog.action, 'mobility.created')))
    expect(audit).toHaveLength(1)
  })

  it('[MOBILITY][UMID]: counts per project and activity type; a new project gives a new number', async () => {
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const [p1] = await t.deps.db
      .insert(projects)
      .values({
        tenantId: w.sending.id,
        slug: `p-${Date.now()}`,
        acronym: 'ALLIANCE',
        title: { en: 'A' },
      })
      .returning()
    const a = await createMobility(ctx, mobilityInput(w, { projectId: p1!.id }))
    const b = await createMobility(ctx, mobilityInput(w, { projectId: p1!.id }))
    const staff = await createMobility(
      ctx,
      mobilityInput(w, {
        projectId: p1!.id,
        activityType: 'SM-JOB-SHDW',
        participantType: 'staff',
        participantUserId: w.staff.user.id,
        endDate: '2026-03-06',
      }),
    )
    expect([a.umidCounter, b.umidCounter, staff.umidCounter]).toEqual([1, 2, 1])
    const moved = await updateMobility(ctx, b.id, mobilityInput(w, {}))
    expect(moved.umidCounter).toBeNull()
    // Another organisation's project cannot be used.
    const other = await t.make.organisation()
    const [p2] = await t.deps.db
      .insert(projects)
      .values({ tenantId: other.id, slug: `q-${Date.now()}`, acronym: 'X', title: { en: 'X' } })
      .returning()
    const refused = await failure(() =>
      createMobility(ctx, mobilityInput(w, { projectId: p2!.id })),
    )
    expect(refused.fields).toEqual({ projectId: 'common:validation.choice' })
  })

  it('[MOBILITY][GROUP]: accompanying persons join the group; the ratio and the warning follow', async () => {
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const group = { activityType: 'LM-GROUP-VET', startDate: '2026-04-06', endDate: '2026-04-17' }
    const first = await createMobility(ctx, mobilityInput(w, group))
    const second = await createMobility(
      ctx,
      mobilityInput(w, { ...group, participantUserId: w.otherLearner.user.id, groupOf: first.id }),
    )
    const [reloaded] = await t.deps.db.select().from(mobilities).where(eq(mobilities.id, first.id))
    expect(reloaded!.groupId).toBe(first.id)
    expect(second.groupId).toBe(first.id)
    expect(groupRatio([first, second])).toEqual({ learners: 2, staff: 0, isUnaccompanied: true })
    const teacher = await createMobility(
      ctx,
      mobilityInput(w, {
        ...group,
        participantType: 'accompanying',
        participantUserId: w.staff.user.id,
        // An accompanying person's stay is not held to the learners' limits.
        endDate: '2026-04-06',
        groupOf: second.id,
      }),
    )
    expect(teacher.isAccompanyingPerson).toBe(true)
    expect(groupRatio([first, second, teacher])).toEqual({
      learners: 2,
      staff: 1,
      isUnaccompanied: false,
    })
  })
})

describe('status', () => {
  it('[MOBILITY][STATUS]: only allowed transitions, each logged; completed and cancelled are final', async () => {
    expect(canMove('draft', 'approved')).toBe(true)
    expect(canMove('draft', 'ongoing')).toBe(false)
    expect(TRANSITIONS.completed).toEqual([])
    expect(TRANSITIONS.cancelled).toEqual([])
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const row = await makeMobility(t, w)
    const skip = await failure(() =>
      changeStatus(ctx, row.id, { to: 'completed', forceMajeure: false }),
    )
    expect(skip.fields).toEqual({ to: 'mobility:errors.transition' })
    await makeMobility(t, w, {}, 'completed').then(async (done) => {
      const again = await failure(() =>
        changeStatus(ctx, done.id, { to: 'ongoing', forceMajeure: false }),
      )
      expect(again.code).toBe('INVALID_INPUT')
      const log = await t.deps.db
        .select()
        .from(mobilityStatusLog)
        .where(eq(mobilityStatusLog.mobilityId, done.id))
      expect(log.map((l) => l.toStatus)).toEqual([
        'draft',
        'approved',
        'preparing',
        'ongoing',
        'completed',
      ])
    })
  })

  it('[MOBILITY][STATUS]: an interruption records force majeure and its reason', async () => {
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const row = await makeMobility(t, w, {}, 'ongoing')
    const out = await changeStatus(ctx, row.id, {
      to: 'interrupted',
      forceMajeure: true,
      forceMajeureReason: 'Flooding closed the host company',
    })
    expect(out.forceMajeure).toBe(true)
    expect(out.forceMajeureReason).toBe('Flooding closed the host company')
    const [last] = await t.deps.db
      .select()
      .from(mobilityStatusLog)
      .where(
        and(
          eq(mobilityStatusLog.mobilityId, row.id),
          eq(mobilityStatusLog.toStatus, 'interrupted'),
        ),
      )
    expect(last!.note).toBe('Flooding closed the host company')
  })
})

describe('list', () => {
  it('[MOBILITY][LIST]: filters by status, activity and text, pages, and shows one organisation only', async () => {
    const other = await t.make.organisation()
    const otherCoordinator = await t.make.member('coordinator', { tenantId: other.id })
    const ctx = await t.ctxFor(w.coordinator.user.id, w.sending.id)
    const all = await listMobilities(ctx, {})
    expect(all.total).toBeGreaterThan(5)
    expect(all.items.every((i) => i.participantName)).toBe(true)
    const drafts = await listMobilities(ctx, { status: 'draft' })
    expect(drafts.items.every((i) => i.status === 'draft')).toBe(true)
    const group = await listMobilities(ctx, { activityType: 'LM-GROUP-VET' })
    expect(group.total).toBe(3)
    const besa = await listMobilities(ctx, { q: 'BESA' })
    expect(besa.items.map((i) => i.participantName)).toEqual(['Besa Dema'])
    const paged = await listMobilities(ctx, { pageSize: 2, page: 2 })
    expect(paged.items).toHaveLength(2)
    expect(paged.total).toBe(all.total)
    const past = await listMobilities(ctx, { pageSize: 2, page: 999 })
    expect(past.items).toHaveLength(0)
    expect(past.total).toBe(all.total)
    const theirs = await listMobilities(await t.ctxFor(otherCoordinator.user.id, other.id), {})
    expect(theirs.total).toBe(0)
  })
})
