import { type CompetenceInfo, isLow, levelAt, type Scale } from '../competence-frameworks/index.ts'
import type { RatingPhase } from './schema.ts'

/*
 * The arithmetic of profiles and gap views, free of the database so it can be tested alone.
 * Levels are positions on a scale (1 = lowest). ADR 016 gives the privacy rule.
 */

/** Fewer people than this in a cell, and the cell says "fewer than 5" instead of the number. */
export const MIN_GROUP = 5

/** A count of people as a gap view may show it: the number, or null for "fewer than 5". */
export type Shown = number | null

/**
 * 1 to 4 people are hidden; 0 is shown, as it describes nobody (and "nobody has taken a course"
 * is the gap a school most needs to see).
 */
export function shown(n: number): Shown {
  return n > 0 && n < MIN_GROUP ? null : n
}

/**
 * A row of counts that add up to a total shown beside them (people per level band). When the
 * total is under 5, every cell is hidden, zeros included (they would tell where the few are).
 * When exactly one cell is hidden, the smallest other one is hidden too, so the hidden number
 * cannot be worked out as the total minus the others.
 */
export function shownRow(total: number, cells: readonly number[]): Shown[] {
  if (total < MIN_GROUP) return cells.map(() => null)
  const out = cells.map(shown)
  if (out.filter((c) => c === null).length === 1) {
    let pick = -1
    out.forEach((c, i) => {
      if (c !== null && (pick < 0 || c < (out[pick] as number))) pick = i
    })
    if (pick >= 0) out[pick] = null
  }
  return out
}

/** The mean, or null of nothing. */
export function average(values: readonly number[]): number | null {
  if (values.length === 0) return null
  return values.reduce((a, b) => a + b, 0) / values.length
}

export type RatingRow = {
  userId: string
  code: string
  phase: RatingPhase
  courseId: string | null
  level: number
  ratedAt: Date
}

export type EnrolmentRow = {
  userId: string
  courseId: string
  competences: readonly string[]
  status: 'active' | 'completed' | 'withdrawn'
}

/** Each person's most recent rating of each competence (any phase): code → user → rating. */
export function latestRatings(ratings: readonly RatingRow[]): Map<string, Map<string, RatingRow>> {
  const out = new Map<string, Map<string, RatingRow>>()
  for (const r of ratings) {
    let byUser = out.get(r.code)
    if (!byUser) {
      byUser = new Map()
      out.set(r.code, byUser)
    }
    const seen = byUser.get(r.userId)
    if (!seen || seen.ratedAt < r.ratedAt) byUser.set(r.userId, r)
  }
  return out
}

/** Pre and post ratings of one person in one course, for "before → after". */
export type Pair = { userId: string; courseId: string; before: number; after: number }

export function ratingPairs(ratings: readonly RatingRow[], code: string): Pair[] {
  const pre = new Map<string, RatingRow>()
  const post = new Map<string, RatingRow>()
  for (const r of ratings) {
    if (r.code !== code || !r.courseId) continue
    const key = `${r.userId} ${r.courseId}`
    if (r.phase === 'pre') pre.set(key, r)
    if (r.phase === 'post') post.set(key, r)
  }
  return [...pre].flatMap(([key, p]) => {
    const q = post.get(key)
    return q ? [{ userId: p.userId, courseId: p.courseId!, before: p.level, after: q.level }] : []
  })
}

/** One competence of a gap view, before the privacy rule. */
export type GapCounts = {
  competence: CompetenceInfo
  raters: number
  bands: number[]
  low: number
  enrolled: number
  completed: number
  pairs: Pair[]
}

export function gapCounts(
  competences: readonly CompetenceInfo[],
  ratings: readonly RatingRow[],
  enrolmentRows: readonly EnrolmentRow[],
): GapCounts[] {
  const latest = latestRatings(ratings)
  return competences.map((competence) => {
    const scale = competence.scale
    const people = [...(latest.get(competence.code)?.values() ?? [])]
    const bands = scale.bands.map(
      (b) => people.filter((r) => levelAt(scale, r.level)?.band === b.id).length,
    )
    const tagged = enrolmentRows.filter((e) => e.competences.includes(competence.code))
    return {
      competence,
      raters: people.length,
      bands,
      low: people.filter((r) => isLow(scale, r.level)).length,
      enrolled: new Set(tagged.map((e) => e.userId)).size,
      completed: new Set(tagged.filter((e) => e.status === 'completed').map((e) => e.userId)).size,
      pairs: ratingPairs(ratings, competence.code),
    }
  })
}

/** One competence of a gap view as a page may show it. */
export type GapRow = {
  competence: CompetenceInfo
  raters: Shown
  bands: { band: string; count: Shown }[]
  enrolled: Shown
  completed: Shown
  /** People with a rating before and after the same course; the averages need 5 of them. */
  paired: Shown
  before: number | null
  after: number | null
  /** Most of 5 or more people rate themselves in the lowest band. */
  mostLow: boolean
  /** Nobody has taken a course that develops it. */
  noCourse: boolean
}

/** The privacy rule applied to a competence's counts. */
export function presentGap(counts: GapCounts): GapRow {
  const { competence, raters, pairs } = counts
  const bands = shownRow(raters, counts.bands)
  const pairedPeople = new Set(pairs.map((p) => p.userId)).size
  const enough = pairedPeople >= MIN_GROUP
  return {
    competence,
    raters: shown(raters),
    bands: competence.scale.bands.map((b, i) => ({ band: b.id, count: bands[i] ?? null })),
    enrolled: shown(counts.enrolled),
    completed: shown(counts.completed),
    paired: shown(pairedPeople),
    before: enough ? average(pairs.map((p) => p.before)) : null,
    after: enough ? average(pairs.map((p) => p.after)) : null,
    mostLow: raters >= MIN_GROUP && counts.low * 2 > raters,
    noCourse: counts.enrolled === 0,
  }
}

/** One competence of a person's profile: the latest level, and each course that develops it. */
export type ProfileRow = {
  competence: CompetenceInfo
  latest: RatingRow | null
  courses: {
    courseId: string
    status: EnrolmentRow['status']
    before: number | null
    after: number | null
  }[]
}

export function profileRows(
  competences: readonly CompetenceInfo[],
  ratings: readonly RatingRow[],
  enrolmentRows: readonly EnrolmentRow[],
): ProfileRow[] {
  const latest = latestRatings(ratings)
  const level = (code: string, courseId: string, phase: RatingPhase) =>
    ratings.find((r) => r.code === code && r.courseId === courseId && r.phase === phase)?.level ??
    null
  return competences.map((competence) => {
    const code = competence.code
    const byUser = latest.get(code)
    return {
      competence,
      latest: byUser
        ? ([...byUser.values()].sort((a, b) => +b.ratedAt - +a.ratedAt)[0] ?? null)
        : null,
      courses: enrolmentRows
        .filter((e) => e.competences.includes(code))
        .map((e) => ({
          courseId: e.courseId,
          status: e.status,
          before: level(code, e.courseId, 'pre'),
          after: level(code, e.courseId, 'post'),
        })),
    }
  })
}

/** A level's position written as its name's key part (`digcomp8.5`), for views. */
export function levelKey(scale: Scale, ordinal: number): string | undefined {
  const l = levelAt(scale, ordinal)
  return l ? `${scale.id}.${l.id}` : undefined
}
