import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { registerAssignmentApi } from './api-assignments.ts'
import { registerCohortApi } from './api-cohorts.ts'
import { registerScormApi } from './api-scorm.ts'
import { registerTransferApi } from './api-transfer.ts'
import { ZAnswers } from './inputs.ts'
import {
  COURSE_STATUSES,
  COURSE_VISIBILITIES,
  ENROLMENT_STATUSES,
  LESSON_KINDS,
  QUESTION_TYPES,
} from './schema.ts'
import { listCatalogue, loadCourse } from './service/courses.ts'
import {
  doneLessonIds,
  type Enrolment,
  enrolmentById,
  enrolSelf,
  listMyCourses,
  markLessonDone,
  myEnrolment,
} from './service/enrolment.ts'
import { getOutline } from './service/outline.ts'
import { type Attempt, getAttempt, startAttempt, submitAttempt } from './service/quiz.ts'
import { courseReport } from './service/reports.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZCourseSummary = z
  .object({
    id: z.uuid(),
    title: ZText,
    summary: ZText,
    organisationId: z.uuid(),
    visibility: z.enum(COURSE_VISIBILITIES),
    competences: z.array(z.string()),
    lessonCount: z.number(),
    minutes: z.number(),
  })
  .meta({ id: 'CourseSummary' })

const ZEnrolment = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    status: z.enum(ENROLMENT_STATUSES),
    contentLocale: z.string().nullable(),
    enrolledAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'Enrolment' })

const ZCourse = z
  .object({
    id: z.uuid(),
    title: ZText,
    summary: ZText,
    organisationId: z.uuid(),
    status: z.enum(COURSE_STATUSES),
    visibility: z.enum(COURSE_VISIBILITIES),
    passMark: z.number(),
    competences: z.array(z.string()),
    prerequisiteIds: z
      .array(z.uuid())
      .meta({ description: 'Courses to complete before enrolling oneself' }),
    canEdit: z.boolean(),
    enrolment: ZEnrolment.nullable(),
    modules: z.array(
      z.object({
        id: z.uuid(),
        title: ZText,
        lessons: z.array(
          z.object({
            id: z.uuid(),
            kind: z.enum(LESSON_KINDS),
            title: ZText,
            minutes: z.number(),
            releaseOn: z.string().nullable(),
            done: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Course' })

const ZAttempt = z
  .object({
    id: z.uuid(),
    lessonId: z.uuid(),
    number: z.number(),
    submittedAt: z.string().nullable(),
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
    percent: z.number().nullable(),
    passed: z.boolean().nullable(),
    courseCompleted: z.boolean().optional(),
    questions: z.array(
      z.object({
        id: z.uuid(),
        type: z.enum(QUESTION_TYPES),
        prompt: ZText,
        points: z.number(),
        options: z.array(z.object({ key: z.string(), text: ZText, match: ZText.optional() })),
        correct: z.boolean().optional().meta({ description: 'After submission only' }),
      }),
    ),
  })
  .meta({ id: 'QuizAttempt' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not take courses here'),
}
const notFound = { 404: errorResponse('No such course, lesson or attempt for this person') }
const refused = {
  409: errorResponse('Refused in this state (already submitted, no attempts left, not enrolled…)'),
  422: errorResponse('Refused in this state (not enrolled, not yet open, no attempts left)'),
}

function enrolmentJson(e: Enrolment) {
  return {
    id: e.id,
    courseId: e.courseId,
    status: e.status,
    contentLocale: e.contentLocale,
    enrolledAt: e.enrolledAt.toISOString(),
    completedAt: e.completedAt?.toISOString() ?? null,
  }
}

type AttemptFound = Awaited<ReturnType<typeof getAttempt>>

function attemptJson(attempt: Attempt, questions: AttemptFound['questions'], completed?: boolean) {
  const graded = new Map(attempt.graded.map((g) => [g.questionId, g]))
  const submitted = attempt.submittedAt !== null
  return {
    id: attempt.id,
    lessonId: attempt.lessonId,
    number: attempt.number,
    submittedAt: attempt.submittedAt?.toISOString() ?? null,
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: attempt.percent,
    passed: attempt.passed,
    ...(completed === undefined ? {} : { courseCompleted: completed }),
    // Never which choice is right: only, after submission, whether each answer was.
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: text(q.prompt),
      points: q.points,
      options: q.options.map((o) => ({
        key: o.key,
        text: text(o.text),
        ...(q.type === 'matching' ? { match: text(o.match ?? {}) } : {}),
      })),
      ...(submitted ? { correct: graded.get(q.id)?.correct ?? false } : {}),
    })),
  }
}

const listRoute = createRoute({
  operationId: 'listCourses',
  method: 'get',
  path: '/v1/learning/courses',
  tags: ['Learning'],
  summary:
    'The courses the person may join: their organisation’s, their consortia’s, the public ones',
  security: [{ bearer: [] }],
  request: { query: z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() }) },
  responses: {
    200: {
      description: 'A page of courses',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ZCourseSummary),
            page: z.number(),
            pageCount: z.number(),
            total: z.number(),
          }),
        },
      },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getCourse',
  method: 'get',
  path: '/v1/learning/courses/{id}',
  tags: ['Learning'],
  summary:
    'A course with its outline and the person’s progress (another school’s private one: not found)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The course', content: { 'application/json': { schema: ZCourse } } },
    ...common,
    ...notFound,
  },
})

