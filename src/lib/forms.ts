import type { z } from 'zod'
import type { FieldErrors } from './errors.ts'

export type FormValues = Record<string, unknown>

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors }

/**
 * Turns zod issues into translation keys, one per field (the first issue wins). A schema can name
 * its own key as the message: `z.string().regex(re, 'organisations:errors.oid')`.
 */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form'
    if (out[field]) continue
    out[field] = keyForIssue(issue)
  }
  return out
}

function keyForIssue(issue: z.core.$ZodIssue): string {
  if (/^[a-z-]+:[\w.]+$/.test(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return 'common:validation.required'
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? 'common:validation.required'
        : 'common:validation.tooShort'
    case 'too_big':
      return 'common:validation.tooLong'
    case 'invalid_format':
      if (issue.format === 'email') return 'common:validation.email'
      if (issue.format === 'url') return 'common:validation.url'
      return 'common:validation.format'
    case 'invalid_value':
      return 'common:validation.choice'
    default:
      return 'common:validation.invalid'
  }
}

export function validate<S extends z.ZodType>(schema: S, data: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, data: parsed.data }
  return { ok: false, errors: issuesToFieldErrors(parsed.error.issues) }
}
