import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { loadMobility } from './access.ts'
import { ZMobilityFilter } from './inputs.ts'
import { MOBILITY_STATUSES, PARTICIPANT_TYPES } from './schema.ts'
import { listMobilities } from './service/lists.ts'

const ZDate = z.string().meta({ description: 'YYYY-MM-DD' })

const ZMobilitySummary = z
  .object({
    id: z.uuid(),
    status: z.enum(MOBILITY_STATUSES),
    activityType: z.string(),
    startDate: ZDate,
    endDate: ZDate,
    participantType: z.enum(PARTICIPANT_TYPES),
    participantName: z.string(),
    receivingOrganisation: z.string().nullable(),
    receivingCountry: z.string().nullable(),
    groupId: z.uuid().nullable(),
  })
  .meta({ id: 'MobilitySummary' })

/* No medical, contact or identity data: the API carries what the list pages show. */
const ZMobilityJson = z
  .object({
    id: z.uuid(),
    status: z.enum(MOBILITY_STATUSES),
    relation: z.enum(['sending', 'receiving', 'host', 'participant', 'guardian']).meta({
      description: 'How the token’s organisation or person stands to the mobility',
    }),
    activityType: z.string(),
    direction: z.string(),
    startDate: ZDate,
    endDate: ZDate,
    travelStartDate: ZDate.nullable(),
    travelEndDate: ZDate.nullable(),
    participantType: z.enum(PARTICIPANT_TYPES),
    projectId: z.uuid().nullable(),
    callId: z.uuid().nullable(),
    receivingCountry: z.string().nullable(),
    isGreenTravel: z.boolean(),
    forceMajeure: z.boolean(),
  })
  .meta({ id: 'Mobility' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not see mobilities'),
}

const listRoute = createRoute({
  operationId: 'listMobilities',
  method: 'get',
  path: '/v1/mobilities',
  tags: ['Mobility'],
  summary: 'The organisation’s outgoing mobilities, newest start first, filtered and paged',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      status: z.string().optional(),
      activityType: z.string().optional(),
      callId: z.string().optional(),
      projectId: z.string().optional(),
      q: z.string().optional(),
      page: z.string().optional(),
      pageSize: z.string().optional().meta({ description: '1–100, default 25' }),
    }),
  },
  responses: {
    200: {
      description: 'A page of mobilities',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ZMobilitySummary),
            page: z.number(),
            pageSize: z.number(),
            total: z.number(),
          }),
        },
      },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getMobility',
  method: 'get',
  path: '/v1/mobilities/{id}',
  tags: ['Mobility'],
  summary: 'One mobility the token may see: sent, received, hosted, or one’s own (else not found)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: 'The mobility',
      content: { 'application/json': { schema: ZMobilityJson } },
    },
    ...common,
    404: errorResponse('Not found'),
  },
})

/** Adds `/v1/mobilities…` to the JSON API, with the access rules of the mobility pages. */
export function registerMobilityApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    // The same filter as the list page: a value that makes no sense is ignored, not an error.
    const filter = ZMobilityFilter.parse(c.req.valid('query'))
    const result = await listMobilities(c.var.ctx, filter)
    const locale = c.var.locale
    return c.json(
      {
        data: result.items.map((m) => ({
          id: m.id,
          status: m.status,
          activityType: m.activityType,
          startDate: m.startDate,
          endDate: m.endDate,
          participantType: m.participantType,
          participantName: m.participantName,
          receivingOrganisation: m.receivingName
            ? pickText(m.receivingName, locale, [m.receivingDefaultLocale ?? 'en', 'en']).value
            : m.receivingFreeName,
          receivingCountry: m.receivingCountry,
          groupId: m.groupId,
        })),
        page: result.page,
        pageSize: result.pageSize,
        total: result.total,
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const { mobility: m, relation } = await loadMobility(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        id: m.id,
        status: m.status,
        relation,
        activityType: m.activityType,
        direction: m.direction,
        startDate: m.startDate,
        endDate: m.endDate,
        travelStartDate: m.travelStartDate,
        travelEndDate: m.travelEndDate,
        participantType: m.participantType,
        projectId: m.projectId,
        callId: m.callId,
        receivingCountry: m.receivingCountry,
        isGreenTravel: m.isGreenTravel,
        forceMajeure: m.forceMajeure,
      },
      200,
    )
  })
}
