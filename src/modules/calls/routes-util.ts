import type { Context } from 'hono'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'

/** Notices a page may show after a redirect (`?notice=`); anything else is ignored. */
const NOTICES = new Set([
  'calls:notices.created',
  'calls:notices.saved',
  'calls:notices.published',
  'calls:notices.closed',
  'calls:notices.decided',
  'calls:notices.criterionAdded',
  'calls:notices.removed',
  'calls:notices.documentAdded',
  'calls:notices.panelAdded',
  'calls:notices.draftSaved',
  'calls:notices.submitted',
  'calls:notices.withdrawn',
  'calls:notices.uploaded',
  'calls:notices.consentRequested',
  'calls:notices.consentRecorded',
  'calls:notices.consentAnswered',
  'calls:notices.appealed',
  'calls:notices.appealResolved',
  'calls:notices.rejected',
  'calls:notices.scored',
  'calls:notices.declared',
  'calls:notices.mobilityCreated',
])

export function noticeOf(c: Context<AppEnv>): string | undefined {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

export type Problem = { key: string; params?: Record<string, unknown> | undefined }

export type ActionResult<T> =
  | { ok: true; value: T }
  | {
      ok: false
      status: 409 | 422
      errors?: FieldErrors | undefined
      params?: Record<string, unknown>
      problem?: Problem
    }

/**
 * Runs a service call for a page action. Bad input comes back as field errors (422); a state that
 * forbids the action (INVALID_STATE, CONFLICT) as one message for the page (409). Others throw.
 */
export async function tryAction<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    if (err.code === 'INVALID_INPUT') {
      return {
        ok: false,
        status: 422,
        errors: err.fields ?? { _form: err.messageKey },
        params: err.params,
      }
    }
    if (err.code === 'INVALID_STATE' || err.code === 'CONFLICT') {
      return { ok: false, status: 409, problem: { key: err.messageKey, params: err.params } }
    }
    throw err
  }
}
