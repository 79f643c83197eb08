/** One course of a learning path, in order. */
export type PathItem = { courseId: string; required: boolean }

export type PathProgress = {
  requiredTotal: number
  requiredDone: number
  optionalTotal: number
  optionalDone: number
  /** How many optional courses count: the rule's N, never more than there are. */
  optionalNeeded: number
  /** Courses that count towards completion and are still to do. */
  remaining: number
  complete: boolean
  /** The first course, in order, that still counts: required, or optional while more are needed. */
  nextCourseId: string | null
}

/**
 * Where a person stands on a path: every required course done, and N of the optional ones.
 * Pure, so the rule is tested without a database.
 */
export function pathProgress(
  items: readonly PathItem[],
  optionalToComplete: number,
  isDone: (courseId: string) => boolean,
): PathProgress {
  const required = items.filter((i) => i.required)
  const optional = items.filter((i) => !i.required)
  const requiredDone = required.filter((i) => isDone(i.courseId)).length
  const optionalDone = optional.filter((i) => isDone(i.courseId)).length
  const optionalNeeded = Math.min(Math.max(0, optionalToComplete), optional.length)
  const optionalMissing = Math.max(0, optionalNeeded - optionalDone)
  const remaining = required.length - requiredDone + optionalMissing
  const next = items.find(
    (i) => !isDone(i.courseId) && (i.required || optionalDone < optionalNeeded),
  )
  return {
    requiredTotal: required.length,
    requiredDone,
    optionalTotal: optional.length,
    optionalDone,
    optionalNeeded,
    remaining,
    complete: items.length > 0 && remaining === 0,
    nextCourseId: next?.courseId ?? null,
  }
}

/** The share of the counting courses done, in whole percent (rounded down). */
export function pathPercent(p: PathProgress): number {
  const total = p.requiredTotal + p.optionalNeeded
  if (total === 0) return 0
  return Math.floor(((total - p.remaining) * 100) / total)
}
