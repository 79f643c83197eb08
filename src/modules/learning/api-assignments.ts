import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { MAX_FILE_BYTES } from '../documents/index.ts'
import { ZGrade, ZSubmission } from './inputs.ts'
import { PASS_UNITS, SUBMISSION_STATUSES } from './schema.ts'
import {
  getSubmission,
  gradeSubmission,
  isQueueFilter,
  listSubmissionQueue,
  mySubmissions,
  QUEUE_FILTERS,
  type Rubric,
  type Submission,
  type SubmittedFile,
  submitAssignment,
} from './service/assignments.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZRubricJson = z
  .object({
    criteria: z.array(
      z.object({
        key: z.string(),
        name: ZText,
        description: ZText,
        levels: z.array(z.object({ key: z.string(), label: ZText, points: z.number() })),
      }),
    ),
    passThreshold: z.number(),
    passUnit: z.enum(PASS_UNITS),
  })
  .meta({ id: 'AssignmentRubric' })

const ZSubmissionJson = z
  .object({
    id: z.uuid(),
    lessonId: z.uuid(),
    number: z.number(),
    status: z.enum(SUBMISSION_STATUSES),
    text: z.string().meta({ description: 'The answer as written (Markdown)' }),
    submittedAt: z.string(),
    file: z
      .object({
        name: z.string(),
        contentType: z.string(),
        size: z.number().meta({ description: 'Bytes' }),
        download: z.string().meta({ description: 'The signed-in address of the file' }),
      })
      .nullable(),
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
    grades: z.array(
      z.object({
        criterionKey: z.string(),
        name: ZText,
        levelKey: z.string(),
        label: ZText,
        points: z.number(),
        maxPoints: z.number(),
      }),
    ),
    comment: z.string(),
    commentLang: z.string().nullable(),
    gradedAt: z.string().nullable(),
    courseCompleted: z.boolean().optional(),
  })
  .meta({ id: 'AssignmentSubmission' })

const ZSubmissionDetail = ZSubmissionJson.extend({
  learner: z.object({ userId: z.uuid(), name: z.string() }),
  rubric: ZRubricJson.nullable(),
}).meta({ id: 'AssignmentSubmissionDetail' })

const ZQueueRow = z
  .object({
    id: z.uuid(),
    lessonId: z.uuid(),
    lessonTitle: ZText,
    number: z.number(),
    status: z.enum(SUBMISSION_STATUSES),
    submittedAt: z.string(),
    gradedAt: z.string().nullable(),
    score: z.number().nullable(),
    maxScore: z.number().nullable(),
    hasFile: z.boolean(),
    learner: z.object({ userId: z.uuid(), name: z.string() }),
  })
  .meta({ id: 'AssignmentSubmissionSummary' })

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

const ZSubmitBody = ZSubmission.extend({
  file: z
    .object({
      name: z.string().min(1).max(300),
      base64: z
        .string()
        .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4)
        .regex(BASE64, 'common:validation.format'),
    })
    .optional()
    .meta({
      description:
        'An optional file, base64-encoded: PDF, Word, Excel, PowerPoint, OpenDocument, PNG or JPEG, at most 20 MB (and the whole request at most 25 MB).',
    }),
})

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role may not do this (a learner grades nothing)'),
}
const notFound = {
  404: errorResponse('No such lesson, course or submission for this person (another school’s)'),
}
const refused = {
  409: errorResponse('Refused in this state (waiting for a grade, already accepted or graded…)'),
  422: errorResponse('Refused input (an empty answer, a file of the wrong type, a missing level…)'),
}

function fileOf(body: z.infer<typeof ZSubmitBody>): SubmittedFile | null {
  if (!body.file) return null
  return { name: body.file.name, bytes: new Uint8Array(Buffer.from(body.file.base64, 'base64')) }
}

function rubricJson(r: Rubric) {
  return {
    criteria: r.criteria.map((c) => ({
      key: c.key,
      name: text(c.name),
      description: text(c.description),
      levels: c.levels.map((l) => ({ key: l.key, label: text(l.label), points: l.points })),
    })),
    passThreshold: r.passThreshold,
    passUnit: r.passUnit,
  }
}

function submissionJson(s: Submission, completed?: boolean) {
  return {
    id: s.id,
    lessonId: s.lessonId,
    number: s.number,
    status: s.status,
    text: s.body,
    submittedAt: s.submittedAt.toISOString(),
    file: s.fileKey
      ? {
          name: s.fileName ?? 'file',
          contentType: s.fileType ?? 'application/octet-stream',
          size: s.fileSize ?? 0,
          download: `/app/learning/submissions/${s.id}/file`,
        }
      : null,
    score: s.score,
    maxScore: s.maxScore,
    grades: s.grades.map((g) => ({ ...g, name: text(g.name), label: text(g.label) })),
    comment: s.comment,
    commentLang: s.commentLang,
    gradedAt: s.gradedAt?.toISOString() ?? null,
    ...(completed === undefined ? {} : { courseCompleted: completed }),
  }
}

