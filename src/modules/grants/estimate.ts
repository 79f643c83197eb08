/**
 * One participant's grant, item by item, from the rules of one call year. Pure: the caller
 * translates the field errors and notes, which are translation keys with parameters. Parameters
 * ending in `Eur` are whole euros and those ending in `Km` kilometres, so views can format them.
 */
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import type { CountryTable, RuleBook } from './rule-book.ts'
import {
  type Amount,
  activityDaysRange,
  addAmounts,
  countryGroup,
  courseFees,
  findActivity,
  fundedTravelDays,
  type IndividualSupport,
  inclusionSupport,
  individualSupport,
  organisationalSupport,
  rateRange,
  travelGrant,
} from './rules.ts'

export type EstimateInput = {
  activityType: string
  receivingCountry: string
  distanceKm: number
  /** The distance came from coordinates, not from the EC distance calculator. */
  isDistanceEstimated?: boolean
  greenTravel: boolean
  activityDays: number
  travelDays: number
  individualSupportBaseRate?: number | undefined
  participantsBefore: number
  fewerOpportunities: boolean
}

export type NoteParams = Record<string, number | string>
export type Note = { code: NoteCode; key: string; params: NoteParams }

/** Literal keys, so the locale test sees every one of them. */
const NOTE_KEYS = {
  distanceEstimated: 'grants:notes.distanceEstimated',
  noTravelGrant: 'grants:notes.noTravelGrant',
  travelDaysCapped: 'grants:notes.travelDaysCapped',
  placeholderCode: 'grants:notes.placeholderCode',
  rulesUnconfirmed: 'grants:notes.rulesUnconfirmed',
  orgSupportThirdCountry: 'grants:notes.orgSupportThirdCountry',
  orgSupportAfterStep: 'grants:notes.orgSupportAfterStep',
  rangeNotAmount: 'grants:notes.rangeNotAmount',
  rounding: 'grants:notes.rounding',
  inclusionRealCosts: 'grants:notes.inclusionRealCosts',
} as const
export type NoteCode = keyof typeof NOTE_KEYS

