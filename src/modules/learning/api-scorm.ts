import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { notFound } from '#src/lib/errors.ts'
import { SCORM_VERSIONS } from './schema.ts'
import { doneLessonIds } from './service/enrolment.ts'
import { loadLesson } from './service/outline.ts'
import { scormForLesson } from './service/scorm.ts'

const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZScormState = z
  .object({
    package: z
      .object({
        id: z.uuid(),
        version: z.enum(SCORM_VERSIONS),
        title: z.string().nullable(),
        launchPath: z.string().meta({ description: 'The launched file inside the package' }),
        fileCount: z.number(),
        totalBytes: z.number(),
        uploadedAt: z.string(),
      })
      .nullable()
      .meta({ description: 'Null until an author uploads one' }),
    attempt: z
      .object({
        lessonStatus: z.string().nullable().meta({
          description: 'SCORM 1.2 cmi.core.lesson_status, or 2004 cmi.completion_status',
        }),
        successStatus: z.string().nullable(),
        scoreRaw: z.number().nullable(),
        scoreScaled: z.number().nullable().meta({ description: 'From 0 to 1 (2004: −1 to 1)' }),
        totalTime: z.string().nullable(),
        cmi: z
          .record(z.string(), z.unknown())
          .meta({ description: 'As the package last committed it' }),
        updatedAt: z.string(),
      })
      .nullable()
      .meta({ description: 'The person’s own; null before the first commit or when not enrolled' }),
    done: z.boolean(),
  })
  .meta({ id: 'ScormState' })

const stateRoute = createRoute({
  operationId: 'getMyScormState',
  method: 'get',
  path: '/v1/learning/lessons/{id}/scorm',
  tags: ['Learning'],
  summary: 'A SCORM lesson’s package and the person’s own run-time data, statuses and score',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The package and the attempt',
      content: { 'application/json': { schema: ZScormState } },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not take courses here'),
    404: errorResponse('No such SCORM lesson for this person'),
  },
})

/** Adds the SCORM state to `/v1/learning` (the package itself plays on the lesson page). */
export function registerScormApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(stateRoute, async (c) => {
    const found = await loadLesson(c.var.ctx, c.req.valid('param').id)
    if (found.lesson.kind !== 'scorm') throw notFound()
    const [view, done] = await Promise.all([
      scormForLesson(c.var.ctx, found),
      found.enrolmentId ? doneLessonIds(c.var.ctx.db, found.enrolmentId) : new Set<string>(),
    ])
    const { package: pkg, attempt } = view
    return c.json(
      {
        package: pkg && {
          id: pkg.id,
          version: pkg.version,
          title: pkg.title,
          launchPath: pkg.launchPath,
          fileCount: pkg.fileCount,
          totalBytes: pkg.totalBytes,
          uploadedAt: pkg.createdAt.toISOString(),
        },
        attempt: attempt && {
          lessonStatus: attempt.lessonStatus,
          successStatus: attempt.successStatus,
          scoreRaw: attempt.scoreRaw,
          scoreScaled: attempt.scoreScaled,
          totalTime: attempt.totalTime,
          cmi: attempt.cmi,
          updatedAt: attempt.updatedAt.toISOString(),
        },
        done: done.has(found.lesson.id),
      },
      200,
    )
  })
}
