import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { ZListProjects } from './inputs.ts'
import { PARTNER_ROLES, PROJECT_STATUSES, TASK_STATUSES } from './schema.ts'
import { getProjectOverview } from './service/overview.ts'
import { listProjectsFor } from './service/portfolio.ts'
import { listTasks } from './service/work.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const ZDate = z.string().nullable().meta({ description: 'YYYY-MM-DD' })
const ZAmount = z.string().nullable().meta({ description: 'Exact decimal, e.g. "399542.28"' })

const ZProjectSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    acronym: z.string(),
    title: ZText,
    programme: z.string(),
    action: z.string(),
    grantNumber: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    startDate: ZDate,
    endDate: ZDate,
    currency: z.string(),
    totalBudget: ZAmount,
    isPublic: z.boolean(),
    ourRole: z.enum(PARTNER_ROLES),
  })
  .meta({ id: 'ProjectSummary' })

const ZProjectList = z.object({
  data: z.array(ZProjectSummary),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
})

const ZProjectJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    acronym: z.string(),
    title: ZText,
    summary: ZText,
    programme: z.string(),
    action: z.string(),
    referenceNumber: z.string().nullable(),
    grantNumber: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    startDate: ZDate,
    endDate: ZDate,
    currency: z.string(),
    totalBudget: ZAmount,
    isPublic: z.boolean(),
    website: z.string().nullable(),
    ourRole: z.enum(PARTNER_ROLES),
    partners: z.array(
      z.object({
        organisationId: z.uuid(),
        name: ZText,
        country: z.string(),
        role: z.enum(PARTNER_ROLES),
        budgetShare: ZAmount,
      }),
    ),
    workPackages: z.array(
      z.object({
        id: z.uuid(),
        code: z.string(),
        title: ZText,
        leadOrganisationId: z.uuid().nullable(),
        startDate: ZDate,
        endDate: ZDate,
        isLumpSum: z.boolean(),
        lumpSumAmount: ZAmount,
        completionPercent: z.number(),
      }),
    ),
  })
  .meta({ id: 'Project' })

const ZTaskJson = z
  .object({
    id: z.uuid(),
    title: z.string(),
    workPackageId: z.uuid().nullable(),
    ownerOrganisationId: z.uuid(),
    dueDate: ZDate,
    status: z.enum(TASK_STATUSES),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'Task' })

const ZIdParam = z.object({
  id: z.string().meta({ param: { name: 'id', in: 'path' }, example: 'a uuid' }),
})
const ZPageQuery = z.object({ page: z.string().optional() })
const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not work on projects'),
}

const listRoute = createRoute({
  operationId: 'listProjects',
  method: 'get',
  path: '/v1/projects',
  tags: ['Projects'],
  summary: 'The projects the token’s organisation belongs to',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      q: z.string().optional(),
      status: z.string().optional(),
      programme: z.string().optional(),
      role: z.string().optional(),
      page: z.string().optional(),
    }),
  },
  responses: {
    200: {
      description: 'A page of projects',
      content: { 'application/json': { schema: ZProjectList } },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getProject',
  method: 'get',
  path: '/v1/projects/{id}',
  tags: ['Projects'],
  summary: 'One project with its consortium and work packages (another consortium’s: not found)',
  security: [{ bearer: [] }],
  request: { params: ZIdParam },
  responses: {
    200: { description: 'The project', content: { 'application/json': { schema: ZProjectJson } } },
    ...common,
    404: errorResponse('Not found'),
  },
})

const tasksRoute = createRoute({
  operationId: 'listProjectTasks',
  method: 'get',
  path: '/v1/projects/{id}/tasks',
  tags: ['Projects'],
  summary: 'A project’s tasks, open ones first by due date, 50 a page',
  security: [{ bearer: [] }],
  request: { params: ZIdParam, query: ZPageQuery },
  responses: {
    200: {
      description: 'A page of tasks',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ZTaskJson),
            page: z.number(),
            pageSize: z.number(),
            total: z.number(),
          }),
        },
      },
    },
    ...common,
    404: errorResponse('Not found'),
  },
})

/** Adds `/v1/projects…` to the JSON API, with the same consortium rules as the pages. */
export function registerProjectApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const query = ZListProjects.parse(c.req.valid('query'))
    const result = await listProjectsFor(c.var.ctx, query)
    return c.json(
      {
        data: result.rows.map((p) => ({
          id: p.id,
          slug: p.slug,
          acronym: p.acronym,
          title: p.title as Record<string, string>,
          programme: p.programme,
          action: p.action,
          grantNumber: p.grantNumber,
          status: p.status,
          startDate: p.startDate,
          endDate: p.endDate,
          currency: p.currency,
          totalBudget: p.totalBudget,
          isPublic: p.isPublic,
          ourRole: p.myRole,
        })),
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const o = await getProjectOverview(c.var.ctx, c.req.valid('param').id)
    const p = o.project
    return c.json(
      {
        id: p.id,
        slug: p.slug,
        acronym: p.acronym,
        title: p.title as Record<string, string>,
        summary: p.summary as Record<string, string>,
        programme: p.programme,
        action: p.action,
        referenceNumber: p.referenceNumber,
        grantNumber: p.grantNumber,
        status: p.status,
        startDate: p.startDate,
        endDate: p.endDate,
        currency: p.currency,
        totalBudget: p.totalBudget,
        isPublic: p.isPublic,
        website: p.website,
        ourRole: o.access.partnerRole,
        partners: o.partners.map((x) => ({
          organisationId: x.organisationId,
          name: x.name as Record<string, string>,
          country: x.country,
          role: x.role,
          budgetShare: x.budgetShare,
        })),
        workPackages: o.workPackages.map((w) => ({
          id: w.id,
          code: w.code,
          title: w.title as Record<string, string>,
          leadOrganisationId: w.leadOrganisationId,
          startDate: w.startDate,
          endDate: w.endDate,
          isLumpSum: w.isLumpSum,
          lumpSumAmount: w.lumpSumAmount,
          completionPercent: w.completionPercent,
        })),
      },
      200,
    )
  })
  api.openapi(tasksRoute, async (c) => {
    const page = Math.max(1, Math.min(10_000, Number(c.req.valid('query').page) || 1))
    const result = await listTasks(c.var.ctx, c.req.valid('param').id, { page })
    return c.json(
      {
        data: result.rows.map(({ task }) => ({
          id: task.id,
          title: task.title,
          workPackageId: task.workPackageId,
          ownerOrganisationId: task.ownerOrganisationId,
          dueDate: task.dueDate,
          status: task.status,
          completedAt: task.completedAt?.toISOString() ?? null,
        })),
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
      },
      200,
    )
  })
  return api
}
