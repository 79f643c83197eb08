import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { toNumeric } from './money.ts'
import { COST_CATEGORIES } from './schema.ts'
import { type Figures, getBudgetSummary } from './summary.ts'

const ZAmount = z
  .string()
  .meta({ description: 'Exact decimal in the project’s currency, e.g. "1234.50"' })
const ZFigures = z.object({ planned: ZAmount, actual: ZAmount, earned: ZAmount })
const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })

const ZBudgetJson = z
  .object({
    projectId: z.uuid(),
    currency: z.string(),
    isConsortium: z.boolean().meta({
      description: 'True when the figures cover the whole consortium (the coordinator’s managers)',
    }),
    total: ZFigures,
    partners: z.array(
      ZFigures.extend({
        organisationId: z.uuid(),
        name: ZText,
        role: z.string(),
        waiting: z.number().meta({ description: 'Entries waiting for the coordinator’s review' }),
      }),
    ),
    workPackages: z.array(ZFigures.extend({ workPackageId: z.uuid(), code: z.string() })),
    categories: z.array(ZFigures.extend({ category: z.enum(COST_CATEGORIES) })),
  })
  .meta({ id: 'BudgetSummary' })

const figures = (f: Figures) => ({
  planned: toNumeric(f.planned),
  actual: toNumeric(f.actual),
  earned: toNumeric(f.earned),
})

const summaryRoute = createRoute({
  operationId: 'getProjectBudget',
  method: 'get',
  path: '/v1/projects/{id}/budget',
  tags: ['Budgets'],
  summary:
    'Planned against actual per partner, work package and category (the budget page’s figures)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The budget', content: { 'application/json': { schema: ZBudgetJson } } },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not see budgets'),
    404: errorResponse('Not found (also another consortium’s project)'),
  },
})

/** Adds `/v1/projects/{id}/budget` to the JSON API: the same figures and rules as the page. */
export function registerBudgetsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(summaryRoute, async (c) => {
    const s = await getBudgetSummary(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        projectId: s.project.id,
        currency: s.project.currency,
        isConsortium: s.isConsortium,
        total: figures(s.total),
        partners: s.partners.map((p) => ({
          ...figures(p),
          organisationId: p.organisationId,
          name: p.name as Record<string, string>,
          role: p.role,
          waiting: p.waiting,
        })),
        workPackages: s.workPackages.map((w) => ({
          ...figures(w),
          workPackageId: w.workPackage.id,
          code: w.workPackage.code,
        })),
        categories: s.categories.map((k) => ({ ...figures(k), category: k.category })),
      },
      200,
    )
  })
}
