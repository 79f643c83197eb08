import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { AppError } from '#src/lib/errors.ts'
import { projectRoot } from '#src/lib/paths.ts'

/**
 * The Erasmus+ VET funding rules of one call year, read from `src/reference/erasmus-vet-<year>.json`
 * and checked on load, so a new year is a new file and never a code change.
 */
export type RuleBook = {
  callYear: number
  source: string
  /** False when the file's `confidence` does not say "official": every estimate then says so. */
  isConfirmed: boolean
  bands: Band[]
  fundedTravelDaysMax: { standard: number; green: number }
  organisationalSupport: OrgSupportRule[]
  orgSupportThirdCountryIndividual: number
  /** Per day, by rate category (`learner`, `staff`) and country group. */
  ranges: Record<string, Record<string, RateRange>>
  fullRateDays: number
  reducedRateFactor: number
  inclusionPerParticipant: number
  courseFeesPerDay: number
  activities: Activity[]
  countryTables: { table: CountryTable; group: number; countries: string[] }[]
}

export type Band = {
  band: number
  minKm: number
  maxKm: number | null
  standard: number
  green: number
}
export type RateRange = { min: number; max: number }
export type OrgSupportRule = {
  activities: string[]
  amount: number
  /** From the file's `amount_after_<n>_participants_same_activity_type`. */
  stepAfter: { participants: number; amount: number } | null
}
export type Activity = {
  code: string
  name: string
  participant: string
  minDays: number
  maxDays: number
  minDaysFewerOpportunities: number | null
  codeConfidence: string | null
}
export type CountryTable = 'eu_and_associated' | 'third_countries_not_associated'

const euro = z.number().int().nonnegative()
const STEP_KEY = /^amount_after_(\d+)_participants_same_activity_type$/

const ZRuleFile = z.object({
  call_year: z.int(),
  source: z.string().min(1),
  confidence: z.string(),
  currency: z.literal('EUR'),
  travel: z.object({
    bands: z
      .array(
        z.object({
          band: z.int(),
          min_km: z.number().nonnegative(),
          max_km: z.number().nullable(),
          standard: euro,
          green: euro,
        }),
      )
      .min(1),
    funded_travel_days_max: z.object({ standard: z.int(), green: z.int() }),
  }),
  organisational_support: z.object({
    per_participant: z.array(
      z.looseObject({ amount: euro, activities: z.array(z.string()).min(1) }),
    ),
    third_country_not_associated_individual_activity: euro,
  }),
  individual_support: z.object({
    ranges_per_day: z.record(z.string(), z.record(z.string(), z.tuple([euro, euro]))),
    full_rate_days: z.int().positive(),
    rate_from_day_15: z.number().positive().max(1),
  }),
  inclusion_support: z.object({ organisation_per_participant_with_fewer_opportunities: euro }),
  course_fees_per_day: euro,
  activity_types: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      participant: z.string(),
      min_days: z.int().positive(),
      max_days: z.int().positive(),
      min_days_fewer_opportunities: z.int().positive().optional(),
      code_confidence: z.string().optional(),
    }),
  ),
  countries: z.object({
    receiving_country_groups: z.object({
      eu_and_associated: z.record(z.string(), z.array(z.string())),
      third_countries_not_associated: z.record(z.string(), z.array(z.string())),
    }),
  }),
})

type RuleFile = z.infer<typeof ZRuleFile>

function stepOf(entry: Record<string, unknown>): OrgSupportRule['stepAfter'] {
  for (const [key, value] of Object.entries(entry)) {
    const m = STEP_KEY.exec(key)
    if (m && typeof value === 'number') return { participants: Number(m[1]), amount: value }
  }
  return null
}

