import { availableCallYears, rulesFor } from '../grants/index.ts'
import type { CallParticipantType } from './schema.ts'

export type CallActivity = { code: string; participant: CallParticipantType }

/**
 * The activity types a call may be for, from the newest call year's reference file (codes do not
 * change between years). Staff, invited experts and hosted teachers apply as staff.
 */
export function callActivities(): CallActivity[] {
  const year = availableCallYears().at(-1)
  if (year === undefined) return []
  return rulesFor(year).activities.map((a) => ({
    code: a.code,
    participant: a.participant === 'learner' ? 'learner' : 'staff',
  }))
}

/** Who applies for an activity type, or null when the code is unknown. */
export function participantOf(code: string): CallParticipantType | null {
  return callActivities().find((a) => a.code === code)?.participant ?? null
}
