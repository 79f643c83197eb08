import { availableCallYears, listActivityTypes } from '../grants/index.ts'

export { type IscedField, iscedBroadFields, isIscedBroadField } from '#src/lib/isced.ts'

/** Erasmus+ VET activity types of the newest call year: the keys of a partnership's quotas. */
export function mobilityActivities(): { code: string; name: string }[] {
  const newest = Math.max(...availableCallYears())
  return listActivityTypes(newest).map(({ code, name }) => ({ code, name }))
}