const submitRoute = createRoute({
  operationId: 'submitAssignment',
  method: 'post',
  path: '/v1/learning/lessons/{id}/submissions',
  tags: ['Learning'],
  summary: 'Hands in the person’s work on an assignment (again only after a request for revision)',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    params: ZId,
    body: { required: true, content: { 'application/json': { schema: ZSubmitBody } } },
  },
  responses: {
    200: {
      description: 'The submission, waiting for a grade',
      content: { 'application/json': { schema: ZSubmissionJson } },
    },
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    ...refused,
  },
})

const mineRoute = createRoute({
  operationId: 'listMyAssignmentSubmissions',
  method: 'get',
  path: '/v1/learning/lessons/{id}/submissions',
  tags: ['Learning'],
  summary: 'The person’s own submissions of an assignment, newest first, with their grades',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The submissions',
      content: { 'application/json': { schema: z.object({ data: z.array(ZSubmissionJson) }) } },
    },
    ...common,
    ...notFound,
  },
})

const queueRoute = createRoute({
  operationId: 'listAssignmentSubmissions',
  method: 'get',
  path: '/v1/learning/courses/{id}/submissions',
  tags: ['Learning'],
  summary: 'The submissions of a course’s assignments, for its teachers (waiting ones by default)',
  security: [{ bearer: [] }],
  request: {
    params: ZId,
    query: z.object({ status: z.enum(QUEUE_FILTERS).optional() }),
  },
  responses: {
    200: {
      description: 'The submissions and the count per status',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ZQueueRow),
            counts: z.object({
              submitted: z.number(),
              needs_revision: z.number(),
              accepted: z.number(),
            }),
          }),
        },
      },
    },
    ...common,
    ...notFound,
  },
})

const getRoute = createRoute({
  operationId: 'getAssignmentSubmission',
  method: 'get',
  path: '/v1/learning/submissions/{id}',
  tags: ['Learning'],
  summary: 'One submission with the rubric it is graded with (its author or the course’s teachers)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The submission',
      content: { 'application/json': { schema: ZSubmissionDetail } },
    },
    ...common,
    ...notFound,
  },
})

const gradeRoute = createRoute({
  operationId: 'gradeAssignmentSubmission',
  method: 'post',
  path: '/v1/learning/submissions/{id}/grade',
  tags: ['Learning'],
  summary: 'Grades a waiting submission once: a level per criterion, a comment, the decision',
  description:
    '`levels` maps each criterion key of the rubric to the key of the level chosen. Accepting needs the rubric’s threshold reached; it marks the lesson done and may complete the course (`courseCompleted`).',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    params: ZId,
    body: { required: true, content: { 'application/json': { schema: ZGrade } } },
  },
  responses: {
    200: {
      description: 'The graded submission',
      content: { 'application/json': { schema: ZSubmissionJson } },
    },
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    ...refused,
  },
})

/** Adds the assignment operations to `/v1/learning`, with the permissions of the pages. */
export function registerAssignmentApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(submitRoute, async (c) => {
    const body = c.req.valid('json')
    const file = fileOf(body)
    if (file && file.bytes.length > MAX_FILE_BYTES) {
      throw new AppError(
        'INVALID_INPUT',
        'documents:errors.tooLarge',
        {},
        {
          file: 'documents:errors.tooLarge',
        },
      )
    }
    const result = await submitAssignment(c.var.ctx, c.req.valid('param').id, {
      text: body.text,
      file,
    })
    return c.json(submissionJson(result.submission), 200)
  })
  api.openapi(mineRoute, async (c) => {
    const { submissions } = await mySubmissions(c.var.ctx, c.req.valid('param').id)
    return c.json({ data: submissions.map((s) => submissionJson(s)) }, 200)
  })
  api.openapi(queueRoute, async (c) => {
    const status = c.req.valid('query').status
    const queue = await listSubmissionQueue(
      c.var.ctx,
      c.req.valid('param').id,
      isQueueFilter(status) ? status : 'submitted',
    )
    return c.json(
      {
        data: queue.rows.map((r) => ({
          id: r.id,
          lessonId: r.lessonId,
          lessonTitle: text(r.lessonTitle),
          number: r.number,
          status: r.status,
          submittedAt: r.submittedAt.toISOString(),
          gradedAt: r.gradedAt?.toISOString() ?? null,
          score: r.score,
          maxScore: r.maxScore,
          hasFile: r.hasFile,
          learner: { userId: r.userId, name: r.learnerName },
        })),
        counts: queue.counts,
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const found = await getSubmission(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        ...submissionJson(found.submission),
        learner: { userId: found.userId, name: found.learnerName },
        rubric: found.rubric ? rubricJson(found.rubric) : null,
      },
      200,
    )
  })
  api.openapi(gradeRoute, async (c) => {
    const body = c.req.valid('json')
    const result = await gradeSubmission(c.var.ctx, c.req.valid('param').id, {
      ...body,
      // Without a language named, the comment is taken to be in the caller's language.
      commentLang: body.commentLang ?? c.var.locale,
    })
    return c.json(submissionJson(result.submission, result.completed), 200)
  })
}
