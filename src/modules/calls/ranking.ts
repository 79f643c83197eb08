import type { DecisionOutcome } from './schema.ts'

/*
 * Ranking of a call's applications, in exact arithmetic (fractions of BigInts), so two equal
 * totals are equal and never differ in the 15th decimal.
 *
 * Weighted total (0-100) = 100 × Σ weight × (mean panel score ÷ max score) ÷ Σ weight, where the
 * mean is over the panel members who scored that criterion (a member with a declared conflict
 * never scores). Ties are broken, in this order, by:
 *   1. the higher weighted score on the fewer-opportunities criteria (Erasmus+ inclusion priority);
 *   2. the earlier submission;
 *   3. the application id (only so the order is stable; in practice step 2 decides).
 */

export type RankCriterion = {
  id: string
  weight: number
  maxScore: number
  isFewerOpportunities: boolean
}
export type RankScore = { criterionId: string; score: number }
export type RankApplication = { id: string; submittedAt: Date | null; scores: RankScore[] }

/** A non-negative fraction num/den with den > 0. */
type Fraction = { num: bigint; den: bigint }
const ZERO: Fraction = { num: 0n, den: 1n }

function add(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den }
}
function compare(a: Fraction, b: Fraction): number {
  const left = a.num * b.den
  const right = b.num * a.den
  return left === right ? 0 : left > right ? 1 : -1
}

/** A fraction as a decimal string with three places, rounded half up (`"87.500"`). */
export function toDecimal(f: Fraction, places = 3): string {
  const scale = 10n ** BigInt(places)
  const scaled = (f.num * scale * 2n + f.den) / (2n * f.den)
  const whole = scaled / scale
  const frac = (scaled % scale).toString().padStart(places, '0')
  return `${whole}.${frac}`
}

export type Ranked = {
  id: string
  rank: number
  total: Fraction
  totalText: string
  fewerOpportunities: Fraction
  /** Every criterion has at least one score. */
  isComplete: boolean
}

function scoreOf(app: RankApplication, criteria: RankCriterion[]) {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0)
  let weighted = ZERO
  let fewer = ZERO
  let isComplete = true
  for (const c of criteria) {
    const given = app.scores.filter((s) => s.criterionId === c.id)
    if (given.length === 0) {
      isComplete = false
      continue
    }
    const sum = given.reduce((acc, s) => acc + BigInt(s.score), 0n)
    // weight × mean ÷ max = weight × sum ÷ (count × max)
    const part = { num: BigInt(c.weight) * sum, den: BigInt(given.length * c.maxScore) }
    weighted = add(weighted, part)
    if (c.isFewerOpportunities) fewer = add(fewer, part)
  }
  const total =
    totalWeight > 0 ? { num: weighted.num * 100n, den: weighted.den * BigInt(totalWeight) } : ZERO
  return { total, fewer, isComplete }
}

/** Ranks applications by weighted total with the documented tie-break; rank 1 is the best. */
export function rankApplications(criteria: RankCriterion[], apps: RankApplication[]): Ranked[] {
  const scored = apps.map((app) => ({ app, ...scoreOf(app, criteria) }))
  scored.sort(
    (a, b) =>
      compare(b.total, a.total) ||
      compare(b.fewer, a.fewer) ||
      (a.app.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) -
        (b.app.submittedAt?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
      (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0),
  )
  return scored.map((s, i) => ({
    id: s.app.id,
    rank: i + 1,
    total: s.total,
    totalText: toDecimal(s.total),
    fewerOpportunities: s.fewer,
    isComplete: s.isComplete,
  }))
}

export type Allocation = { places: number; waitingListPlaces: number; minTotalScore: number | null }

/**
 * Outcomes in rank order: the first `places` are selected, the next `waitingListPlaces` wait,
 * the rest are rejected; below the minimum total nobody is selected or waits.
 */
export function allocate(ranked: Ranked[], rules: Allocation): Map<string, DecisionOutcome> {
  const out = new Map<string, DecisionOutcome>()
  let selected = 0
  let waiting = 0
  for (const r of ranked) {
    const belowMinimum =
      rules.minTotalScore !== null &&
      compare(r.total, { num: BigInt(rules.minTotalScore), den: 1n }) < 0
    if (!belowMinimum && selected < rules.places) {
      selected++
      out.set(r.id, 'selected')
    } else if (!belowMinimum && waiting < rules.waitingListPlaces) {
      waiting++
      out.set(r.id, 'waiting_list')
    } else {
      out.set(r.id, 'rejected')
    }
  }
  return out
}
