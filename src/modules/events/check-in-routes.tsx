import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { requireActor } from '#src/lib/policy.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { checkIn, checkInBatch, listForCheckIn } from './check-in.ts'
import { ZCheckIn, ZCheckInBatch } from './inputs.ts'
import { countRegistrations } from './service.ts'
import { type CheckInMessage, CheckInPage } from './views/check-in-page.tsx'
import { titleText } from './views/shared.tsx'

const OUTCOMES = new Set(['checked_in', 'already', 'not_confirmed'])

async function renderCheckIn(
  c: Context<AppEnv>,
  options: { q?: string; message?: CheckInMessage; code?: string; errors?: Record<string, string> },
) {
  const { event, rows } = await listForCheckIn(c.var.ctx, c.req.param('id')!, options.q)
  const counts = (await countRegistrations(c.var.ctx, [event.id])).get(event.id)!
  return c.render(
    <CheckInPage
      event={event}
      rows={rows}
      q={options.q ?? ''}
      totals={{ checkedIn: counts.attended, expected: counts.confirmed }}
      message={options.message}
      code={options.code}
      errors={options.errors}
    />,
    { title: c.var.t('events:checkIn.title', { event: titleText(event, c.var.locale) }) },
  )
}

/** Check-in at the door: the page, one check-in from a form, and a phone's offline queue. */
export const checkInRoutes = new Hono<AppEnv>()
  .get('/app/events/:id/check-in', async (c) => {
    requireActor(c.var.ctx)
    const q = (c.req.query('q') ?? '').slice(0, 120)
    const outcome = c.req.query('outcome')
    const who = c.req.query('who')
    const message =
      outcome && OUTCOMES.has(outcome) && who
        ? { outcome: outcome as CheckInMessage['outcome'], name: who.slice(0, 120) }
        : undefined
    return renderCheckIn(c, { q, message })
  })
  .post('/app/events/:id/check-in', async (c) => {
    requireActor(c.var.ctx)
    const form = await readForm(c)
    const parsed = validate(ZCheckIn, form)
    const code = typeof form.code === 'string' ? form.code : ''
    if (!parsed.ok) {
      c.status(422)
      return renderCheckIn(c, { code, errors: parsed.errors })
    }
    const outcome = await checkIn(c.var.ctx, c.req.param('id'), parsed.data)
    if (outcome.result === 'unknown') {
      c.status(422)
      return renderCheckIn(c, { code, errors: { code: 'events:errors.ticketUnknown' } })
    }
    const query = new URLSearchParams({ outcome: outcome.result, who: outcome.name })
    return c.redirect(`/app/events/${c.req.param('id')}/check-in?${query}`, 303)
  })
  .post('/app/events/:id/check-in/sync', async (c) => {
    requireActor(c.var.ctx)
    if (!ZUuid.safeParse(c.req.param('id')).success) {
      throw new AppError('NOT_FOUND', 'common:errors.notFound')
    }
    const body = await c.req.json().catch(() => null)
    const parsed = ZCheckInBatch.safeParse(body)
    if (!parsed.success) {
      return c.json(
        { error: { code: 'INVALID_INPUT', message: c.var.t('common:errors.invalidInput') } },
        422,
      )
    }
    const results = await checkInBatch(c.var.ctx, c.req.param('id'), parsed.data.items)
    return c.json({
      results: results.map((r) =>
        r.result === 'unknown'
          ? { result: r.result }
          : { result: r.result, registrationId: r.registrationId, name: r.name },
      ),
    })
  })
