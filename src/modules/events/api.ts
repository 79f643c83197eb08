import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { EVENT_STATUSES } from './schema.ts'
import {
  countRegistrations,
  type Event,
  type EventCounts,
  getEvent,
  listEvents,
} from './service.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })

const ZCounts = z.object({
  confirmed: z.number(),
  pending: z.number(),
  waitlisted: z.number(),
  awaitingGuardian: z.number(),
  attended: z.number(),
})

const ZEventJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    type: z.string(),
    title: ZText,
    description: ZText,
    startsAt: z.string().meta({ description: 'ISO 8601 instant (UTC)' }),
    endsAt: z.string(),
    timeZone: z.string().meta({ description: 'IANA zone the event happens in' }),
    venueName: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    capacity: z.number().nullable(),
    status: z.enum(EVENT_STATUSES),
    projectId: z.uuid().nullable(),
    registrations: ZCounts,
  })
  .meta({ id: 'Event' })

function present(e: Event, counts: EventCounts) {
  return {
    id: e.id,
    slug: e.slug,
    type: e.type,
    title: e.title as Record<string, string>,
    description: e.description as Record<string, string>,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    venueName: e.venueName,
    onlineUrl: e.onlineUrl,
    capacity: e.capacity,
    status: e.status,
    projectId: e.projectId,
    registrations: counts,
  }
}

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not see the organisation’s events'),
}

const listRoute = createRoute({
  operationId: 'listEvents',
  method: 'get',
  path: '/v1/events',
  tags: ['Events'],
  summary:
    'The organisation’s events, upcoming (soonest first) or past (latest first), drafts included',
  security: [{ bearer: [] }],
  request: { query: z.object({ when: z.enum(['upcoming', 'past']).optional() }) },
  responses: {
    200: {
      description: 'Events with their registration counts',
      content: { 'application/json': { schema: z.object({ data: z.array(ZEventJson) }) } },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getEvent',
  method: 'get',
  path: '/v1/events/{id}',
  tags: ['Events'],
  summary: 'One event of the organisation (another organisation’s: not found)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The event', content: { 'application/json': { schema: ZEventJson } } },
    ...common,
    404: errorResponse('Not found'),
  },
})

/** Adds `/v1/events…` to the JSON API, with the permissions of the events pages. */
export function registerEventsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const { when } = c.req.valid('query')
    const rows = await listEvents(c.var.ctx, { when: when ?? 'upcoming' })
    return c.json({ data: rows.map((r) => present(r.event, r.counts)) }, 200)
  })
  api.openapi(getRoute, async (c) => {
    const event = await getEvent(c.var.ctx, c.req.valid('param').id)
    const counts = await countRegistrations(c.var.ctx, [event.id])
    return c.json(present(event, counts.get(event.id)!), 200)
  })
}
