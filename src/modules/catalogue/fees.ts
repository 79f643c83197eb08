import { daysInclusive } from '#src/lib/dates.ts'
import { toAmount, toCents } from '../projects/index.ts'
import type { CourseMode } from './schema.ts'

export type EntryFee = {
  feeEur: string | null
  mode: CourseMode
  selfPaced: boolean
  startsOn: string | null
  endsOn: string | null
}

/**
 * The entry's own fee per day, for a dated course one attends in person (on site or blended):
 * the fee over the days from the first to the last, both counted, to the cent (half a cent up).
 * Online and self-paced courses have no days to divide by, so no figure (ADR 021).
 */
export function feePerDay(entry: EntryFee): { days: number; perDay: string } | null {
  if (entry.feeEur === null || entry.selfPaced || entry.mode === 'online') return null
  if (!entry.startsOn || !entry.endsOn) return null
  const days = daysInclusive(entry.startsOn, entry.endsOn)
  if (days < 1) return null
  const cents = toCents(entry.feeEur)
  const n = BigInt(days)
  return { days, perDay: toAmount((cents * 2n + n) / (2n * n)) }
}
