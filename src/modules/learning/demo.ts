import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { describeCompetences } from '../competence-frameworks/index.ts'
import { issueCredential } from '../credentials/index.ts'
import { projects } from '../projects/index.ts'
import { courseAchievement } from './achievement.ts'
import { competenceByCode } from './competences.ts'
import { DEMO_REVISING, demoSubmissions } from './demo-assignments.ts'
import { DEMO_COURSES, type DemoCourse } from './demo-courses.ts'
import { loadScormDemo } from './demo-scorm.ts'
import { gradeAttempt } from './grading.ts'
import {
  type Answer,
  assignmentRubrics,
  assignmentSubmissions,
  courseModules,
  courses,
  enrolments,
  lessonCompletions,
  lessons,
  quizAttempts,
  quizQuestions,
} from './schema.ts'

export type LearningDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  users: { id?: string; displayName: string; email?: string | null; locale?: string | null }[]
  now: Date
  /** Where the file store keeps the demo's SCORM package. */
  dataDir: string
  /** For the certificates' links to a school's own competences. */
  baseUrl: string
}

/** The five ALLIANCE schools whose International Office staff take the curriculum. */
const SCHOOLS = [
  'beqir-cela-durres',
  'drini-shkoder',
  'shkumbini-elbasan',
  'lumbardhi-prizren',
  'nerodimja-ferizaj',
]

/**
 * Who is where in which course: `done` lessons counted from the start (all = completed, and the
 * quiz passed with an attempt), `locale` the language they read in.
 */
const PROGRESS: {
  person: string
  org: string
  course: string
  done: number | 'all'
  locale: string
}[] = [
  {
    person: 'coordinator',
    org: 'beqir-cela-durres',
    course: 'international-office',
    done: 'all',
    locale: 'sq',
  },
  {
    person: 'coordinator',
    org: 'beqir-cela-durres',
    course: 'mobility-with-minors',
    done: 1,
    locale: 'sq',
  },
  {
    person: 'staff-tourism',
    org: 'beqir-cela-durres',
    course: 'international-office',
    done: 1,
    locale: 'en',
  },
  {
    person: 'staff-tourism',
    org: 'beqir-cela-durres',
    course: 'mobility-with-minors',
    done: 'all',
    locale: 'sq',
  },
  {
    person: 'staff-ict',
    org: 'beqir-cela-durres',
    course: 'digcomp-for-vet-teachers',
    done: 'all',
    locale: 'sq',
  },
  {
    person: 'staff-ict',
    org: 'beqir-cela-durres',
    course: 'international-office',
    done: 0,
    locale: 'sq',
  },
  {
    person: 'director',
    org: 'beqir-cela-durres',
    course: 'eu-project-management',
    done: 1,
    locale: 'sq',
  },
  {
    person: 'drini-shkoder:coordinator',
    org: 'drini-shkoder',
    course: 'international-office',
    done: 'all',
    locale: 'sq',
  },
  {
    person: 'drini-shkoder:coordinator',
    org: 'drini-shkoder',
    course: 'greencomp-basics',
    done: 1,
    locale: 'en',
  },
  {
    person: 'shkumbini-elbasan:coordinator',
    org: 'shkumbini-elbasan',
    course: 'international-office',
    done: 3,
    locale: 'sq',
  },
  {
    person: 'shkumbini-elbasan:coordinator',
    org: 'shkumbini-elbasan',
    course: 'eu-project-management',
    done: 'all',
    locale: 'sq',
  },
  {
    person: 'lumbardhi-prizren:coordinator',
    org: 'lumbardhi-prizren',
    course: 'international-office',
    done: 1,
    locale: 'sq',
  },
  {
    person: 'nerodimja-ferizaj:coordinator',
    org: 'nerodimja-ferizaj',
    course: 'international-office',
    done: 'all',
    locale: 'sr-Latn',
  },
  // Nerodimja's coordinator has done the whole International Office Programme (curricula demo).
  ...['mobility-with-minors', 'eu-project-management', 'greencomp-basics'].map((course) => ({
    person: 'nerodimja-ferizaj:coordinator',
    org: 'nerodimja-ferizaj',
    course,
    done: 'all' as const,
    locale: 'sr-Latn',
  })),
  {
    person: 'nerodimja-ferizaj:org_admin',
    org: 'nerodimja-ferizaj',
    course: 'digcomp-for-vet-teachers',
    done: 0,
    locale: 'sq',
  },
]

function rendered(body: LocalizedText | undefined): LocalizedText {
  return Object.fromEntries(
    Object.entries(body ?? {}).flatMap(([lang, md]) => {
      const html = renderMarkdown(md ?? '').html
      return html ? [[lang, html]] : []
    }),
  )
}

