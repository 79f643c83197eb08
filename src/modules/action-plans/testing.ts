import type { TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'

/** A JSON API caller with a fresh personal access token of this member. */
export async function apiAs(t: TestApp, member: { user: { id: string }; tenantId: string }) {
  const secret = `ura_${randomToken()}`
  await t.deps.db.insert(apiTokens).values({
    tenantId: member.tenantId,
    userId: member.user.id,
    name: 'test',
    prefix: secret.slice(0, 8),
    tokenHash: sha256(secret),
  })
  return (path: string, init: { method?: string; json?: unknown } = {}) =>
    t.app.request(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${secret}`,
        ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    })
}

/** The id after `prefix` in a redirect's location. */
export function idAfter(res: Response, prefix: string): string {
  const location = res.headers.get('location') ?? ''
  const m = new RegExp(`${prefix}([0-9a-f-]{36})`).exec(location)
  if (!m) throw new Error(`no id in ${location}`)
  return m[1]!
}

/** A plan with one objective, made through the pages; returns the plan and objective ids. */
export async function buildPlan(
  t: TestApp,
  c: TestClient,
  over: { startsOn?: string; endsOn?: string } = {},
) {
  const res = await c.post('/app/plans/new', {
    title: 'Plan 2026–2027',
    startsOn: over.startsOn ?? '2026-09-01',
    endsOn: over.endsOn ?? '2027-06-30',
    roundId: '',
  })
  if (res.status !== 303) throw new Error(`plan not made: ${res.status}`)
  const planId = idAfter(res, '/app/plans/')
  await c.post(`/app/plans/${planId}/objectives`, { 'title.en': 'Quality mobilities' })
  const { actionPlanObjectives } = await import('./schema.ts')
  const [objective] = await t.deps.db
    .select()
    .from(actionPlanObjectives)
    .then((rows) => rows.filter((r) => r.planId === planId))
  return { planId, objectiveId: objective!.id }
}
