import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, jsonBody, jsonResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Ctx } from '#src/lib/context.ts'
import { wallClockIn } from '#src/lib/dates.ts'
import { AppError } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import type { T } from '#src/lib/i18n.ts'
import { type Locale, toLocale } from '#src/lib/i18n.ts'
import { type Applicant, checkEligibility, type RoleAnswer } from './eligibility.ts'
import { reasonText } from './format.ts'
import {
  ZApplication,
  ZEligibilityQuery,
  ZFunded,
  ZListOpportunities,
  ZOpportunity,
} from './inputs.ts'
import {
  CONFIDENCE,
  FUNDING_ORG_TYPES,
  FUNDING_ROLES,
  PROGRAMMES,
  STAGES,
  type Stage,
} from './schema.ts'
import {
  type Application,
  changeStage,
  createApplication,
  getApplication,
  listApplications,
  markFunded,
} from './service/applications.ts'
import {
  canEditOpportunity,
  createOpportunity,
  getOpportunity,
  listOpportunities,
  type OpportunityView,
  updateOpportunity,
} from './service/opportunities.ts'
import { currentSchool } from './service/school.ts'
import { listWatches, unwatchOpportunity, watchOpportunity } from './service/watches.ts'

const security = [{ bearer: [] }]
const tags = ['Funding']
const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZRule = z.object({
  role: z.enum(FUNDING_ROLES),
  countries: z.array(z.string()).meta({
    description:
      'ISO 3166 codes (XK for Kosovo) or a group: eu_member_states, associated_third_countries, western_balkans_not_associated',
  }),
  organisationTypes: z.array(z.string()).meta({ description: 'Empty: any type' }),
  confidence: z.enum(CONFIDENCE),
  note: ZText,
})

const ZDeadline = z.object({
  id: z.uuid(),
  at: z.string().meta({ description: 'The instant, ISO 8601 in UTC' }),
  timeZone: z.string().meta({ description: 'The IANA zone the funder names it in' }),
  local: z.string().meta({ description: 'The wall-clock time in that zone, YYYY-MM-DDTHH:mm' }),
})

const ZOpportunityJson = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid().nullable().meta({ description: 'Null for the shared register' }),
    scope: z.enum(['shared', 'own']),
    programme: z.enum(PROGRAMMES),
    actionCode: z.string(),
    title: ZText,
    summary: ZText,
    deadlines: z.array(ZDeadline),
    nextDeadline: ZDeadline.nullable(),
    budgetMinEur: z.string().nullable(),
    budgetMaxEur: z.string().nullable(),
    budgetNote: ZText,
    eligibleCountries: z.array(z.string()),
    organisationTypes: z.array(z.string()),
    roles: z.array(z.enum(FUNDING_ROLES)),
    coFinancingRate: z.number().nullable(),
    url: z.string().nullable(),
    applicationLanguages: z.array(z.string()),
    eligibility: z.array(ZRule),
    confidence: z.enum(CONFIDENCE),
    sourceNote: ZText,
    canEdit: z.boolean(),
  })
  .meta({ id: 'FundingOpportunity' })

const ZOpportunityBody = z
  .looseObject({
    scope: z.enum(['shared', 'own']).optional(),
    programme: z.enum(PROGRAMMES),
    actionCode: z.string().optional(),
    title: ZText,
    summary: ZText.optional(),
    deadlines: z
      .array(z.object({ local: z.string(), timeZone: z.string() }))
      .optional()
      .meta({
        description: 'Wall-clock time (YYYY-MM-DDTHH:mm) and IANA zone; each must lie ahead',
      }),
    budgetMinEur: z.string().nullable().optional(),
    budgetMaxEur: z.string().nullable().optional(),
    budgetNote: ZText.optional(),
    coFinancingRate: z.number().nullable().optional(),
    url: z.string().nullable().optional(),
    applicationLanguages: z.array(z.string()).optional(),
    eligibility: z
      .array(ZRule.partial({ note: true, organisationTypes: true, confidence: true }))
      .optional(),
    confidence: z.enum(CONFIDENCE).optional(),
    sourceNote: ZText.optional(),
  })
  .meta({ id: 'FundingOpportunityInput' })

const ZAnswer = z.object({
  eligible: z.boolean(),
  reason: z.object({
    key: z.string(),
    message: z.string().meta({ description: 'In the reader’s language' }),
    params: z.record(z.string(), z.string()),
  }),
  confidence: z.enum(CONFIDENCE),
})

const ZEligibilityJson = z
  .object({
    country: z.string(),
    organisationType: z.string(),
    applicant: ZAnswer,
    partner: ZAnswer,
  })
  .meta({ id: 'FundingEligibility' })

