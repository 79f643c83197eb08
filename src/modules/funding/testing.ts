import { expect } from 'vitest'
import type { TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { randomToken, sha256 } from '../../lib/crypto.ts'
import { apiTokens } from '../api-tokens/schema.ts'
import { partnerships } from '../network/schema.ts'

/** The id in a redirect's location, by pattern. */
export function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** A form for a new opportunity with one deadline, open to AL schools as applicants; `over` wins. */
export function opportunityForm(over: Record<string, string | string[]> = {}) {
  return {
    programme: 'national',
    actionCode: 'TEST-1',
    'title.en': 'Test grants for VET schools',
    'summary.en': 'Small grants.',
    'deadlines.0.local': '2027-03-01T12:00',
    'deadlines.0.timeZone': 'Europe/Tirane',
    budgetMinEur: '1000',
    budgetMaxEur: '5000',
    coFinancingRate: '80',
    url: 'https://example.org/call',
    applicationLanguages: ['en', 'sq'],
    'eligibility.0.role': 'applicant',
    'eligibility.0.countries': 'AL, XK',
    'eligibility.0.organisationTypes': 'vet_school',
    'eligibility.0.confidence': 'unconfirmed',
    confidence: 'unconfirmed',
    'sourceNote.en': 'Check the call text.',
    ...over,
  }
}

/** An opportunity made through its form by a signed-in manager; returns its id. */
export async function buildOpportunity(
  client: TestClient,
  over: Record<string, string | string[]> = {},
) {
  const res = await client.post('/app/funding/opportunities/new', opportunityForm(over))
  expect(res.status).toBe(303)
  return idIn(res, /\/app\/funding\/opportunities\/([0-9a-f-]{36})\?/)
}

/** A partnership agreement of `tenantId` with `partnerId`, so the partner is in its network. */
export async function addNetworkPartner(t: TestApp, tenantId: string, partnerId: string) {
  await t.deps.db.insert(partnerships).values({
    tenantId,
    partnerId,
    kind: 'memorandum',
    validFrom: '2025-01-01',
    validTo: '2030-12-31',
    scope: { en: 'Exchanges' },
    quotas: {},
  })
}

/** Calls the JSON API with a bearer token of the member. */
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
