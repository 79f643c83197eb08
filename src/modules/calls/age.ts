/**
 * Age in whole years on a day, both as ISO dates (`YYYY-MM-DD`). Someone born on 29 February is
 * a year older on 1 March in common years. A birthday on the day itself counts: a person born on
 * 2009-04-12 is 18 on 2027-04-12.
 */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number]
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  let age = y - by
  if (m < bm || (m === bm && d < bd)) age -= 1
  return age
}

export const AGE_OF_MAJORITY = 18

/** True when the person is under 18 on the day (the mobility start date). */
export function isMinorOn(dateOfBirth: string, day: string): boolean {
  return ageOn(dateOfBirth, day) < AGE_OF_MAJORITY
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}