const enrolRoute = createRoute({
  operationId: 'enrolInCourse',
  method: 'post',
  path: '/v1/learning/courses/{id}/enrolment',
  tags: ['Learning'],
  summary: 'Enrols the token’s person in the course (a second call returns the same enrolment)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The enrolment', content: { 'application/json': { schema: ZEnrolment } } },
    ...common,
    ...notFound,
    ...refused,
  },
})

const mineRoute = createRoute({
  operationId: 'listMyEnrolments',
  method: 'get',
  path: '/v1/learning/enrolments',
  tags: ['Learning'],
  summary: 'The person’s courses with progress and certificate codes',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The enrolments',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(
              ZEnrolment.extend({
                title: ZText,
                percent: z.number(),
                credentialCode: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    ...common,
  },
})

const completeRoute = createRoute({
  operationId: 'completeLesson',
  method: 'post',
  path: '/v1/learning/lessons/{id}/completion',
  tags: ['Learning'],
  summary: 'Marks a text lesson done (a quiz is done when an attempt passes it)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'Done; whether the course is now completed',
      content: { 'application/json': { schema: z.object({ courseCompleted: z.boolean() }) } },
    },
    ...common,
    ...notFound,
    ...refused,
  },
})

const startRoute = createRoute({
  operationId: 'startQuizAttempt',
  method: 'post',
  path: '/v1/learning/lessons/{id}/attempts',
  tags: ['Learning'],
  summary: 'Starts an attempt at a quiz (or returns the one still open) with its drawn questions',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The attempt', content: { 'application/json': { schema: ZAttempt } } },
    ...common,
    ...notFound,
    ...refused,
  },
})

const getAttemptRoute = createRoute({
  operationId: 'getQuizAttempt',
  method: 'get',
  path: '/v1/learning/attempts/{id}',
  tags: ['Learning'],
  summary: 'One of the person’s attempts (someone else’s: not found)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The attempt', content: { 'application/json': { schema: ZAttempt } } },
    ...common,
    ...notFound,
  },
})

const submitRoute = createRoute({
  operationId: 'submitQuizAttempt',
  method: 'post',
  path: '/v1/learning/attempts/{id}',
  tags: ['Learning'],
  summary: 'Submits the answers once; graded on the server',
  description:
    'Answers by question id: `choices` (option keys) for single, multiple and true/false questions, `text` for a short answer, `pairs` (left key → right key) for matching.',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    params: ZId,
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ answers: ZAnswers }) } },
    },
  },
  responses: {
    200: {
      description: 'The graded attempt',
      content: { 'application/json': { schema: ZAttempt } },
    },
    400: errorResponse('Malformed answers'),
    ...common,
    ...notFound,
    ...refused,
  },
})

