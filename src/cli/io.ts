import type { z } from 'zod'
import type { AppError } from '#src/lib/errors.ts'
import { issuesToFieldErrors } from '#src/lib/forms.ts'
import { getT } from '#src/lib/i18n.ts'

/** Where a command writes: the process's streams, or collectors in tests. */
export type Output = { write(chunk: string): unknown }

export type CliIo = {
  env: NodeJS.ProcessEnv
  stdout: Output
  stderr: Output
}

/** A problem the operator can fix, said in plain English; `exitCode` 2 means "wrong usage". */
export class CliError extends Error {
  override name = 'CliError'
  readonly exitCode: 1 | 2
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message)
    this.exitCode = exitCode
  }
}

const en = getT('en')

/** Reads a schema's issues as "--option: what is wrong" lines (translation keys in English). */
export function parseOptions<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const parsed = schema.safeParse(values)
  if (parsed.success) return parsed.data
  const lines = parsed.error.issues.map((issue) => {
    const option = issue.path.length ? `--${String(issue.path[0])}` : 'options'
    return `  ${option}: ${plain(issue)}`
  })
  throw new CliError(`Some options are not valid:\n${lines.join('\n')}`, 2)
}

function plain(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required.'
  // Our own messages are plain English already; zod's defaults and the shared rules' translation
  // keys become the same sentences the web forms show.
  if (!/^(Too |Invalid )/.test(issue.message) && !/^[a-z-]+:[\w.]+$/.test(issue.message)) {
    return issue.message
  }
  const [key] = Object.values(issuesToFieldErrors([issue]))
  return en(key ?? 'common:validation.invalid')
}

/** A service's AppError, in English, with its field problems. */
export function describeAppError(err: AppError): string {
  const lines = [en(err.messageKey, err.params)]
  for (const [field, key] of Object.entries(err.fields ?? {})) {
    if (field !== '_form') lines.push(`  ${field}: ${en(key)}`)
  }
  return lines.join('\n')
}
