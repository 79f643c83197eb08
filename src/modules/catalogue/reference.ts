import { iscedBroadFields, isIscedBroadField } from '#src/lib/isced.ts'
import { availableCallYears, rulesFor } from '../grants/index.ts'

/** ISCED-F 2013 broad fields' codes (two digits): the catalogue's field filter and choice. */
export function iscedBroadCodes(): string[] {
  return iscedBroadFields().map((f) => f.code)
}

export { isIscedBroadField }

/** The Erasmus+ activity whose course fees apply: staff "Courses and training". */
export const COURSE_ACTIVITY = 'SM-COUR-TRAIN'

export type ErasmusCourseFee = { callYear: number; perDay: number; maxDays: number | null }

/**
 * What Erasmus+ pays towards course fees, from the newest call year's rules: a sum per day
 * (`course_fees_per_day`), for at most the days the "Courses and training" activity may last.
 */
export function erasmusCourseFee(): ErasmusCourseFee {
  const callYear = Math.max(...availableCallYears())
  const book = rulesFor(callYear)
  const activity = book.activities.find((a) => a.code === COURSE_ACTIVITY)
  return { callYear, perDay: book.courseFeesPerDay, maxDays: activity?.maxDays ?? null }
}
