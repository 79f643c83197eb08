import { count } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { Deps } from '#src/lib/context.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { AppError } from '#src/lib/errors.ts'
import { loadPlansDemo } from '../action-plans/index.ts'
import { loadAssessmentDemo } from '../assessment/index.ts'
import { auditLog } from '../audit/index.ts'
import { loadBudgetsDemo } from '../budgets/index.ts'
import { linkDemoPreparationCourse, loadCallsDemo } from '../calls/index.ts'
import { loadCatalogueDemo } from '../catalogue/index.ts'
import { loadCompetencesDemo } from '../competences/index.ts'
import { loadCurriculaDemo } from '../curricula/index.ts'
import { loadEventsDemo } from '../events/index.ts'
import { loadFundingDemo } from '../funding/index.ts'
import { loadGrantRatesDemo } from '../grants/index.ts'
import { invitations } from '../invitations/index.ts'
import { loadCohortsDemo, loadLearningDemo } from '../learning/index.ts'
import { outbox } from '../mail/index.ts'
import { loadMobilityDemo } from '../mobility/index.ts'
import { loadMobilityReportsDemo } from '../mobility-reports/index.ts'
import { loadNetworkDemo } from '../network/index.ts'
import { loadNewsDemo } from '../news/index.ts'
import { organisations } from '../organisations/index.ts'
import { loadProjectsDemo } from '../projects/index.ts'
import { guardianships, memberships, users } from '../users/index.ts'
import { PRINTED_ACCOUNTS } from './data/activity.ts'
import { buildDemoRows, DEMO_PEOPLE } from './rows.ts'

/** A login printed at first start. `role` is the role in `organisation` (a slug, '' for none). */
export type DemoAccount = { role: string; login: string; password: string; organisation: string }

/** Every demo account shares it; it is printed at start and must never reach a real install. */
export const DEMO_PASSWORD = 'ura-demo-2026'

/** True when there is neither an organisation nor a person yet (a fresh install). */
export async function isDatabaseEmpty(db: DbOrTx): Promise<boolean> {
  const [orgs] = await db.select({ n: count() }).from(organisations)
  if ((orgs?.n ?? 0) > 0) return false
  const [people] = await db.select({ n: count() }).from(users)
  return (people?.n ?? 0) === 0
}

/**
 * Loads the demo network from the seeds (ALLIANCE, V2V and a North Macedonian school) in one
 * transaction, one bulk insert per table. Refuses (CONFLICT) unless the database is empty, so a
 * second call never mixes demo people with real ones.
 */
export async function loadDemoData(deps: Deps): Promise<DemoAccount[]> {
  // One argon2 hash for everybody: the password is the same and hashing is the slow part.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  const rows = buildDemoRows(passwordHash, deps.now(), deps.env.baseUrl)
  await deps.db.transaction(async (tx) => {
    if (!(await isDatabaseEmpty(tx))) throw new AppError('CONFLICT', 'demo:errors.notEmpty')
    await tx.insert(organisations).values(rows.organisations)
    await tx.insert(users).values(rows.users)
    await tx.insert(memberships).values(rows.memberships)
    await tx.insert(guardianships).values(rows.guardianships)
    await tx.insert(invitations).values(rows.invitations)
    await tx.insert(outbox).values(rows.outbox)
    await tx.insert(auditLog).values(rows.auditLog)
    await loadProjectsDemo(tx, { orgIds: rows.orgIds, userIds: rows.userIds, now: deps.now() })
    await loadBudgetsDemo(tx, { ...rows, now: deps.now(), dataDir: deps.env.dataDir })
    await loadEventsDemo(tx, { orgIds: rows.orgIds, userIds: rows.userIds, now: deps.now() })
    await loadCallsDemo(tx, { orgIds: rows.orgIds, userIds: rows.userIds, now: deps.now() })
    await loadMobilityDemo(tx, { orgIds: rows.orgIds, userIds: rows.userIds, now: deps.now() })
    // News links to the seed events and projects: keep this after their demo loaders.
    await loadNewsDemo(tx, rows)
    await loadNetworkDemo(tx, rows, deps.now())
    await loadGrantRatesDemo(tx)
    await loadMobilityReportsDemo(tx, {
      orgIds: rows.orgIds,
      userIds: rows.userIds,
      now: deps.now(),
      passwordHash,
    })
    // The curriculum belongs to the ALLIANCE project's coordinator: after the projects demo.
    await loadLearningDemo(tx, {
      ...rows,
      now: deps.now(),
      dataDir: deps.env.dataDir,
      baseUrl: deps.env.baseUrl,
    })
    await loadCohortsDemo(tx, { ...rows, now: deps.now() })
    // The spring call's pre-departure course is one of the learning demo's: after it.
    await linkDemoPreparationCourse(tx)
    // Ratings before and after the demo enrolments: after the learning demo.
    await loadCompetencesDemo(tx, { ...rows, now: deps.now() })
    // The programme follows the learning demo's courses and progress: after it.
    await loadCurriculaDemo(tx, deps, rows)
    // Watches and the pipeline use the network demo's partners; a funded application makes a project.
    await loadFundingDemo(tx, deps, rows)
    // Self-assessment rounds at two ALLIANCE schools.
    await loadAssessmentDemo(tx, { ...rows, now: deps.now() })
    // An action plan answering the Durrës round: after the assessment demo.
    await loadPlansDemo(tx, deps, rows)
    // The course database names a learning demo course, reviewed by someone who completed it.
    await loadCatalogueDemo(tx, { orgIds: rows.orgIds, userIds: rows.userIds, now: deps.now() })
  })
  deps.log.info(
    { organisations: rows.organisations.length, people: rows.users.length },
    'demo data loaded',
  )
  return PRINTED_ACCOUNTS.map(({ key, org }) => {
    const person = DEMO_PEOPLE.find((p) => p.key === key)
    if (!person) throw new Error(`demo data: unknown person "${key}"`)
    const role = org
      ? (person.memberships.find((m) => m.org === org)?.role ?? '')
      : 'platform_admin'
    return {
      role,
      login: person.email ?? person.username ?? '',
      password: DEMO_PASSWORD,
      organisation: org ?? '',
    }
  })
}
