import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { getT } from '#src/lib/i18n.ts'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'
import { assignmentRubrics, courses } from './schema.ts'

let t: TestApp
let courseId: string
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
  const [course] = await t.deps.db
    .select()
    .from(courses)
    .where(eq(courses.slug, 'international-office'))
  courseId = course!.id
})

describe('[LEARNING][ASSIGNMENT][DEMO]', () => {
  it('[LEARNING][ASSIGNMENT][DEMO]: the queue has waiting work, and the graded work shows its rubric levels', async () => {
    const rubrics = await t.deps.db.select().from(assignmentRubrics)
    expect(rubrics).toHaveLength(1)
    expect(rubrics[0]!.criteria).toHaveLength(3)

    // The course is the ALLIANCE coordinator's (KESK, Thessaloniki): its office grades the work.
    const coordinator = await t.signedIn(
      'eleni.konstantinou@kesk-thessaloniki.example',
      DEMO_PASSWORD,
    )
    const queue = await coordinator.get(`/app/learning/courses/${courseId}/submissions`)
    expect(queue.status).toBe(200)
    const waiting = await textOf(queue)
    expect(waiting).toContain('Anila Cani')
    const all = await (
      await coordinator.get(`/app/learning/courses/${courseId}/submissions?status=all`)
    ).text()
    // Three accepted (everyone who completed the course), one sent back, one waiting.
    expect(all.match(/<tr>/g)).toHaveLength(1 + 5)
    expect(all.match(/class="badge badge-ok"/g)).toHaveLength(3)

    // The learner whose first version was sent back reads the comment and the levels chosen.
    const learner = await t.signedIn('anila.cani@shkumbini-elbasan.example', DEMO_PASSWORD)
    const [assignment] = rubrics
    const page = await textOf(await learner.get(`/app/learning/lessons/${assignment!.lessonId}`))
    const sq = getT('sq')
    expect(page).toContain(sq('learning:submission.waiting'))
    expect(page).toContain('The dates are missing')
    expect(page).toContain('Kalendari i vitit shkollor')
  })
})
