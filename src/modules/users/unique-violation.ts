/** True for PostgreSQL's unique_violation (23505), however deep the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  let e: unknown = err
  for (let depth = 0; e && depth < 4; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}
