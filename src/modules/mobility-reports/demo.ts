import { randomUUID } from 'node:crypto'
import { and, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { AppError } from '#src/lib/errors.ts'
import { mobilities } from '../mobility/index.ts'
import { projectPartners, projects } from '../projects/index.ts'
import { guardianships, memberships, users } from '../users/index.ts'
import { buildGrantValues } from './grant-service.ts'
import { mobilityGrants } from './schema.ts'

export type ReportsDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
  /** The shared demo password hash, so the new people can sign in like everybody else. */
  passwordHash: string
}

/** The demo's 15-year-old learner and her mother, for the mobility journey (minor + consent). */
export const DEMO_MINOR = {
  username: 'elona.dervishi',
  displayName: 'Elona Dervishi',
  guardianEmail: 'drita.dervishi@example.com',
  guardianName: 'Drita Dervishi',
}

/** The consortium project the demo's outgoing mobilities of Beqir Çela belong to. */
export const DEMO_KA121 = {
  slug: 'ka121-bruecke-europa-2026',
  acronym: 'KA121-VET-KOELN-2026',
  grantNumber: '2026-1-DE02-KA121-VET-000187342',
}

/** 15 years and about four months old on the day the demo is loaded. */
function dateOfBirth(now: Date) {
  const d = new Date(now)
  d.setUTCFullYear(d.getUTCFullYear() - 15)
  d.setUTCMonth(d.getUTCMonth() - 4)
  return d.toISOString().slice(0, 10)
}

/**
 * Loads the mobility reports' demo, after the mobility demo and the National Agency rates: a
 * 15-year-old learner of Beqir Çela with her guardian; an Erasmus+ VET consortium of the German
 * partner (Brücke Europa, Köln) that Beqir Çela sends its learners in; and the grants of Beqir
 * Çela's decided outgoing mobilities, computed by the real rules (German demo rates).
 */
export async function loadMobilityReportsDemo(tx: DbOrTx, ids: ReportsDemoIds) {
  const org = (slug: string) => {
    const id = ids.orgIds.get(slug)
    if (!id) throw new Error(`reports demo: unknown organisation "${slug}"`)
    return id
  }
  const school = org('beqir-cela-durres')
  const koeln = org('bruecke-europa-koeln')
  const coordinator = ids.userIds.get('coordinator') ?? null

  const learnerId = randomUUID()
  const guardianId = randomUUID()
  await tx.insert(users).values([
    {
      id: learnerId,
      username: DEMO_MINOR.username,
      displayName: DEMO_MINOR.displayName,
      dateOfBirth: dateOfBirth(ids.now),
      passwordHash: ids.passwordHash,
      locale: 'sq',
    },
    {
      id: guardianId,
      email: DEMO_MINOR.guardianEmail,
      displayName: DEMO_MINOR.guardianName,
      passwordHash: ids.passwordHash,
      locale: 'sq',
    },
  ])
  await tx.insert(memberships).values([
    { tenantId: school, userId: learnerId, role: 'learner', title: 'Turizëm dhe hoteleri' },
    { tenantId: school, userId: guardianId, role: 'guardian' },
  ])
  await tx.insert(guardianships).values({
    tenantId: school,
    guardianUserId: guardianId,
    learnerUserId: learnerId,
    relation: 'parent',
  })

  const projectId = randomUUID()
  await tx.insert(projects).values({
    id: projectId,
    tenantId: koeln,
    slug: DEMO_KA121.slug,
    acronym: DEMO_KA121.acronym,
    title: {
      en: 'Erasmus+ VET mobility consortium 2026',
      de: 'Erasmus+ Mobilitätskonsortium Berufsbildung 2026',
      sq: 'Konsorciumi i mobilitetit Erasmus+ AAP 2026',
    },
    programme: 'Erasmus+',
    action: 'KA121-VET',
    grantNumber: DEMO_KA121.grantNumber,
    startDate: '2026-06-01',
    endDate: '2027-08-31',
    status: 'running',
    searchText:
      `${DEMO_KA121.acronym} erasmus+ vet mobility consortium 2026 ${DEMO_KA121.grantNumber}`.toLowerCase(),
  })
  await tx.insert(projectPartners).values([
    { tenantId: koeln, projectId, organisationId: koeln, role: 'coordinator' },
    { tenantId: school, projectId, organisationId: school, role: 'partner' },
  ])
  const outgoing = await tx
    .update(mobilities)
    .set({ projectId })
    .where(
      and(
        eq(mobilities.tenantId, school),
        eq(mobilities.direction, 'outgoing'),
        isNull(mobilities.projectId),
      ),
    )
    .returning()
  const form = {
    travelDays: 2,
    linguisticSupport: false,
    linguisticReinforced: false,
    exceptional: [],
  }
  for (const m of outgoing) {
    if (m.status === 'draft' || m.status === 'cancelled') continue
    try {
      const values = await buildGrantValues(tx, m, form, coordinator, ids.now)
      await tx.insert(mobilityGrants).values({ ...values, tenantId: m.tenantId, mobilityId: m.id })
    } catch (err) {
      // A demo mobility the rules refuse (a duration out of limits) just has no grant yet.
      if (!(err instanceof AppError)) throw err
    }
  }
}
