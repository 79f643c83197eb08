import type { Context, Next } from 'hono'
import { Hono } from 'hono'
import { clientIp, readForm, tryForm } from '#src/http/http.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, notFound } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES, type Locale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { ZUuid } from '#src/lib/validation.ts'
import { certificateCredentialCode, certificatePdf } from './certificates.ts'
import { cancelByParticipant, confirmAsGuardian, getGuardianRequest } from './decisions.ts'
import { feedbackState, submitFeedback } from './feedback.ts'
import { renderIcs } from './ical.ts'
import { ZFeedback } from './inputs.ts'
import {
  findOrganisationBySlug,
  getPublicEvent,
  listFeedEvents,
  listPublicEventPages,
  listPublicProjectFeed,
} from './public.ts'
import {
  getRegistrationByToken,
  registerForEvent,
  registrationWindow,
  verifyTicket,
} from './registration.ts'
import { formToRegistration, validateRegistration } from './registration-inputs.ts'
import { pdfResponse, ticketQr } from './routes.tsx'
import {
  CancelRegistrationPage,
  FeedbackFormPage,
  GuardianPage,
  ParticipantPage,
  VerifyPage,
} from './views/participant-pages.tsx'
import { eventJsonLd, PublicEventPage } from './views/public-page.tsx'
import { titleText } from './views/shared.tsx'

addSitemapSource(async (deps) =>
  (await listPublicEventPages(deps.db)).map((r) => ({
    path: `/e/${r.slug}`,
    lastModified: r.updatedAt,
  })),
)

const NOTICES = new Set([
  'events:notices.registered',
  'events:notices.participantCancelled',
  'events:notices.feedbackThanks',
])

/** The page's language from the URL, or null to let another module's `/:locale/…` route try. */
function localeOf(c: Context<AppEnv>): Locale | null {
  const locale = c.req.param('locale')
  return isLocale(locale) ? locale : null
}

/** The signed-in reader's zone (their organisation's); a visitor's is unknown to the server. */
function readerZone(c: Context<AppEnv>): string | null {
  const actor = c.var.ctx.actor
  return actor?.memberships.find((m) => m.tenantId === actor.tenantId)?.timeZone ?? null
}

type RegisterValues = { values?: Record<string, unknown>; errors?: Record<string, string> }

