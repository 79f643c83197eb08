import { z } from 'zod'

/** Every message is one of our translation keys, so the API and the page can translate it. */
const E = {
  callYear: 'grants:errors.callYear',
  activityType: 'grants:errors.activityType',
  receivingCountry: 'grants:errors.receivingCountry',
  distanceKm: 'grants:errors.distanceKm',
  distanceOrEstimate: 'grants:errors.distanceOrEstimate',
  coordinate: 'grants:errors.coordinate',
  boolean: 'grants:errors.boolean',
  activityDays: 'grants:errors.activityDays',
  travelDays: 'grants:errors.travelDays',
  baseRate: 'grants:errors.baseRate',
  participantsBefore: 'grants:errors.participantsBefore',
} as const

const fields = {
  callYear: z.int(E.callYear).min(1000, E.callYear).max(9999, E.callYear),
  activityType: z
    .string(E.activityType)
    .trim()
    .toUpperCase()
    .min(1, E.activityType)
    .max(40, E.activityType),
  receivingCountry: z
    .string(E.receivingCountry)
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, E.receivingCountry),
  distanceKm: z.number(E.distanceKm).min(0, E.distanceKm),
  greenTravel: z.boolean(E.boolean),
  activityDays: z.int(E.activityDays).min(1, E.activityDays),
  travelDays: z.int(E.travelDays).min(0, E.travelDays),
  individualSupportBaseRate: z.number(E.baseRate).positive(E.baseRate),
  participantsBefore: z.int(E.participantsBefore).min(0, E.participantsBefore),
  fewerOpportunities: z.boolean(E.boolean),
}

const ZLatLon = z.object({
  lat: z.number(E.coordinate).min(-90, E.coordinate).max(90, E.coordinate),
  lon: z.number(E.coordinate).min(-180, E.coordinate).max(180, E.coordinate),
})

/**
 * `POST /api/v1/grants/estimate`. Give `distanceKm` (the EC distance calculator's figure) or
 * `estimateFrom` (two points; the answer then says the distance is an estimate), not both.
 */
export const ZGrantEstimateRequest = z
  .object({
    ...fields,
    distanceKm: fields.distanceKm.optional(),
    estimateFrom: z.object({ origin: ZLatLon, destination: ZLatLon }).optional(),
    individualSupportBaseRate: fields.individualSupportBaseRate.optional(),
    participantsBefore: fields.participantsBefore.default(0),
    fewerOpportunities: fields.fewerOpportunities.default(false),
  })
  .refine((v) => (v.distanceKm === undefined) !== (v.estimateFrom === undefined), {
    path: ['distanceKm'],
    message: E.distanceOrEstimate,
    // Checked even when other fields fail, so every problem is reported at once.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  })
export type GrantEstimateRequest = z.infer<typeof ZGrantEstimateRequest>

/** A form number: empty is "not given"; a lone decimal comma ("489,75") is read as a point. */
function formNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const s = value.trim().replace(/\s/g, '')
  if (s === '') return undefined
  const n = Number(/^\d+,\d+$/.test(s) ? s.replace(',', '.') : s)
  return Number.isNaN(n) ? value : n
}

const formBoolean = (value: unknown) => value === '1' || value === 'on' || value === 'true'

/** The calculator page's GET form: every value arrives as a string from the query. */
export const ZGrantForm = z.object({
  callYear: z.preprocess(formNumber, fields.callYear),
  activityType: fields.activityType,
  receivingCountry: fields.receivingCountry,
  distanceKm: z.preprocess(formNumber, fields.distanceKm),
  greenTravel: z.preprocess(formBoolean, fields.greenTravel),
  activityDays: z.preprocess(formNumber, fields.activityDays),
  travelDays: z.preprocess(formNumber, fields.travelDays),
  individualSupportBaseRate: z.preprocess(formNumber, fields.individualSupportBaseRate.optional()),
  participantsBefore: z.preprocess(formNumber, fields.participantsBefore.default(0)),
  fewerOpportunities: z.preprocess(formBoolean, fields.fewerOpportunities),
})
export type GrantForm = z.infer<typeof ZGrantForm>