const ZApplicationJson = z
  .object({
    id: z.uuid(),
    opportunityId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable(),
    notes: z.string(),
    stage: z.enum(STAGES),
    partnerIds: z.array(z.uuid()),
    requestedAmountEur: z.string().nullable(),
    submittedOn: z.string().nullable(),
    projectId: z.uuid().nullable(),
    stageChangedAt: z.string(),
  })
  .meta({ id: 'FundingApplication' })

const ZApplicationBody = z
  .object({
    opportunityId: z.uuid(),
    title: z.string(),
    notes: z.string().optional(),
    partnerIds: z
      .array(z.uuid())
      .optional()
      .meta({ description: 'Organisations of the school’s partner network' }),
    requestedAmountEur: z.string().nullable().optional(),
    submittedOn: z.string().nullable().optional(),
  })
  .meta({ id: 'FundingApplicationInput' })

const ZStageBody = z
  .object({
    stage: z.enum(STAGES),
    project: z
      .object({
        acronym: z.string(),
        grantNumber: z.string().nullable().optional(),
        startDate: z.string().nullable().optional(),
        endDate: z.string().nullable().optional(),
      })
      .optional()
      .meta({ description: 'Required for "funded": the project made with the planned partners' }),
  })
  .meta({ id: 'FundingStageChange' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role may not do this'),
}
const notFound = { 404: errorResponse('No such record for this organisation') }

const listRoute = createRoute({
  operationId: 'listFundingOpportunities',
  method: 'get',
  path: '/v1/funding/opportunities',
  tags,
  summary: 'The funding register and the school’s own opportunities, soonest deadline first',
  security,
  request: {
    query: z.object({
      programme: z.enum(PROGRAMMES).optional(),
      open: z
        .enum(['1', 'true', '0', 'false'])
        .optional()
        .meta({ description: 'Only those open to the school in some role' }),
      days: z.string().optional().meta({ description: 'A deadline within this many days' }),
      page: z.string().optional(),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        data: z.array(ZOpportunityJson),
        total: z.int(),
        page: z.int(),
        pageCount: z.int(),
      }),
      'A page of opportunities',
    ),
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getFundingOpportunity',
  method: 'get',
  path: '/v1/funding/opportunities/{id}',
  tags,
  summary: 'One opportunity',
  security,
  request: { params: ZId },
  responses: { 200: jsonResponse(ZOpportunityJson, 'The opportunity'), ...common, ...notFound },
})

const createOpportunityRoute = createRoute({
  operationId: 'createFundingOpportunity',
  method: 'post',
  path: '/v1/funding/opportunities',
  tags,
  summary:
    'Adds an opportunity: the school’s own, or (platform administrators) to the shared register',
  security,
  middleware: [signedIn] as const,
  request: jsonBody(ZOpportunityBody),
  responses: {
    201: jsonResponse(ZOpportunityJson, 'The opportunity made'),
    400: errorResponse('Malformed body'),
    ...common,
    422: errorResponse('Invalid fields, such as a deadline in the past'),
  },
})

const updateOpportunityRoute = createRoute({
  operationId: 'updateFundingOpportunity',
  method: 'put',
  path: '/v1/funding/opportunities/{id}',
  tags,
  summary: 'Replaces an opportunity’s details and deadlines',
  security,
  middleware: [signedIn] as const,
  request: { params: ZId, ...jsonBody(ZOpportunityBody) },
  responses: {
    200: jsonResponse(ZOpportunityJson, 'The opportunity'),
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    422: errorResponse('Invalid fields, such as a new deadline in the past'),
  },
})

const eligibilityRoute = createRoute({
  operationId: 'checkFundingEligibility',
  method: 'get',
  path: '/v1/funding/opportunities/{id}/eligibility',
  tags,
  summary: 'May an organisation of this country and type take part, as applicant and as partner?',
  description: 'Without a query, the token’s organisation is checked.',
  security,
  request: {
    params: ZId,
    query: z.object({
      country: z.string().optional().meta({ description: 'ISO 3166 alpha-2, XK for Kosovo' }),
      organisationType: z.enum(FUNDING_ORG_TYPES).optional(),
    }),
  },
  responses: {
    200: jsonResponse(ZEligibilityJson, 'The answer per role, with the reason'),
    ...common,
    ...notFound,
    422: errorResponse('Unknown country or type'),
  },
})

const watchesRoute = createRoute({
  operationId: 'listFundingWatches',
  method: 'get',
  path: '/v1/funding/watches',
  tags,
  summary: 'The opportunities people of the school watch, with who watches',
  security,
  responses: {
    200: jsonResponse(
      z.object({
        data: z.array(
          z.object({
            opportunity: ZOpportunityJson,
            watchers: z.array(z.string()),
            isWatching: z.boolean(),
          }),
        ),
      }),
      'The watch list',
    ),
    ...common,
  },
})

const watchRoute = createRoute({
  operationId: 'watchFundingOpportunity',
  method: 'post',
  path: '/v1/funding/opportunities/{id}/watch',
  tags,
  summary: 'Watches an opportunity: its deadline reminders come to the token’s user',
  security,
  request: { params: ZId },
  responses: {
    200: jsonResponse(z.object({ watching: z.boolean() }), 'Watching'),
    ...common,
    ...notFound,
  },
})

const unwatchRoute = createRoute({
  operationId: 'unwatchFundingOpportunity',
  method: 'delete',
  path: '/v1/funding/opportunities/{id}/watch',
  tags,
  summary: 'Stops watching an opportunity',
  security,
  request: { params: ZId },
  responses: {
    200: jsonResponse(z.object({ watching: z.boolean() }), 'Not watching'),
    ...common,
    ...notFound,
  },
})

const applicationsRoute = createRoute({
  operationId: 'listFundingApplications',
  method: 'get',
  path: '/v1/funding/applications',
  tags,
  summary: 'The school’s application pipeline',
  security,
  responses: {
    200: jsonResponse(z.object({ data: z.array(ZApplicationJson) }), 'The applications'),
    ...common,
  },
})

const applicationRoute = createRoute({
  operationId: 'getFundingApplication',
  method: 'get',
  path: '/v1/funding/applications/{id}',
  tags,
  summary: 'One application of the school',
  security,
  request: { params: ZId },
  responses: { 200: jsonResponse(ZApplicationJson, 'The application'), ...common, ...notFound },
})

const createApplicationRoute = createRoute({
  operationId: 'createFundingApplication',
  method: 'post',
  path: '/v1/funding/applications',
  tags,
  summary: 'A new idea for an opportunity',
  security,
  middleware: [signedIn] as const,
  request: jsonBody(ZApplicationBody),
  responses: {
    201: jsonResponse(ZApplicationJson, 'The application made'),
    400: errorResponse('Malformed body'),
    ...common,
    422: errorResponse('Invalid fields'),
  },
})

const stageRoute = createRoute({
  operationId: 'changeFundingApplicationStage',
  method: 'post',
  path: '/v1/funding/applications/{id}/stage',
  tags,
  summary: 'Moves an application; "funded" creates the project with its consortium',
  security,
  middleware: [signedIn] as const,
  request: { params: ZId, ...jsonBody(ZStageBody) },
  responses: {
    200: jsonResponse(ZApplicationJson, 'The application'),
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    409: errorResponse('Not a move from this stage'),
    422: errorResponse('Invalid project fields'),
  },
})

function deadlineJson(d: { id: string; at: Date; timeZone: string }) {
  return {
    id: d.id,
    at: d.at.toISOString(),
    timeZone: d.timeZone,
    local: wallClockIn(d.at, d.timeZone),
  }
}

function opportunityJson(ctx: Ctx, o: OpportunityView) {
  return {
    id: o.id,
    organisationId: o.organisationId,
    scope: o.scope,
    programme: o.programme,
    actionCode: o.actionCode,
    title: text(o.title),
    summary: text(o.summary),
    deadlines: o.deadlines.map(deadlineJson),
    nextDeadline: o.nextDeadline ? deadlineJson(o.nextDeadline) : null,
    budgetMinEur: o.budgetMinEur,
    budgetMaxEur: o.budgetMaxEur,
    budgetNote: text(o.budgetNote),
    eligibleCountries: o.eligibleCountries,
    organisationTypes: o.organisationTypes,
    roles: o.roles,
    coFinancingRate: o.coFinancingRate,
    url: o.url,
    applicationLanguages: o.applicationLanguages,
    eligibility: o.eligibility.map((r) => ({ ...r, note: text(r.note) })),
    confidence: o.confidence,
    sourceNote: text(o.sourceNote),
    canEdit: canEditOpportunity(ctx.actor, o),
  }
}

function applicationJson(a: Application) {
  return {
    id: a.id,
    opportunityId: a.opportunityId,
    title: a.title,
    ownerId: a.ownerId,
    notes: a.notes,
    stage: a.stage,
    partnerIds: a.partnerIds,
    requestedAmountEur: a.requestedAmountEur,
    submittedOn: a.submittedOn,
    projectId: a.projectId,
    stageChangedAt: a.stageChangedAt.toISOString(),
  }
}

function answerJson(t: T, locale: Locale, a: RoleAnswer) {
  const params: Record<string, string> = { country: a.reason.params.country }
  if (a.reason.params.group) params.group = a.reason.params.group
  if (a.reason.params.type) params.type = a.reason.params.type
  return {
    eligible: a.eligible,
    reason: { key: a.reason.key, message: reasonText(t, locale, a.reason), params },
    confidence: a.confidence,
  }
}

/** Validates with the module's own schema, so the API and the forms give the same field errors. */
function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = validate(schema, value)
  if (!result.ok)
    throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', {}, result.errors)
  return result.data
}

