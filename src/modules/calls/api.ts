import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { isMinorOn } from './age.ts'
import {
  APPLICATION_STATUSES,
  CALL_PARTICIPANT_TYPES,
  CALL_STATUSES,
  DOCUMENT_KINDS,
} from './schema.ts'
import type { CallRow } from './service/access.ts'
import { type ApplicationListRow, listApplications } from './service/applications.ts'
import { type CallDetails, getCall, listCalls } from './service/calls.ts'

const ZText = z
  .record(z.string(), z.string())
  .meta({ description: 'Text by language tag (sq, en, sr-Latn, mk …)' })

const ZCallSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    status: z.enum(CALL_STATUSES),
    activityType: z.string().meta({ description: 'Reference activity code, e.g. LM-SHORT-VET' }),
    participantType: z.enum(CALL_PARTICIPANT_TYPES),
    projectId: z.uuid().nullable(),
    preparationCourseId: z
      .uuid()
      .nullable()
      .meta({ description: 'Course a participant is enrolled in when their mobility is approved' }),
    title: ZText,
    places: z.int(),
    waitingListPlaces: z.int(),
    startDate: z.string().meta({ description: 'Mobility start, ISO date' }),
    endDate: z.string(),
    applyFrom: z.string().meta({ description: 'ISO 8601 instant' }),
    applyUntil: z.string().meta({ description: 'ISO 8601 instant (exclusive)' }),
    destinations: z.array(z.object({ country: z.string(), organisationId: z.uuid().nullable() })),
    minAge: z.int().nullable(),
    maxAge: z.int().nullable(),
    appealDays: z.int(),
  })
  .meta({ id: 'Call' })

const ZCallDetails = ZCallSummary.extend({
  text: ZText,
  eligibility: ZText,
  minTotalScore: z.int().nullable(),
  criteria: z.array(
    z.object({
      id: z.uuid(),
      name: ZText,
      weight: z.int(),
      maxScore: z.int(),
      isFewerOpportunities: z.boolean(),
    }),
  ),
  requiredDocuments: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(DOCUMENT_KINDS),
      label: ZText,
      required: z.boolean(),
      minorsOnly: z.boolean(),
    }),
  ),
}).meta({ id: 'CallDetails' })

const ZApplication = z
  .object({
    id: z.uuid(),
    callId: z.uuid(),
    applicantUserId: z.uuid(),
    applicantName: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    isMinor: z.boolean().meta({ description: 'Under 18 on the mobility start date' }),
    guardianConsent: z.enum(['given', 'declined', 'pending']).nullable(),
    submittedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    appealUntil: z.string().nullable(),
    rank: z.int().nullable(),
    totalScore: z.string().nullable().meta({ description: 'Weighted total 0-100, three decimals' }),
  })
  .meta({ id: 'Application' })

function presentCall(c: CallRow) {
  return {
    id: c.id,
    slug: c.slug,
    status: c.status,
    activityType: c.activityType,
    participantType: c.participantType,
    projectId: c.projectId,
    preparationCourseId: c.preparationCourseId,
    title: c.title as Record<string, string>,
    places: c.places,
    waitingListPlaces: c.waitingListPlaces,
    startDate: c.startDate,
    endDate: c.endDate,
    applyFrom: c.applyFrom.toISOString(),
    applyUntil: c.applyUntil.toISOString(),
    destinations: c.destinations.map((d) => ({
      country: d.country,
      organisationId: d.organisationId ?? null,
    })),
    minAge: c.minAge,
    maxAge: c.maxAge,
    appealDays: c.appealDays,
  }
}

function presentDetails(c: CallDetails) {
  return {
    ...presentCall(c),
    text: c.text as Record<string, string>,
    eligibility: c.eligibility as Record<string, string>,
    minTotalScore: c.minTotalScore,
    criteria: c.criteria.map((k) => ({
      id: k.id,
      name: k.name as Record<string, string>,
      weight: k.weight,
      maxScore: k.maxScore,
      isFewerOpportunities: k.isFewerOpportunities,
    })),
    requiredDocuments: c.documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      label: d.label as Record<string, string>,
      required: d.required,
      minorsOnly: d.minorsOnly,
    })),
  }
}

function presentApplication(a: ApplicationListRow) {
  const isMinor = a.dateOfBirth !== null && isMinorOn(a.dateOfBirth, a.startDate)
  return {
    id: a.id,
    callId: a.callId,
    applicantUserId: a.applicantUserId,
    applicantName: a.applicantName,
    status: a.status,
    isMinor,
    guardianConsent: isMinor
      ? ((a.consent as 'given' | 'declined' | 'pending' | null) ?? 'pending')
      : null,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    appealUntil: a.appealUntil?.toISOString() ?? null,
    rank: a.rank,
    totalScore: a.totalScore,
  }
}

const listRoute = createRoute({
  operationId: 'listCalls',
  method: 'get',
  path: '/v1/calls',
  tags: ['Mobility calls'],
  summary: 'Calls for mobility of the token’s organisation',
  description:
    'Coordinators see every call; learners and staff the open calls for them and those they applied to.',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The calls',
      content: { 'application/json': { schema: z.object({ data: z.array(ZCallSummary) }) } },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not see calls'),
  },
})

const getRoute = createRoute({
  operationId: 'getCall',
  method: 'get',
  path: '/v1/calls/{id}',
  tags: ['Mobility calls'],
  summary: 'One call with its criteria and required documents',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ description: 'Call id' }) }) },
  responses: {
    200: { description: 'The call', content: { 'application/json': { schema: ZCallDetails } } },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not see calls'),
    404: errorResponse('No such call in the token’s organisation (drafts only for coordinators)'),
  },
})

const applicationsRoute = createRoute({
  operationId: 'listApplications',
  method: 'get',
  path: '/v1/applications',
  tags: ['Mobility calls'],
  summary: 'Submitted applications to the organisation’s calls (coordinators)',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      callId: z.uuid().optional().meta({ description: 'Only this call' }),
      status: z.enum(APPLICATION_STATUSES).optional(),
    }),
  },
  responses: {
    200: {
      description: 'The applications, best ranked first',
      content: { 'application/json': { schema: z.object({ data: z.array(ZApplication) }) } },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('Only coordinators and administrators'),
  },
})

/** GET /v1/calls, /v1/calls/{id} and /v1/applications, through the pages' services. */
export function registerCallsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const rows = await listCalls(c.var.ctx)
    return c.json({ data: rows.map(presentCall) }, 200)
  })
  api.openapi(getRoute, async (c) => {
    const call = await getCall(c.var.ctx, c.req.valid('param').id)
    return c.json(presentDetails(call), 200)
  })
  api.openapi(applicationsRoute, async (c) => {
    const rows = await listApplications(c.var.ctx, c.req.valid('query'))
    return c.json({ data: rows.map(presentApplication) }, 200)
  })
}
