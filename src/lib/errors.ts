/**
 * The one error type of Ura. Services throw it with a stable code and a translation key;
 * `server/app.ts` maps the code to an HTTP status and translates the key for the reader.
 */
export type AppErrorCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INVALID_INPUT'
  | 'INVALID_STATE'
  | 'RATE_LIMITED'

export const STATUS_OF: Record<AppErrorCode, 400 | 401 | 403 | 404 | 409 | 422 | 429> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
}

/** Field errors are translation keys by field name (`{ email: 'common:validation.email' }`). */
export type FieldErrors = Record<string, string>

export class AppError extends Error {
  readonly code: AppErrorCode
  readonly messageKey: string
  readonly params: Record<string, unknown>
  readonly fields: FieldErrors | undefined

  constructor(
    code: AppErrorCode,
    messageKey: string,
    params: Record<string, unknown> = {},
    fields?: FieldErrors,
  ) {
    super(`${code}: ${messageKey}`)
    this.name = 'AppError'
    this.code = code
    this.messageKey = messageKey
    this.params = params
    this.fields = fields
  }

  get status() {
    return STATUS_OF[this.code]
  }
}

/** Another organisation's record and a missing record look the same from outside. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'common:errors.notFound')
}

export function forbidden(): AppError {
  return new AppError('FORBIDDEN', 'common:errors.forbidden')
}
