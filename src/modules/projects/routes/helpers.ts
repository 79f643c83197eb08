import type { Context } from 'hono'
import type { z } from 'zod'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, validate } from '#src/lib/forms.ts'

const NOTICES = new Set([
  'projects:notices.created',
  'projects:notices.saved',
  'projects:notices.partnerAdded',
  'projects:notices.partnerRemoved',
  'projects:notices.invited',
  'projects:notices.draftSaved',
  'projects:notices.sentForReview',
  'projects:notices.reviewed',
  'projects:notices.submitted',
  'projects:notices.accepted',
  'projects:notices.decisionAdded',
  'projects:notices.attendeeAdded',
  'projects:notices.feedReady',
  'projects:notices.feedRemoved',
])

/** A notice named in the query string, if it is one of ours. */
export function noticeOf(c: Context<AppEnv>): string | undefined {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

type Render = (values: FormValues, errors: FieldErrors) => Response | Promise<Response>

/**
 * The usual form round: read, validate with zod, run the service. Bad input re-renders the
 * form with what was typed (422, or the service's 409); success redirects (303) to `done`.
 */
export async function handleForm<S extends z.ZodType, R>(
  c: Context<AppEnv>,
  opts: {
    schema: S
    prepare?: (form: FormValues) => unknown
    render: Render
    save: (input: z.output<S>) => Promise<R>
    done: (result: R) => string
  },
) {
  const form = await readForm(c)
  const parsed = validate(opts.schema, opts.prepare ? opts.prepare(form) : form)
  if (!parsed.ok) {
    c.status(422)
    return opts.render(form, parsed.errors)
  }
  const result = await tryForm(() => opts.save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return opts.render(form, result.errors)
  }
  return c.redirect(opts.done(result.value), 303)
}
