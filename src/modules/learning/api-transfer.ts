import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { zipResponse } from './routes-transfer.tsx'
import { requireAuthor } from './service/courses.ts'
import { exportCoursePackage, importCourse } from './service/transfer.ts'
import { E, packageProblem } from './transfer-format.ts'
import { MAX_PACKAGE_BYTES, readCoursePackage } from './transfer-zip.ts'

const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })
const ZPackage = z
  .string()
  .meta({ format: 'binary', description: 'A course package: a zip with course.json' })

const exportRoute = createRoute({
  operationId: 'exportCourse',
  method: 'get',
  path: '/v1/learning/courses/{id}/export',
  tags: ['Learning'],
  summary: 'The course as a package (zip with course.json) for another Ura, for its authors',
  description:
    'The format is documented in docs/course-export.md. No enrolments, attempts, submissions or people are in it.',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The package', content: { 'application/zip': { schema: ZPackage } } },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not write this course'),
    404: errorResponse('No such course for this organisation'),
  },
})

const importRoute = createRoute({
  operationId: 'importCourse',
  method: 'post',
  path: '/v1/learning/courses/import',
  tags: ['Learning'],
  summary: 'Creates a private draft course from a package exported by Ura',
  description:
    'The body is the zip itself (`Content-Type: application/zip`, at most 50 MB). Prerequisites not readable here and competences not known here are dropped and listed in the answer.',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    body: { required: true, content: { 'application/zip': { schema: ZPackage } } },
  },
  responses: {
    201: {
      description: 'The new course, and what was left out',
      content: {
        'application/json': {
          schema: z.object({
            id: z.uuid(),
            slug: z.string(),
            status: z.literal('draft'),
            dropped: z.object({
              prerequisites: z.array(z.string()).meta({ description: 'Course slugs' }),
              competences: z.array(z.string()).meta({ description: 'Competence codes' }),
            }),
            skipped: z.number().meta({ description: 'Lessons the package itself left out' }),
          }),
        },
      },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not write courses'),
    422: errorResponse(
      'Not a zip, a damaged or oversized one, or course.json not in the format; `fields` names the path',
    ),
  },
})

/** Adds the course package export and import to the JSON API, with the pages' permissions. */
export function registerTransferApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(exportRoute, async (c) =>
    zipResponse(c, await exportCoursePackage(c.var.ctx, c.req.valid('param').id)),
  )
  api.openapi(importRoute, async (c) => {
    requireAuthor(c.var.ctx)
    if (Number(c.req.header('content-length') ?? 0) > MAX_PACKAGE_BYTES) {
      throw packageProblem(E.tooLarge)
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const result = await importCourse(c.var.ctx, readCoursePackage(bytes))
    return c.json(
      {
        id: result.course.id,
        slug: result.course.slug,
        status: 'draft' as const,
        dropped: result.dropped,
        skipped: result.skipped,
      },
      201,
    )
  })
}
