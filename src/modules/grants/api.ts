import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { issuesToFieldErrors } from '#src/lib/forms.ts'
import type { GrantEstimate } from './estimate.ts'
import { scalarParams, translateFields, translateNotes } from './format.ts'
import { ZGrantEstimateRequest } from './inputs.ts'
import { estimateGrant } from './service.ts'

const ZRange = z.object({ min: z.int(), max: z.int() })
const ZAmount = z.union([z.int(), ZRange]).openapi({
  description: 'Whole euros, or `{ min, max }` when no National Agency base rate was given.',
})
const ZDays = {
  days: z.int().openapi({ description: 'Activity days plus funded travel days.' }),
  fullRateDays: z.int(),
  reducedRateDays: z.int().openapi({ description: 'Days from day 15 on, at 70% of the rate.' }),
  rate: ZAmount,
  reducedRate: ZAmount,
  rateRange: ZRange.openapi({ description: 'The per-day range the Programme Guide allows.' }),
  reducedRateFactor: z.number().openapi({ description: 'Share of the rate paid from day 15.' }),
}

const ZGrantEstimateResponse = z
  .object({
    callYear: z.int(),
    source: z.string().openapi({ description: 'Where the rules come from.' }),
    currency: z.literal('EUR'),
    activityType: z.string(),
    receivingCountry: z.string(),
    distanceKm: z.number(),
    distanceEstimated: z.boolean(),
    distanceBand: z
      .object({ band: z.int(), minKm: z.number(), maxKm: z.number().nullable() })
      .nullable()
      .openapi({ description: 'null below 10 km: no travel grant.' }),
    countryGroup: z.object({
      group: z.int(),
      table: z.enum(['eu_and_associated', 'third_countries_not_associated']),
    }),
    travel: z.int().openapi({ description: 'For the return journey.' }),
    fundedTravelDays: z.int(),
    organisationalSupport: z.int(),
    individualSupport: z.union([
      z.object({ amount: z.int(), ...ZDays }),
      z.object({ min: z.int(), max: z.int(), ...ZDays }),
    ]),
    inclusionSupport: z.int(),
    courseFees: z.int(),
    total: ZAmount,
    notes: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .openapi('GrantEstimate')

const ZInvalidInput = z
  .object({
    error: z.object({
      code: z.literal('INVALID_INPUT'),
      message: z.string(),
      fields: z.record(z.string(), z.string()),
    }),
  })
  .openapi('InvalidInputError')

/** A body that is not JSON gets this API's 400 answer, not the validator's bare exception. */
const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await c.req.json()
  } catch {
    return invalidInput(c, { _body: 'grants:errors.body' }, {})
  }
  await next()
}

const estimateRoute = createRoute({
  method: 'post',
  middleware: [requireJsonBody] as const,
  path: '/v1/grants/estimate',
  operationId: 'estimateGrant',
  tags: ['Grants'],
  summary: 'Estimates one participant’s Erasmus+ VET grant, item by item',
  description:
    'No sign-in. Rules of the call year from the Erasmus+ Programme Guide; messages in the language of Accept-Language. An estimate only: the grant agreement decides.',
  security: [],
  request: {
    body: { required: true, content: { 'application/json': { schema: ZGrantEstimateRequest } } },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: ZGrantEstimateResponse } },
      description: 'The itemised estimate',
    },
    400: {
      content: { 'application/json': { schema: ZInvalidInput } },
      description: 'A value is missing or outside what the rules allow; `fields` says which',
    },
  },
})

function invalidInput(c: Context<AppEnv>, fields: FieldErrors, params: Record<string, unknown>) {
  return c.json(
    {
      error: {
        code: 'INVALID_INPUT' as const,
        message: c.var.t('grants:errors.invalidInput'),
        fields: translateFields(c.var.t, c.var.locale, fields, scalarParams(params)),
      },
    },
    400,
  )
}

function toJson(c: Context<AppEnv>, e: GrantEstimate) {
  const { isRounded: _, ...individual } = e.individualSupport
  return {
    callYear: e.callYear,
    source: e.source,
    currency: 'EUR' as const,
    activityType: e.activityType,
    receivingCountry: e.receivingCountry,
    distanceKm: e.distanceKm,
    distanceEstimated: e.isDistanceEstimated,
    distanceBand: e.distanceBand,
    countryGroup: e.countryGroup,
    travel: e.travel,
    fundedTravelDays: e.fundedTravelDays,
    organisationalSupport: e.organisationalSupport,
    individualSupport: individual,
    inclusionSupport: e.inclusionSupport,
    courseFees: e.courseFees,
    total: e.total,
    notes: translateNotes(c.var.t, c.var.locale, e.notes),
  }
}

/** Adds `POST /v1/grants/estimate` (public, no token) to the JSON API. */
export function registerGrantApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    estimateRoute,
    (c) => {
      try {
        return c.json(toJson(c, estimateGrant(c.req.valid('json'))), 200)
      } catch (err) {
        // This endpoint answers bad input with 400, as its schema check does (not the usual 422).
        if (err instanceof AppError && err.code === 'INVALID_INPUT' && err.fields) {
          return invalidInput(c, err.fields, err.params)
        }
        throw err
      }
    },
    (result, c) => {
      if (!result.success) return invalidInput(c, issuesToFieldErrors(result.error.issues), {})
    },
  )
}
