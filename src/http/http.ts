import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { setCookie } from 'hono/cookie'
import type { z } from 'zod'
import type { FieldErrors } from '#src/lib/errors.ts'
import { AppError } from '#src/lib/errors.ts'
import { type FormValues, validate } from '#src/lib/forms.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { LOCALE_COOKIE } from './cookies.ts'
import type { AppEnv } from './types.ts'

/** The client's address, for rate limits. Behind a trusted proxy, the first X-Forwarded-For hop. */
export function clientIp(c: Context<AppEnv>): string {
  if (c.var.deps.env.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Remembers a language chosen while signed out (the switcher, a mail's `?lang=` link) for a year. */
export function rememberLocale(c: Context<AppEnv>, locale: Locale) {
  setCookie(c, LOCALE_COOKIE, locale, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: 365 * 86_400,
    secure: c.var.deps.env.secureCookies,
  })
}

/** A local path to go back to after a redirect; anything else becomes the fallback. */
export function safeNext(next: unknown, fallback = '/app'): string {
  if (
    typeof next !== 'string' ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.includes('\\')
  ) {
    return fallback
  }
  return next
}

/** The submitted form as nested values (`name.sq` → `{ name: { sq } }`), without the CSRF field. */
export async function readForm(c: Context<AppEnv>): Promise<FormValues> {
  const body = await c.req.parseBody({ dot: true, all: true })
  const { _csrf, ...rest } = body
  return rest as FormValues
}

/**
 * Runs a service call for a form. If it fails with field errors (or a plain input error), the
 * caller re-renders the form with what the person typed and status 422.
 */
export async function tryForm<T>(
  run: () => Promise<T>,
): Promise<
  | { ok: true; value: T }
  | { ok: false; errors: FieldErrors; params: Record<string, unknown>; status: 422 | 409 | 429 }
> {
  try {
    return { ok: true, value: await run() }
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'INVALID_INPUT' || err.code === 'CONFLICT' || err.code === 'RATE_LIMITED')
    ) {
      const errors: FieldErrors = err.fields ?? { _form: err.messageKey }
      const status = err.code === 'INVALID_INPUT' ? 422 : err.status === 429 ? 429 : 409
      return { ok: false, errors, params: err.params, status: status as 422 | 409 | 429 }
    }
    throw err
  }
}

/**
 * A form's round trip: read, validate, run the service, redirect (303) to what it made; on bad
 * input or a refused step, the status (422 …) and the form again with what was typed.
 */
export async function formStep<S extends z.ZodType, R>(
  c: Context<AppEnv>,
  options: {
    read: (form: FormValues) => unknown
    schema: S
    run: (input: z.output<S>) => Promise<R>
    render: (raw: unknown, errors: FieldErrors) => Response | Promise<Response>
    done: (result: R) => string
  },
) {
  const form = await readForm(c)
  const raw = options.read(form)
  const parsed = validate(options.schema, raw)
  if (!parsed.ok) {
    c.status(422)
    return options.render(raw, parsed.errors)
  }
  const result = await tryForm(() => options.run(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return options.render(raw, result.errors)
  }
  return c.redirect(options.done(result.value), 303)
}

/** A message a page may be asked to show by `?notice=` / `?error=`, if it is one of `allowed`. */
export function queryKey(
  c: Context<AppEnv>,
  name: 'notice' | 'error',
  allowed: ReadonlySet<string>,
): string | undefined {
  const key = c.req.query(name)
  return key && allowed.has(key) ? key : undefined
}