export type GrantEstimate = {
  callYear: number
  source: string
  activityType: string
  receivingCountry: string
  distanceKm: number
  isDistanceEstimated: boolean
  distanceBand: { band: number; minKm: number; maxKm: number | null } | null
  countryGroup: { group: number; table: CountryTable }
  greenTravel: boolean
  travel: number
  fundedTravelDays: number
  organisationalSupport: number
  individualSupport: IndividualSupport
  inclusionSupport: number
  courseFees: number
  courseFeeBasis: { days: number; perDay: number }
  total: Amount
  notes: Note[]
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0

/**
 * Every field error at once, as translation keys; `params` holds the numbers they name
 * (`minDays`, `maxDays`, `minRateEur`, `maxRateEur`).
 */
export function checkEstimateInput(
  rules: RuleBook,
  input: EstimateInput,
): { fields: FieldErrors; params: NoteParams } {
  const fields: FieldErrors = {}
  const params: NoteParams = {}
  const activity = findActivity(rules, input.activityType)
  const group = countryGroup(rules, input.receivingCountry)
  if (!activity) fields.activityType = 'grants:errors.activityType'
  if (!group) fields.receivingCountry = 'grants:errors.receivingCountry'
  if (!Number.isFinite(input.distanceKm) || input.distanceKm < 0)
    fields.distanceKm = 'grants:errors.distanceKm'
  if (!isCount(input.travelDays)) fields.travelDays = 'grants:errors.travelDays'
  if (!isCount(input.participantsBefore))
    fields.participantsBefore = 'grants:errors.participantsBefore'
  if (activity) {
    const days = activityDaysRange(activity, input.fewerOpportunities)
    if (
      !Number.isInteger(input.activityDays) ||
      input.activityDays < days.min ||
      input.activityDays > days.max
    ) {
      fields.activityDays = 'grants:errors.activityDaysRange'
      params.minDays = days.min
      params.maxDays = days.max
    }
  }
  const base = input.individualSupportBaseRate
  if (activity && group && base !== undefined) {
    const range = rateRange(rules, activity.participant, group.group)
    if (!Number.isFinite(base) || base < range.min || base > range.max) {
      fields.individualSupportBaseRate = 'grants:errors.baseRateRange'
      params.minRateEur = range.min
      params.maxRateEur = range.max
    }
  }
  return { fields, params }
}

function note(code: NoteCode, params: NoteParams = {}): Note {
  return { code, key: NOTE_KEYS[code], params }
}

/** The itemised grant for one participant; bad input throws INVALID_INPUT with field errors. */
export function estimate(rules: RuleBook, input: EstimateInput): GrantEstimate {
  const { fields, params } = checkEstimateInput(rules, input)
  if (Object.keys(fields).length > 0) {
    throw new AppError('INVALID_INPUT', 'grants:errors.invalidInput', params, fields)
  }
  const activity = findActivity(rules, input.activityType)!
  const group = countryGroup(rules, input.receivingCountry)!
  const notes: Note[] = []
  if (input.isDistanceEstimated)
    notes.push(note('distanceEstimated', { distanceKm: input.distanceKm }))

  const travel = travelGrant(rules, input.distanceKm, input.greenTravel)
  if (!travel.band) notes.push(note('noTravelGrant', { minKm: rules.bands[0]!.minKm }))
  const travelDays = fundedTravelDays(rules, input.travelDays, input.greenTravel)
  if (travelDays < input.travelDays) {
    notes.push(note('travelDaysCapped', { requested: input.travelDays, funded: travelDays }))
  }
  if (activity.codeConfidence) notes.push(note('placeholderCode', { code: activity.code }))

  const org = organisationalSupport(rules, activity.code, group.table, input.participantsBefore)
  if (org.rule === 'thirdCountryIndividual') {
    notes.push(note('orgSupportThirdCountry', { amountEur: org.amount }))
  }
  if (org.rule === 'afterStep' && org.stepAfter !== null) {
    notes.push(note('orgSupportAfterStep', { amountEur: org.amount, participants: org.stepAfter }))
  }

  const range = rateRange(rules, activity.participant, group.group)
  const individual = individualSupport(rules, {
    range,
    baseRate: input.individualSupportBaseRate,
    activityDays: input.activityDays,
    travelDays,
  })
  if (!('amount' in individual)) {
    notes.push(note('rangeNotAmount', { minRateEur: range.min, maxRateEur: range.max }))
  }
  if (individual.isRounded) notes.push(note('rounding'))

  const inclusion = inclusionSupport(rules, input.fewerOpportunities)
  if (input.fewerOpportunities) notes.push(note('inclusionRealCosts'))
  const fees = courseFees(rules, activity, input.activityDays)
  if (!rules.isConfirmed) notes.push(note('rulesUnconfirmed', { year: rules.callYear }))

  const individualAmount: Amount =
    'amount' in individual ? individual.amount : { min: individual.min, max: individual.max }
  return {
    callYear: rules.callYear,
    source: rules.source,
    activityType: activity.code,
    receivingCountry: input.receivingCountry.toUpperCase(),
    distanceKm: input.distanceKm,
    isDistanceEstimated: input.isDistanceEstimated ?? false,
    distanceBand: travel.band
      ? { band: travel.band.band, minKm: travel.band.minKm, maxKm: travel.band.maxKm }
      : null,
    countryGroup: group,
    greenTravel: input.greenTravel,
    travel: travel.amount,
    fundedTravelDays: travelDays,
    organisationalSupport: org.amount,
    individualSupport: individual,
    inclusionSupport: inclusion,
    courseFees: fees.amount,
    courseFeeBasis: { days: fees.days, perDay: fees.perDay },
    total: addAmounts(travel.amount, org.amount, individualAmount, inclusion, fees.amount),
    notes,
  }
}
