import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { listGrantTotals, type Totals } from './totals.ts'

const ZEuro = z.string().meta({ description: 'Exact decimal in euro, e.g. "1234.50"' })
const ZTotals = z.object({
  mobilities: z.number(),
  travel: ZEuro,
  organisationalSupport: ZEuro,
  individualSupportMin: ZEuro,
  individualSupportMax: ZEuro,
  inclusionSupport: ZEuro,
  courseFees: ZEuro,
  linguisticSupport: ZEuro,
  exceptionalCosts: ZEuro,
  totalMin: ZEuro,
  totalMax: ZEuro,
})

const ZGrantTotals = z
  .object({
    byProject: z.array(
      ZTotals.extend({
        projectId: z.uuid().nullable(),
        acronym: z.string().nullable(),
        withoutGrant: z.number().meta({ description: 'Counted mobilities without a grant yet' }),
      }),
    ),
    byCall: z.array(
      ZTotals.extend({
        callId: z.uuid().nullable(),
        title: z.record(z.string(), z.string()).nullable(),
      }),
    ),
  })
  .meta({ id: 'GrantTotals' })

const totalsRoute = createRoute({
  operationId: 'getGrantTotals',
  method: 'get',
  path: '/v1/reports/grant-totals',
  tags: ['Reports'],
  summary: 'The organisation’s Erasmus+ grant per project and per call (the totals page’s figures)',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The totals', content: { 'application/json': { schema: ZGrantTotals } } },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not see reports'),
  },
})

const totals = (t: Totals) => ({
  mobilities: t.mobilities,
  travel: t.travel,
  organisationalSupport: t.organisationalSupport,
  individualSupportMin: t.individualSupportMin,
  individualSupportMax: t.individualSupportMax,
  inclusionSupport: t.inclusionSupport,
  courseFees: t.courseFees,
  linguisticSupport: t.linguisticSupport,
  exceptionalCosts: t.exceptionalCosts,
  totalMin: t.totalMin,
  totalMax: t.totalMax,
})

/** Adds `/v1/reports/grant-totals` to the JSON API, with the reports pages' permission. */
export function registerReportsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(totalsRoute, async (c) => {
    const result = await listGrantTotals(c.var.ctx)
    return c.json(
      {
        byProject: result.byProject.map((p) => ({
          ...totals(p),
          projectId: p.projectId,
          acronym: p.acronym,
          withoutGrant: p.withoutGrant,
        })),
        byCall: result.byCall.map((k) => ({
          ...totals(k),
          callId: k.callId,
          title: k.title as Record<string, string> | null,
        })),
      },
      200,
    )
  })
}