/** Turns the file's shape into the rule book, and refuses a file the rules could not use. */
export function toRuleBook(file: RuleFile): RuleBook {
  const bands = [...file.travel.bands]
    .sort((a, b) => a.min_km - b.min_km)
    .map((b) => ({
      band: b.band,
      minKm: b.min_km,
      maxKm: b.max_km,
      standard: b.standard,
      green: b.green,
    }))
  const organisationalSupport = file.organisational_support.per_participant.map((entry) => ({
    activities: entry.activities,
    amount: entry.amount,
    stepAfter: stepOf(entry),
  }))
  const tables = file.countries.receiving_country_groups
  const countryTables = (Object.keys(tables) as CountryTable[]).flatMap((table) =>
    Object.entries(tables[table]).map(([group, countries]) => ({
      table,
      group: Number(group),
      countries,
    })),
  )
  const ranges = Object.fromEntries(
    Object.entries(file.individual_support.ranges_per_day).map(([category, byGroup]) => [
      category,
      Object.fromEntries(
        Object.entries(byGroup).map(([g, [min, max]]) => [g, { min, max }] as const),
      ),
    ]),
  )
  const book: RuleBook = {
    callYear: file.call_year,
    source: file.source,
    isConfirmed: file.confidence.toLowerCase().startsWith('official'),
    bands,
    fundedTravelDaysMax: file.travel.funded_travel_days_max,
    organisationalSupport,
    orgSupportThirdCountryIndividual:
      file.organisational_support.third_country_not_associated_individual_activity,
    ranges,
    fullRateDays: file.individual_support.full_rate_days,
    reducedRateFactor: file.individual_support.rate_from_day_15,
    inclusionPerParticipant:
      file.inclusion_support.organisation_per_participant_with_fewer_opportunities,
    courseFeesPerDay: file.course_fees_per_day,
    activities: file.activity_types.map((a) => ({
      code: a.code,
      name: a.name,
      participant: a.participant,
      minDays: a.min_days,
      maxDays: a.max_days,
      minDaysFewerOpportunities: a.min_days_fewer_opportunities ?? null,
      codeConfidence: a.code_confidence ?? null,
    })),
    countryTables,
  }
  assertUsable(book)
  return book
}

function assertUsable(book: RuleBook) {
  const problems: string[] = []
  for (const a of book.activities) {
    if (!book.organisationalSupport.some((o) => o.activities.includes(a.code)))
      problems.push(`no organisational support for ${a.code}`)
    if (a.minDays > a.maxDays) problems.push(`min_days > max_days for ${a.code}`)
  }
  for (const [category, byGroup] of Object.entries(book.ranges)) {
    for (const [group, r] of Object.entries(byGroup))
      if (r.min > r.max) problems.push(`range ${category}/${group} is upside down`)
  }
  if (!book.ranges.staff)
    problems.push('no staff rates (experts and accompanying persons use them)')
  for (const t of book.countryTables) {
    for (const category of Object.keys(book.ranges))
      if (!book.ranges[category]?.[String(t.group)])
        problems.push(`no ${category} range for group ${t.group}`)
  }
  if (problems.length) throw new Error(`rules for ${book.callYear}: ${problems.join('; ')}`)
}

const DIR = path.join(projectRoot, 'src', 'reference')
const FILE = /^erasmus-vet-(\d{4})\.json$/
const cache = new Map<number, RuleBook>()

/** The call years that have a rules file, oldest first. */
export function availableCallYears(): number[] {
  return readdirSync(DIR)
    .map((name) => FILE.exec(name)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number)
    .sort((a, b) => a - b)
}

/** The rules of a call year; an unknown year is a field error on `callYear`. */
export function rulesFor(callYear: number): RuleBook {
  const cached = cache.get(callYear)
  if (cached) return cached
  const file = path.join(DIR, `erasmus-vet-${callYear}.json`)
  if (!Number.isInteger(callYear) || callYear < 1000 || callYear > 9999 || !existsSync(file)) {
    throw new AppError(
      'INVALID_INPUT',
      'grants:errors.invalidInput',
      {},
      {
        callYear: 'grants:errors.callYear',
      },
    )
  }
  const book = toRuleBook(ZRuleFile.parse(JSON.parse(readFileSync(file, 'utf8'))))
  if (book.callYear !== callYear) throw new Error(`${file} says call_year ${book.callYear}`)
  cache.set(callYear, book)
  return book
}
