import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { users } from '../users/schema.ts'
import { loadCallsDemo } from './demo.ts'
import { applications, calls } from './schema.ts'
import { getApplication } from './service/applications.ts'
import { getRanking } from './service/scoring.ts'

let t: TestApp
const now = new Date('2026-11-22T09:00:00Z')

beforeAll(async () => {
  t = await setupTestApp()
  t.setNow(now)
})

describe('calls demo data', () => {
  it('[CALLS][DEMO]: an open call to Cologne and Thessaloniki with two applications (a minor waiting for consent) and a decided job-shadowing call', async () => {
    const school = await t.make.organisation({ slug: 'beqir-cela-durres' })
    const cologne = await t.make.organisation({ slug: 'bruecke-europa-koeln', country: 'DE' })
    const greece = await t.make.organisation({ slug: 'kesk-thessaloniki', country: 'GR' })
    const people: Record<string, string> = {}
    for (const [key, role] of [
      ['coordinator', 'coordinator'],
      ['staff-tourism', 'staff'],
      ['staff-ict', 'staff'],
      ['learner-ardit', 'learner'],
      ['learner-ergys', 'learner'],
      ['guardian', 'guardian'],
    ] as const) {
      people[key] = (await t.make.member(role, { tenantId: school.id, displayName: key })).user.id
    }
    await t.deps.db
      .update(users)
      .set({ dateOfBirth: '2010-03-14' })
      .where(eq(users.id, people['learner-ardit']!))
    const orgIds = new Map([
      ['beqir-cela-durres', school.id],
      ['bruecke-europa-koeln', cologne.id],
      ['kesk-thessaloniki', greece.id],
    ])
    await t.deps.db.transaction((tx) =>
      loadCallsDemo(tx, { orgIds, userIds: new Map(Object.entries(people)), now }),
    )

    const rows = await t.deps.db.select().from(calls).where(eq(calls.tenantId, school.id))
    const open = rows.find((r) => r.status === 'open')!
    expect(open).toMatchObject({ activityType: 'LM-SHORT-VET', places: 4, startDate: '2027-04-12' })
    expect(open.destinations.map((d) => d.country)).toEqual(['DE', 'GR'])
    const decided = rows.find((r) => r.status === 'decided')!
    expect(decided.activityType).toBe('SM-JOB-SHDW')

    const ctx = await t.ctxFor(people.coordinator!, school.id)
    const ranking = await getRanking(ctx, decided.id)
    expect(ranking.rows.map((r) => [r.totalText, r.status])).toEqual([
      ['86.000', 'selected'],
      ['74.000', 'waiting_list'],
    ])
    const apps = await t.deps.db.select().from(applications).where(eq(applications.callId, open.id))
    expect(apps).toHaveLength(2)
    const ardit = apps.find((a) => a.applicantUserId === people['learner-ardit'])!
    const view = await getApplication(ctx, ardit.id)
    expect(view.isMinor).toBe(true)
    expect(view.consent).toBe('pending')
    const profile = await textOf(await t.anonymous().get(`/sq/o/${school.slug}`))
    expect(profile).toContain('Mobilitet afatshkurtër për nxënës, pranverë 2027')
  })
})
