import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { ZCohort, ZOrgReportFilter } from './cohort-inputs.ts'
import { type CohortSummary, createCohort, getCohort, listCohorts } from './service/cohorts.ts'
import { organisationReport } from './service/org-report.ts'

const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZCohortJson = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    name: z.string(),
    startsOn: z.string().meta({ description: 'ISO date' }),
    endsOn: z.string().meta({ description: 'ISO date: members should complete by this day' }),
    madeByRule: z.boolean().meta({ description: 'Made by a rule (a call’s pre-departure course)' }),
    members: z.number(),
    completed: z.number(),
  })
  .meta({ id: 'Cohort' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not enrol others'),
  404: errorResponse('No such course or cohort for this organisation'),
}

const cohortJson = (c: CohortSummary) => ({
  id: c.id,
  courseId: c.courseId,
  name: c.name,
  startsOn: c.startsOn,
  endsOn: c.endsOn,
  madeByRule: c.ruleKey !== null,
  members: c.members,
  completed: c.completed,
})

const listRoute = createRoute({
  operationId: 'listCourseCohorts',
  method: 'get',
  path: '/v1/learning/courses/{id}/cohorts',
  tags: ['Learning'],
  summary: 'The organisation’s cohorts of a course, with members and completions',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The cohorts',
      content: { 'application/json': { schema: z.object({ data: z.array(ZCohortJson) }) } },
    },
    ...common,
  },
})

const createRouteDef = createRoute({
  operationId: 'createCourseCohort',
  method: 'post',
  path: '/v1/learning/courses/{id}/cohorts',
  tags: ['Learning'],
  summary: 'Makes a cohort and enrols the organisation’s people named in it',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    params: ZId,
    body: { content: { 'application/json': { schema: ZCohort } }, required: true },
  },
  responses: {
    201: {
      description: 'The cohort, and how many people were newly enrolled',
      content: {
        'application/json': { schema: ZCohortJson.extend({ newlyEnrolled: z.number() }) },
      },
    },
    ...common,
    400: errorResponse('The body does not match the schema (name, dates)'),
    422: errorResponse('People not in the organisation, or the course is a draft'),
  },
})

const getRouteDef = createRoute({
  operationId: 'getCohort',
  method: 'get',
  path: '/v1/learning/cohorts/{id}',
  tags: ['Learning'],
  summary: 'A cohort and each member’s progress',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The cohort',
      content: {
        'application/json': {
          schema: ZCohortJson.extend({
            rows: z.array(
              z.object({
                userId: z.uuid(),
                name: z.string(),
                status: z.string(),
                percent: z.number(),
                completedAt: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    ...common,
  },
})

const orgReportRoute = createRoute({
  operationId: 'getLearningOrganisationReport',
  method: 'get',
  path: '/v1/learning/reports/organisation',
  tags: ['Learning'],
  summary: 'The organisation’s training figures: staff trained in a period, per person and course',
  security: [{ bearer: [] }],
  request: { query: ZOrgReportFilter },
  responses: {
    200: {
      description: 'The report',
      content: {
        'application/json': {
          schema: z.object({
            from: z.string().nullable(),
            to: z.string().nullable(),
            projectId: z.uuid().nullable(),
            staffTrained: z.number(),
            peopleEnrolled: z.number(),
            completions: z.number(),
            minutes: z.number(),
            people: z.array(
              z.object({
                userId: z.uuid(),
                name: z.string(),
                role: z.string(),
                enrolled: z.number(),
                completed: z.number(),
                minutes: z.number(),
              }),
            ),
            courses: z.array(
              z.object({
                courseId: z.uuid(),
                title: z.record(z.string(), z.string()),
                enrolled: z.number(),
                completed: z.number(),
              }),
            ),
          }),
        },
      },
    },
    400: errorResponse('A date or project id that is not valid'),
    ...common,
  },
})

/** Adds the cohort and school-report routes to the learning API (called by registerLearningApi). */
export function registerCohortApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(orgReportRoute, async (c) => {
    const { projects: _projects, ...report } = await organisationReport(
      c.var.ctx,
      c.req.valid('query'),
    )
    return c.json(
      {
        ...report,
        courses: report.courses.map((r) => ({ ...r, title: r.title as Record<string, string> })),
      },
      200,
    )
  })
  api.openapi(listRoute, async (c) => {
    const rows = await listCohorts(c.var.ctx, c.req.valid('param').id)
    return c.json({ data: rows.map(cohortJson) }, 200)
  })
  api.openapi(createRouteDef, async (c) => {
    const { cohort, added, members } = await createCohort(
      c.var.ctx,
      c.req.valid('param').id,
      c.req.valid('json'),
    )
    return c.json(
      { ...cohortJson({ ...cohort, members, completed: 0 }), newlyEnrolled: added },
      201,
    )
  })
  api.openapi(getRouteDef, async (c) => {
    const { cohort, rows } = await getCohort(c.var.ctx, c.req.valid('param').id)
    const completed = rows.filter((r) => r.status === 'completed').length
    return c.json(
      {
        ...cohortJson({ ...cohort, members: rows.length, completed }),
        rows: rows.map((r) => ({
          userId: r.userId,
          name: r.name,
          status: r.status,
          percent: r.percent,
          completedAt: r.completedAt?.toISOString() ?? null,
        })),
      },
      200,
    )
  })
}