const reportRoute = createRoute({
  operationId: 'getCourseReport',
  method: 'get',
  path: '/v1/learning/courses/{id}/report',
  tags: ['Learning'],
  summary: 'Enrolled, in progress, completed, average score, and each person’s progress',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The report',
      content: {
        'application/json': {
          schema: z.object({
            enrolled: z.number(),
            notStarted: z.number(),
            inProgress: z.number(),
            completed: z.number(),
            averageScore: z.number().nullable(),
            minutes: z.number(),
            rows: z.array(
              z.object({
                userId: z.uuid(),
                name: z.string(),
                organisationId: z.uuid(),
                status: z.string(),
                percent: z.number(),
                bestPercent: z.number().nullable(),
                completedAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    ...common,
    ...notFound,
  },
})

/** Adds `/v1/learning…` to the JSON API, with the permissions of the learning pages. */
export function registerLearningApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const result = await listCatalogue(c.var.ctx, { page: c.req.valid('query').page ?? 1 })
    return c.json(
      {
        data: result.items.map((r) => ({
          id: r.id,
          title: text(r.title),
          summary: text(r.summary),
          organisationId: r.tenantId,
          visibility: r.visibility,
          competences: r.competences,
          lessonCount: r.lessonCount,
          minutes: r.minutes,
        })),
        page: result.page,
        pageCount: result.pageCount,
        total: result.total,
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const { course, role, enrolmentId } = await loadCourse(c.var.ctx, c.req.valid('param').id)
    const [outline, enrolment, done] = await Promise.all([
      getOutline(c.var.ctx, course),
      enrolmentId ? enrolmentById(c.var.ctx.db, enrolmentId) : Promise.resolve(null),
      enrolmentId ? doneLessonIds(c.var.ctx.db, enrolmentId) : Promise.resolve(new Set<string>()),
    ])
    return c.json(
      {
        id: course.id,
        title: text(course.title),
        summary: text(course.summary),
        organisationId: course.tenantId,
        status: course.status,
        visibility: course.visibility,
        passMark: course.passMark,
        competences: course.competences,
        prerequisiteIds: course.prerequisiteIds,
        canEdit: role === 'author',
        enrolment: enrolment ? enrolmentJson(enrolment) : null,
        modules: outline.modules.map((m) => ({
          id: m.id,
          title: text(m.title),
          lessons: m.lessons.map((l) => ({
            id: l.id,
            kind: l.kind,
            title: text(l.title),
            minutes: l.minutes,
            releaseOn: l.releaseOn,
            done: done.has(l.id),
          })),
        })),
      },
      200,
    )
  })
  api.openapi(enrolRoute, async (c) => {
    const enrolment = await enrolSelf(c.var.ctx, c.req.valid('param').id)
    return c.json(enrolmentJson(enrolment), 200)
  })
  api.openapi(mineRoute, async (c) => {
    const mine = await listMyCourses(c.var.ctx)
    return c.json(
      {
        data: mine.map((m) => ({
          ...enrolmentJson(m.enrolment),
          title: text(m.course.title),
          percent: m.percent,
          credentialCode: m.credential?.code ?? null,
        })),
      },
      200,
    )
  })
  api.openapi(completeRoute, async (c) => {
    const result = await markLessonDone(c.var.ctx, c.req.valid('param').id)
    return c.json({ courseCompleted: result.completed }, 200)
  })
  api.openapi(startRoute, async (c) => {
    const attempt = await startAttempt(c.var.ctx, c.req.valid('param').id)
    const found = await getAttempt(c.var.ctx, attempt.id)
    return c.json(attemptJson(found.attempt, found.questions), 200)
  })
  api.openapi(getAttemptRoute, async (c) => {
    const found = await getAttempt(c.var.ctx, c.req.valid('param').id)
    return c.json(attemptJson(found.attempt, found.questions), 200)
  })
  api.openapi(submitRoute, async (c) => {
    const result = await submitAttempt(
      c.var.ctx,
      c.req.valid('param').id,
      c.req.valid('json').answers,
    )
    return c.json(attemptJson(result.attempt, result.questions, result.completed), 200)
  })
  api.openapi(reportRoute, async (c) => {
    const report = await courseReport(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        ...report,
        rows: report.rows.map((r) => ({
          userId: r.userId,
          name: r.name,
          organisationId: r.organisationId,
          status: r.status,
          percent: r.percent,
          bestPercent: r.bestPercent,
          completedAt: r.completedAt?.toISOString() ?? null,
        })),
      },
      200,
    )
  })
  registerCohortApi(api)
  registerAssignmentApi(api)
  registerScormApi(api)
  registerTransferApi(api)
}
