import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { addDays, dateIn } from '#src/lib/dates.ts'
import { courseCohorts, courses, enrolments } from './schema.ts'

/**
 * The demo's cohort: Beqir Çela Durrës takes "Running an International Office" as a group this
 * term, ending in a month, so the cohort pages and the reminders have people to show. Run after
 * the learning demo (its enrolments join the cohort).
 */
export async function loadCohortsDemo(
  tx: DbOrTx,
  ids: { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date },
) {
  const school = ids.orgIds.get('beqir-cela-durres')
  const [course] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(eq(courses.slug, 'international-office'))
  if (!school || !course) throw new Error('cohorts demo: run the learning demo first')
  const today = dateIn(ids.now, 'UTC')
  const [cohort] = await tx
    .insert(courseCohorts)
    .values({
      tenantId: school,
      courseId: course.id,
      name: 'Zyra Ndërkombëtare — vjeshtë / International Office — autumn',
      startsOn: addDays(today, -30),
      endsOn: addDays(today, 30),
      createdById: ids.userIds.get('coordinator') ?? null,
    })
    .returning({ id: courseCohorts.id })
  await tx
    .update(enrolments)
    .set({ cohortId: cohort!.id })
    .where(and(eq(enrolments.courseId, course.id), eq(enrolments.learnerOrgId, school)))
}