/** The right answer to a demo question, so a demo "pass" is a real, server-graded one. */
function rightAnswer(q: typeof quizQuestions.$inferInsert & { id: string }): Answer {
  const options = q.options ?? []
  if (q.type === 'short_answer') return { text: q.accepted?.[0] ?? '' }
  if (q.type === 'matching')
    return { pairs: Object.fromEntries(options.map((o) => [o.key, o.key])) }
  return { choices: options.filter((o) => o.correct).map((o) => o.key) }
}

/**
 * Loads the ALLIANCE curriculum: five courses owned by the project's coordinator, shared with the
 * consortium (two in the public catalogue), staff of the five schools enrolled with realistic
 * progress, some completions with their certificates.
 */
export async function loadLearningDemo(tx: DbOrTx, ids: LearningDemoIds) {
  const [alliance] = await tx
    .select({ id: projects.id, tenantId: projects.tenantId })
    .from(projects)
    .where(eq(projects.acronym, 'ALLIANCE'))
  const owner = alliance?.tenantId ?? ids.orgIds.get('beqir-cela-durres')
  if (!owner) return
  const day = 86_400_000
  const built = new Map<
    string,
    {
      course: typeof courses.$inferInsert & { id: string }
      lessonIds: string[]
      quiz: {
        lessonId: string
        questions: (typeof quizQuestions.$inferInsert & { id: string })[]
      } | null
    }
  >()
  const courseRows: (typeof courses.$inferInsert)[] = []
  const moduleRows: (typeof courseModules.$inferInsert)[] = []
  const lessonRows: (typeof lessons.$inferInsert)[] = []
  const questionRows: (typeof quizQuestions.$inferInsert & { id: string })[] = []
  const rubricRows: (typeof assignmentRubrics.$inferInsert)[] = []
  const assignmentOf = new Map<string, { lessonId: string; rubric: (typeof rubricRows)[number] }>()
  DEMO_COURSES.forEach((demo: DemoCourse, ci) => {
    const course = {
      id: randomUUID(),
      tenantId: owner,
      slug: demo.key,
      title: demo.title,
      summary: demo.summary,
      visibility: demo.visibility,
      status: 'published' as const,
      projectId: alliance?.id ?? null,
      competences: demo.competences.filter((c) => competenceByCode(c)),
      passMark: 70,
      publishedAt: new Date(ids.now.getTime() - (60 - ci) * day),
      authorId: ids.userIds.get('coordinator') ?? null,
    }
    courseRows.push(course)
    const lessonIds: string[] = []
    let quiz: {
      lessonId: string
      questions: (typeof quizQuestions.$inferInsert & { id: string })[]
    } | null = null
    let position = 0
    demo.modules.forEach((m, mi) => {
      const moduleId = randomUUID()
      moduleRows.push({
        id: moduleId,
        tenantId: owner,
        courseId: course.id,
        position: mi + 1,
        title: m.title,
      })
      for (const l of m.lessons) {
        const lessonId = randomUUID()
        lessonIds.push(lessonId)
        lessonRows.push({
          id: lessonId,
          tenantId: owner,
          courseId: course.id,
          moduleId,
          position: ++position,
          kind: l.quiz ? 'quiz' : l.assignment ? 'assignment' : 'text',
          title: l.title,
          body: l.body ?? {},
          bodyHtml: rendered(l.body),
          videoUrl: l.videoUrl ?? null,
          transcript: l.transcript ?? {},
          minutes: l.minutes,
          passMark: l.quiz?.passMark ?? null,
          maxAttempts: l.quiz?.maxAttempts ?? null,
          drawCount: l.quiz?.drawCount ?? null,
        })
        if (l.quiz) {
          const questions = l.quiz.questions.map((q, qi) => ({
            id: randomUUID(),
            tenantId: owner,
            lessonId,
            position: qi + 1,
            type: q.type,
            prompt: q.prompt,
            options: q.options ?? [],
            accepted: q.accepted ?? [],
            feedbackCorrect: q.feedbackCorrect ?? {},
            feedbackWrong: q.feedbackWrong ?? {},
            points: q.points ?? 1,
          }))
          questionRows.push(...questions)
          quiz = { lessonId, questions }
        }
        if (l.assignment) {
          const rubric = { tenantId: owner, lessonId, ...l.assignment }
          rubricRows.push(rubric)
          assignmentOf.set(demo.key, { lessonId, rubric })
        }
      }
    })
    built.set(demo.key, { course, lessonIds, quiz })
  })
  await tx.insert(courses).values(courseRows)
  await tx.insert(courseModules).values(moduleRows)
  await tx.insert(lessons).values(lessonRows)
  await tx.insert(quizQuestions).values(questionRows)
  if (rubricRows.length > 0) await tx.insert(assignmentRubrics).values(rubricRows)

  const people = new Map(ids.users.flatMap((u) => (u.id ? [[u.id, u] as const] : [])))
  // The owner's International Office grades the assignments (its head, for the coordinator's own).
  const ownerSlug = [...ids.orgIds].find(([, id]) => id === owner)?.[0]
  const grader = ids.userIds.get(`${ownerSlug}:coordinator`) ?? ids.userIds.get('coordinator')
  const head = ids.userIds.get(`${ownerSlug}:org_admin`) ?? ids.userIds.get('director')
  for (const [i, p] of PROGRESS.entries()) {
    const userId = ids.userIds.get(p.person)
    const orgId = ids.orgIds.get(p.org)
    const entry = built.get(p.course)
    if (!userId || !orgId || !entry || !SCHOOLS.includes(p.org)) continue
    const enrolledAt = new Date(ids.now.getTime() - (40 - i) * day)
    const all = p.done === 'all'
    const doneCount = all
      ? entry.lessonIds.length
      : Math.min(p.done as number, entry.lessonIds.length)
    const completedAt = all ? new Date(enrolledAt.getTime() + 9 * day) : null
    const [enrolment] = await tx
      .insert(enrolments)
      .values({
        tenantId: owner,
        courseId: entry.course.id,
        userId,
        learnerOrgId: orgId,
        source: i % 3 === 0 ? 'coordinator' : 'self',
        status: all ? 'completed' : 'active',
        contentLocale: p.locale,
        enrolledAt,
        completedAt,
      })
      .returning()
    const done = entry.lessonIds.slice(0, doneCount)
    // When a lesson was done, as its completion row says: a day per lesson after enrolling.
    const doneAt = (lessonId: string) =>
      new Date(enrolledAt.getTime() + (entry.lessonIds.indexOf(lessonId) + 1) * day)
    if (done.length > 0) {
      await tx.insert(lessonCompletions).values(
        done.map((lessonId, k) => ({
          tenantId: owner,
          enrolmentId: enrolment!.id,
          lessonId,
          completedAt: new Date(enrolledAt.getTime() + (k + 1) * day),
        })),
      )
    }
    if (entry.quiz && done.includes(entry.quiz.lessonId)) {
      const questions = entry.quiz.questions
      const answers = Object.fromEntries(questions.map((q) => [q.id, rightAnswer(q)]))
      const grade = gradeAttempt(
        questions.map((q) => ({
          id: q.id,
          type: q.type,
          options: q.options ?? [],
          accepted: q.accepted ?? [],
          points: q.points ?? 1,
        })),
        answers,
        70,
      )
      await tx.insert(quizAttempts).values({
        tenantId: owner,
        enrolmentId: enrolment!.id,
        lessonId: entry.quiz.lessonId,
        number: 1,
        questionIds: questions.map((q) => q.id),
        answers,
        graded: grade.graded,
        score: grade.score,
        maxScore: grade.maxScore,
        percent: grade.percent,
        passed: grade.passed,
        startedAt: new Date(doneAt(entry.quiz.lessonId).getTime() - 3_600_000),
        submittedAt: doneAt(entry.quiz.lessonId),
      })
    }
    const assignment = assignmentOf.get(p.course)
    if (assignment) {
      const accepted = done.includes(assignment.lessonId)
      const rows = demoSubmissions({
        tenantId: owner,
        enrolmentId: enrolment!.id,
        lessonId: assignment.lessonId,
        criteria: assignment.rubric.criteria ?? [],
        locale: p.locale,
        state: accepted
          ? 'accepted'
          : DEMO_REVISING.has(`${p.person}|${p.course}`)
            ? 'revising'
            : null,
        at: accepted ? doneAt(assignment.lessonId) : new Date(ids.now.getTime() - day),
        graderId: grader === userId ? (head ?? null) : (grader ?? null),
        render: (markdown) => renderMarkdown(markdown).html,
      })
      if (rows.length > 0) await tx.insert(assignmentSubmissions).values(rows)
    }
    if (all) {
      const person = people.get(userId)
      await issueCredential(tx, {
        tenantId: owner,
        kind: 'course',
        sourceId: enrolment!.id,
        recipientUserId: userId,
        recipientName: person?.displayName ?? p.person,
        recipientEmail: person?.email ?? null,
        locale: p.locale,
        achievement: courseAchievement(
          {
            title: entry.course.title ?? {},
            summary: entry.course.summary ?? {},
            competences: entry.course.competences ?? [],
            passMark: entry.course.passMark ?? 70,
          },
          await describeCompetences({ db: tx }, entry.course.competences ?? []),
          ids.baseUrl,
        ),
        issuedAt: completedAt!,
      })
    }
  }
  await loadScormDemo(tx, ids)
}
