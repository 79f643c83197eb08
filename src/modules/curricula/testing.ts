import { eq } from 'drizzle-orm'
import { expect } from 'vitest'
import type { TestApp } from '../../../tests/setup/app.ts'
import type { TestClient } from '../../../tests/setup/client.ts'
import { courseModules, lessons } from '../learning/schema.ts'
import { projectPartners, projects } from '../projects/schema.ts'

/** The id in a redirect's location, by pattern. */
export function idIn(res: Response, pattern: RegExp) {
  const m = pattern.exec(res.headers.get('location') ?? '')
  if (!m) throw new Error(`no id in ${res.headers.get('location')}`)
  return m[1]!
}

/** A published course with one text lesson (done by one click), through the course pages. */
export async function buildCourse(
  t: TestApp,
  author: TestClient,
  over: Record<string, string> = {},
): Promise<{ courseId: string; lessonId: string }> {
  const created = await author.post('/app/learning/courses/new', {
    'title.en': `Course ${Math.random().toString(36).slice(2, 8)}`,
    visibility: 'private',
    passMark: '70',
    competences: 'entrecomp:2.4',
    intent: 'publish',
    ...over,
  })
  expect(created.status).toBe(303)
  const courseId = idIn(created, /\/app\/learning\/courses\/([0-9a-f-]{36})\?/)
  const [mod] = await t.deps.db
    .select()
    .from(courseModules)
    .where(eq(courseModules.courseId, courseId))
  const lesson = await author.post(`/app/learning/courses/${courseId}/lessons/new`, {
    moduleId: mod!.id,
    kind: 'text',
    'title.en': 'Read this',
    'body.en': 'One page.',
    minutes: '5',
  })
  expect(lesson.status).toBe(303)
  const [row] = await t.deps.db.select().from(lessons).where(eq(lessons.courseId, courseId))
  return { courseId, lessonId: row!.id }
}

/** A curriculum through its pages: made, its courses added in order, then saved with `details`. */
export async function buildCurriculum(
  author: TestClient,
  steps: { courseId: string; required: boolean }[],
  details: Record<string, string> = {},
): Promise<string> {
  const form = {
    'title.en': 'International Office Programme',
    'title.sq': 'Programi i Zyrës Ndërkombëtare',
    'summary.en': 'Four courses.',
    visibility: 'private',
    ...details,
  }
  const created = await author.post('/app/learning/curricula/new', form)
  expect(created.status).toBe(303)
  const id = idIn(created, /\/app\/learning\/curricula\/([0-9a-f-]{36})\/edit/)
  for (const s of steps) {
    const res = await author.post(`/app/learning/curricula/${id}/courses`, {
      courseId: s.courseId,
      ...(s.required ? { required: 'yes' } : {}),
    })
    expect(res.status).toBe(303)
  }
  const saved = await author.post(`/app/learning/curricula/${id}/edit`, {
    optionalToComplete: '0',
    intent: 'publish',
    ...form,
  })
  expect(saved.status).toBe(303)
  return id
}

/** A project whose consortium is the given organisations (the first coordinates it). */
export async function makeProject(t: TestApp, orgIds: string[]) {
  const [project] = await t.deps.db
    .insert(projects)
    .values({
      tenantId: orgIds[0]!,
      slug: `p-${Math.random().toString(36).slice(2, 10)}`,
      acronym: 'PATHS',
      title: { en: 'Learning paths' },
      currency: 'EUR',
      totalBudget: '1000.00',
      startDate: '2025-01-01',
      endDate: '2027-12-31',
      status: 'running',
    })
    .returning()
  await t.deps.db.insert(projectPartners).values(
    orgIds.map((organisationId, i) => ({
      tenantId: organisationId,
      projectId: project!.id,
      organisationId,
      role: i === 0 ? ('coordinator' as const) : ('partner' as const),
    })),
  )
  return project!.id
}