/** Adds `/v1/funding/…` to the JSON API, with the pages' permissions. */
export function registerFundingApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const ctx = c.var.ctx
    const query = ZListOpportunities.parse(c.req.valid('query'))
    const who = await currentSchool(ctx)
    const page = await listOpportunities(ctx, query, who)
    return c.json(
      {
        data: page.rows.map((o) => opportunityJson(ctx, o)),
        total: page.total,
        page: page.page,
        pageCount: Math.max(1, Math.ceil(page.total / page.pageSize)),
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) =>
    c.json(
      opportunityJson(c.var.ctx, await getOpportunity(c.var.ctx, c.req.valid('param').id)),
      200,
    ),
  )
  api.openapi(createOpportunityRoute, async (c) => {
    const input = parse(ZOpportunity, c.req.valid('json'))
    const row = await createOpportunity(c.var.ctx, input)
    return c.json(opportunityJson(c.var.ctx, await getOpportunity(c.var.ctx, row.id)), 201)
  })
  api.openapi(updateOpportunityRoute, async (c) => {
    const { id } = c.req.valid('param')
    await getOpportunity(c.var.ctx, id)
    const input = parse(ZOpportunity, c.req.valid('json'))
    const row = await updateOpportunity(c.var.ctx, id, input)
    return c.json(opportunityJson(c.var.ctx, await getOpportunity(c.var.ctx, row.id)), 200)
  })
  api.openapi(eligibilityRoute, async (c) => {
    const ctx = c.var.ctx
    const opportunity = await getOpportunity(ctx, c.req.valid('param').id)
    const q = c.req.valid('query')
    const school = await currentSchool(ctx)
    const who: Applicant = parse(ZEligibilityQuery, {
      country: q.country ?? school?.country ?? '',
      organisationType: q.organisationType ?? school?.organisationType ?? 'vet_school',
    })
    const answers = checkEligibility(opportunity, who)
    const locale = toLocale(c.var.locale) ?? 'en'
    return c.json(
      {
        country: who.country,
        organisationType: who.organisationType,
        applicant: answerJson(c.var.t, locale, answers.applicant),
        partner: answerJson(c.var.t, locale, answers.partner),
      },
      200,
    )
  })
  api.openapi(watchesRoute, async (c) => {
    const rows = await listWatches(c.var.ctx)
    return c.json(
      {
        data: rows.map((r) => ({
          opportunity: opportunityJson(c.var.ctx, r.opportunity),
          watchers: r.watchers,
          isWatching: r.isWatching,
        })),
      },
      200,
    )
  })
  api.openapi(watchRoute, async (c) => {
    await watchOpportunity(c.var.ctx, c.req.valid('param').id)
    return c.json({ watching: true }, 200)
  })
  api.openapi(unwatchRoute, async (c) => {
    await unwatchOpportunity(c.var.ctx, c.req.valid('param').id)
    return c.json({ watching: false }, 200)
  })
  api.openapi(applicationsRoute, async (c) => {
    const rows = await listApplications(c.var.ctx)
    return c.json({ data: rows.map(applicationJson) }, 200)
  })
  api.openapi(applicationRoute, async (c) =>
    c.json(applicationJson(await getApplication(c.var.ctx, c.req.valid('param').id)), 200),
  )
  api.openapi(createApplicationRoute, async (c) => {
    const input = parse(ZApplication, c.req.valid('json'))
    return c.json(applicationJson(await createApplication(c.var.ctx, input)), 201)
  })
  api.openapi(stageRoute, async (c) => {
    const { id } = c.req.valid('param')
    const { stage, project } = c.req.valid('json')
    await getApplication(c.var.ctx, id)
    if (stage === 'funded') {
      const input = parse(ZFunded, project ?? {})
      const { application } = await markFunded(c.var.ctx, id, input)
      return c.json(applicationJson(application), 200)
    }
    return c.json(applicationJson(await changeStage(c.var.ctx, id, stage as Stage)), 200)
  })
}