async function renderEvent(c: Context<AppEnv>, locale: Locale, form: RegisterValues = {}) {
  const { event, organiser, placesLeft } = await getPublicEvent(c.var.ctx, c.req.param('slug')!)
  const base = c.var.deps.env.baseUrl
  c.set(
    'alternates',
    LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/e/${event.slug}` })),
  )
  const title = titleText(event, locale)
  return c.render(
    <PublicEventPage
      event={event}
      organiser={organiser}
      placesLeft={placesLeft}
      window={registrationWindow(event, c.var.deps.now())}
      jsonLd={eventJsonLd(event, organiser, { locale, baseUrl: base, placesLeft })}
      readerZone={readerZone(c)}
      values={form.values}
      errors={form.errors}
    />,
    {
      title,
      layout: 'public',
      description: pickText(event.description, locale).value.slice(0, 160) || title,
    },
  )
}

async function participantPage(c: Context<AppEnv>, locale: Locale) {
  const token = c.req.param('token')!
  const { event, registration, position } = await getRegistrationByToken(c.var.ctx, token)
  const qr =
    registration.status === 'confirmed' ? await ticketQr(c, registration.ticketCode, locale) : null
  const key = c.req.query('notice')
  const canCancel =
    ['awaiting_guardian', 'pending_approval', 'confirmed', 'waitlisted'].includes(
      registration.status,
    ) && c.var.deps.now() < event.endsAt
  return c.render(
    <ParticipantPage
      event={event}
      registration={registration}
      position={position}
      qr={qr}
      feedback={await feedbackState(c.var.ctx, event, registration)}
      canCancel={canCancel}
      notice={key && NOTICES.has(key) ? key : undefined}
    />,
    { title: c.var.t('events:participant.title', { name: registration.name }), layout: 'public' },
  )
}

const skip = (_c: Context<AppEnv>, next: Next) => next()

/** A participant's own pages carry personal data: never indexed, never stored by caches. */
const personal = async (c: Context<AppEnv>, next: Next) => {
  await next()
  c.header('Cache-Control', 'private, no-store')
  c.header('X-Robots-Tag', 'noindex')
}

export const publicEventRoutes = new Hono<AppEnv>()
  .use('/:locale/r/*', personal)
  .use('/:locale/g/*', personal)
  .use('/:locale/tickets/*', personal)
  .use('/:locale/certificates/*', personal)
  .get('/:locale/e/:slug', async (c, next) => {
    const locale = localeOf(c)
    return locale ? renderEvent(c, locale) : skip(c, next)
  })
  .post('/:locale/e/:slug/register', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const { event } = await getPublicEvent(c.var.ctx, c.req.param('slug'))
    const form = await readForm(c)
    const parsed = validateRegistration(event, formToRegistration(form, event.questions))
    if (!parsed.ok) {
      c.status(422)
      return renderEvent(c, locale, { values: form, errors: parsed.errors })
    }
    const result = await tryForm(() =>
      registerForEvent(c.var.ctx, event.id, parsed.data, clientIp(c)),
    )
    if (!result.ok) {
      c.status(result.status)
      return renderEvent(c, locale, { values: form, errors: result.errors })
    }
    const token = result.value.registration.accessToken
    return c.redirect(`/${locale}/r/${token}?notice=events:notices.registered`, 303)
  })
  .get('/:locale/r/:token', async (c, next) => {
    const locale = localeOf(c)
    return locale ? participantPage(c, locale) : skip(c, next)
  })
  .get('/:locale/r/:token/cancel', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const { event, registration } = await getRegistrationByToken(c.var.ctx, c.req.param('token'))
    return c.render(<CancelRegistrationPage event={event} registration={registration} />, {
      title: c.var.t('events:participant.cancelTitle'),
      layout: 'public',
    })
  })
  .post('/:locale/r/:token/cancel', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const token = c.req.param('token')
    await cancelByParticipant(c.var.ctx, token)
    return c.redirect(`/${locale}/r/${token}?notice=events:notices.participantCancelled`, 303)
  })
  .get('/:locale/r/:token/feedback', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const token = c.req.param('token')
    const { event, registration } = await getRegistrationByToken(c.var.ctx, token)
    const state = await feedbackState(c.var.ctx, event, registration)
    if (state === 'done') return c.redirect(`/${c.req.param('locale')}/r/${token}`, 303)
    if (state !== 'open') throw new AppError('INVALID_STATE', 'events:errors.feedbackClosed')
    return c.render(<FeedbackFormPage event={event} registration={registration} />, {
      title: c.var.t('events:feedback.title'),
      layout: 'public',
    })
  })
  .post('/:locale/r/:token/feedback', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const token = c.req.param('token')
    const { event, registration } = await getRegistrationByToken(c.var.ctx, token)
    const form = await readForm(c)
    const title = c.var.t('events:feedback.title')
    const parsed = validate(ZFeedback, form)
    const result = parsed.ok
      ? await tryForm(() => submitFeedback(c.var.ctx, token, parsed.data))
      : null
    if (!parsed.ok || (result && !result.ok)) {
      c.status(!parsed.ok ? 422 : result && !result.ok ? result.status : 422)
      const errors = !parsed.ok ? parsed.errors : result && !result.ok ? result.errors : {}
      return c.render(
        <FeedbackFormPage
          event={event}
          registration={registration}
          values={form}
          errors={errors}
        />,
        { title, layout: 'public' },
      )
    }
    return c.redirect(`/${locale}/r/${token}?notice=events:notices.feedbackThanks`, 303)
  })
  .get('/:locale/r/:token/certificate.pdf', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const { event, registration } = await getRegistrationByToken(c.var.ctx, c.req.param('token'))
    const pdf = await certificatePdf(c.var.ctx, event, registration)
    return pdfResponse(pdf, registration.certificateCode ?? 'certificate')
  })
  .get('/:locale/g/:token', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const token = c.req.param('token')
    const { event, registration } = await getGuardianRequest(c.var.ctx, token)
    return c.render(
      <GuardianPage
        event={event}
        registration={registration}
        token={token}
        done={registration.status !== 'awaiting_guardian'}
      />,
      { title: c.var.t('events:guardian.title'), layout: 'public' },
    )
  })
  .post('/:locale/g/:token', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const token = c.req.param('token')
    const { event } = await getGuardianRequest(c.var.ctx, token)
    const registration = await confirmAsGuardian(c.var.ctx, token)
    return c.render(<GuardianPage event={event} registration={registration} token={token} done />, {
      title: c.var.t('events:guardian.title'),
      layout: 'public',
    })
  })
  .get('/:locale/tickets/:code', async (c, next) => {
    if (!localeOf(c)) return skip(c, next)
    const { event, registration } = await verifyTicket(c.var.ctx, c.req.param('code'))
    return c.render(<VerifyPage event={event} registration={registration} />, {
      title: c.var.t('events:verify.ticketTitle'),
      layout: 'public',
    })
  })
  // Certificates moved onto credentials (ADR 013): printed links and QR codes still arrive here.
  .get('/:locale/certificates/:code', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const code = await certificateCredentialCode(c.var.deps.db, c.req.param('code'))
    if (!code) throw notFound()
    return c.redirect(`/${locale}/credentials/${code}`, 301)
  })
  .get('/:locale/o/:slug/events.ics', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const org = await findOrganisationBySlug(c.var.deps.db, c.req.param('slug'))
    const project = c.req.query('project')
    const projectId = project && ZUuid.safeParse(project).success ? project : undefined
    const since = new Date(c.var.deps.now().getTime() - 365 * 86_400_000)
    const rows = await listFeedEvents(c.var.deps.db, org.id, { projectId, since })
    const name = pickText(org.name, locale).value
    const body = renderIcs(rows, {
      name: c.var.t('events:ical.name', { organisation: name }),
      baseUrl: c.var.deps.env.baseUrl,
      locale,
      fallbacks: ['en'],
    })
    return calendarResponse(c, body)
  })
  .get('/:locale/p/:slug/events.ics', async (c, next) => {
    const locale = localeOf(c)
    if (!locale) return skip(c, next)
    const since = new Date(c.var.deps.now().getTime() - 365 * 86_400_000)
    const { project, rows } = await listPublicProjectFeed(c.var.deps.db, c.req.param('slug'), since)
    const body = renderIcs(rows, {
      name: c.var.t('events:ical.name', { organisation: project.acronym }),
      baseUrl: c.var.deps.env.baseUrl,
      locale,
      fallbacks: ['en'],
    })
    return calendarResponse(c, body)
  })

function calendarResponse(c: Context<AppEnv>, body: string) {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'cache-control': 'public, max-age=900',
  })
}
