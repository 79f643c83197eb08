import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { presentLanguages } from '#src/lib/localized-text.ts'
import { authorize, requireActor } from '#src/lib/policy.ts'
import { qrSvg } from '#src/ui/qr.tsx'
import { getCurrentOrganisation } from '../organisations/index.ts'
import { certificatePdf, issueCertificates } from './certificates.ts'
import { checkInRoutes } from './check-in-routes.tsx'
import { approveRegistration, cancelByStaff, rejectRegistration } from './decisions.ts'
import { feedbackResults } from './feedback.ts'
import { type EventInput, formToEventInput, validateEvent } from './inputs.ts'
import { getRegistration, listRegistrations, registerByStaff } from './registration.ts'
import { ZStaffRegistration } from './registration-inputs.ts'
import {
  cancelEvent,
  countRegistrations,
  createEvent,
  type Event,
  getEvent,
  listEvents,
  listProjectOptions,
  publishEvent,
  updateEvent,
} from './service.ts'
import { AddPersonPage, CancelEventPage, PrintTicketPage } from './views/desk-pages.tsx'
import { EventPage } from './views/event-page.tsx'
import { FeedbackResultsPage } from './views/feedback-page.tsx'
import { EventFormPage } from './views/form-page.tsx'
import {
  type EventFormValues,
  newEventValues,
  valuesFromEvent,
  valuesFromForm,
} from './views/form-values.ts'
import { EventsListPage } from './views/list-page.tsx'
import { titleText } from './views/shared.tsx'

const NOTICES = new Set([
  'events:notices.created',
  'events:notices.saved',
  'events:notices.published',
  'events:notices.cancelled',
  'events:notices.added',
  'events:notices.approved',
  'events:notices.rejected',
  'events:notices.registrationCancelled',
  'events:notices.certificates',
])

function notice(c: Context<AppEnv>) {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

type FormPage = { title: string; action: string; cancelHref: string; submitLabel: string }

async function renderEventForm(
  c: Context<AppEnv>,
  page: FormPage,
  values: EventFormValues,
  errors?: FieldErrors,
) {
  const org = await getCurrentOrganisation(c.var.ctx)
  const languages = [
    ...new Set([
      org.defaultLocale,
      ...org.workingLanguages,
      'en',
      ...presentLanguages(values.title),
    ]),
  ]
  const projects = await listProjectOptions(c.var.ctx)
  return c.render(
    <EventFormPage
      {...page}
      values={values}
      errors={errors}
      languages={languages}
      projects={projects}
    />,
    { title: page.title },
  )
}

async function submitEvent(
  c: Context<AppEnv>,
  page: FormPage,
  save: (input: EventInput) => Promise<Event>,
  notice: string,
) {
  const form = await readForm(c)
  const parsed = validateEvent(formToEventInput(form))
  if (!parsed.ok) {
    c.status(422)
    return renderEventForm(c, page, valuesFromForm(form), parsed.errors)
  }
  const result = await tryForm(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderEventForm(c, page, valuesFromForm(form), result.errors)
  }
  return c.redirect(`/app/events/${result.value.id}?notice=${notice}`, 303)
}

const eventUrl = (id: string, key: string) => `/app/events/${id}?notice=${key}`

export const eventRoutes = new Hono<AppEnv>()
  .get('/app/events', async (c) => {
    const [upcoming, past] = await Promise.all([
      listEvents(c.var.ctx, { when: 'upcoming' }),
      listEvents(c.var.ctx, { when: 'past' }),
    ])
    return c.render(<EventsListPage upcoming={upcoming} past={past} notice={notice(c)} />, {
      title: c.var.t('events:list.title'),
    })
  })
  .get('/app/events/new', async (c) => {
    authorize(c.var.ctx, 'events.manage')
    const org = await getCurrentOrganisation(c.var.ctx)
    return renderEventForm(c, newPage(c), newEventValues(org.timeZone))
  })
  .post('/app/events/new', async (c) => {
    authorize(c.var.ctx, 'events.manage')
    return submitEvent(
      c,
      newPage(c),
      (input) => createEvent(c.var.ctx, input),
      'events:notices.created',
    )
  })
  .get('/app/events/:id', async (c) => {
    const { event, rows } = await listRegistrations(c.var.ctx, c.req.param('id'))
    const counts = (await countRegistrations(c.var.ctx, [event.id])).get(event.id)!
    const key = notice(c)
    return c.render(
      <EventPage
        event={event}
        counts={counts}
        rows={rows}
        publicUrl={`${c.var.deps.env.baseUrl}/${c.var.locale}/e/${event.slug}`}
        notice={key}
        noticeParams={{ count: Number(c.req.query('count') ?? 0) }}
      />,
      { title: titleText(event, c.var.locale) },
    )
  })
  .get('/app/events/:id/edit', async (c) => {
    authorize(c.var.ctx, 'events.manage')
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    return renderEventForm(c, editPage(c, event), valuesFromEvent(event))
  })
  .post('/app/events/:id/edit', async (c) => {
    authorize(c.var.ctx, 'events.manage')
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    return submitEvent(
      c,
      editPage(c, event),
      (input) => updateEvent(c.var.ctx, event.id, input),
      'events:notices.saved',
    )
  })
  .post('/app/events/:id/publish', async (c) => {
    const event = await publishEvent(c.var.ctx, c.req.param('id'))
    return c.redirect(eventUrl(event.id, 'events:notices.published'), 303)
  })
  .get('/app/events/:id/cancel', async (c) => {
    authorize(c.var.ctx, 'events.manage')
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    const counts = (await countRegistrations(c.var.ctx, [event.id])).get(event.id)!
    const people = counts.confirmed + counts.pending + counts.waitlisted + counts.awaitingGuardian
    return c.render(<CancelEventPage event={event} people={people} />, {
      title: c.var.t('events:cancelEvent.title'),
    })
  })
  .post('/app/events/:id/cancel', async (c) => {
    const event = await cancelEvent(c.var.ctx, c.req.param('id'))
    return c.redirect(eventUrl(event.id, 'events:notices.cancelled'), 303)
  })
  .get('/app/events/:id/registrations/new', async (c) => {
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    return c.render(<AddPersonPage event={event} />, {
      title: c.var.t('events:add.title', { event: titleText(event, c.var.locale) }),
    })
  })
  .post('/app/events/:id/registrations/new', async (c) => {
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    const title = c.var.t('events:add.title', { event: titleText(event, c.var.locale) })
    const parsed = validate(ZStaffRegistration, form)
    if (!parsed.ok) {
      c.status(422)
      return c.render(<AddPersonPage event={event} values={form} errors={parsed.errors} />, {
        title,
      })
    }
    const result = await tryForm(() => registerByStaff(c.var.ctx, event.id, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return c.render(<AddPersonPage event={event} values={form} errors={result.errors} />, {
        title,
      })
    }
    if (!result.value.email && result.value.status === 'confirmed') {
      return c.redirect(`/app/events/${event.id}/registrations/${result.value.id}/ticket`, 303)
    }
    return c.redirect(eventUrl(event.id, 'events:notices.added'), 303)
  })
  .post('/app/events/:id/registrations/:rid/approve', async (c) => {
    await approveRegistration(c.var.ctx, c.req.param('id'), c.req.param('rid'))
    return c.redirect(eventUrl(c.req.param('id'), 'events:notices.approved'), 303)
  })
  .post('/app/events/:id/registrations/:rid/reject', async (c) => {
    await rejectRegistration(c.var.ctx, c.req.param('id'), c.req.param('rid'))
    return c.redirect(eventUrl(c.req.param('id'), 'events:notices.rejected'), 303)
  })
  .post('/app/events/:id/registrations/:rid/cancel', async (c) => {
    await cancelByStaff(c.var.ctx, c.req.param('id'), c.req.param('rid'))
    return c.redirect(eventUrl(c.req.param('id'), 'events:notices.registrationCancelled'), 303)
  })
  .get('/app/events/:id/registrations/:rid/ticket', async (c) => {
    const { event, registration } = await getRegistration(
      c.var.ctx,
      c.req.param('id'),
      c.req.param('rid'),
    )
    const qr = await ticketQr(c, registration.ticketCode, registration.locale)
    return c.render(<PrintTicketPage event={event} registration={registration} qr={qr} />, {
      title: c.var.t('events:ticket.printTitle', { name: registration.name }),
    })
  })
  .get('/app/events/:id/registrations/:rid/certificate.pdf', async (c) => {
    const { event, registration } = await getRegistration(
      c.var.ctx,
      c.req.param('id'),
      c.req.param('rid'),
    )
    const pdf = await certificatePdf(c.var.ctx, event, registration)
    return pdfResponse(pdf, registration.certificateCode ?? 'certificate')
  })
  .post('/app/events/:id/certificates', async (c) => {
    const count = await issueCertificates(c.var.ctx, c.req.param('id'))
    return c.redirect(
      `${eventUrl(c.req.param('id'), 'events:notices.certificates')}&count=${count}`,
      303,
    )
  })
  .get('/app/events/:id/feedback', async (c) => {
    requireActor(c.var.ctx)
    const event = await getEvent(c.var.ctx, c.req.param('id'))
    const results = await feedbackResults(c.var.ctx, event.id)
    return c.render(<FeedbackResultsPage event={event} results={results} />, {
      title: c.var.t('events:results.title', { event: titleText(event, c.var.locale) }),
    })
  })
  .route('/', checkInRoutes)

function newPage(c: Context<AppEnv>): FormPage {
  return {
    title: c.var.t('events:form.newTitle'),
    action: '/app/events/new',
    cancelHref: '/app/events',
    submitLabel: c.var.t('events:form.create'),
  }
}

function editPage(c: Context<AppEnv>, event: Event): FormPage {
  return {
    title: c.var.t('events:form.editTitle', { event: titleText(event, c.var.locale) }),
    action: `/app/events/${event.id}/edit`,
    cancelHref: `/app/events/${event.id}`,
    submitLabel: c.var.t('common:form.save'),
  }
}

/** The QR on a ticket: the ticket's verification URL, in the participant's language. */
export function ticketQr(c: Context<AppEnv>, code: string, locale: string) {
  const url = `${c.var.deps.env.baseUrl}/${locale}/tickets/${code}`
  return qrSvg(url, c.var.t('events:ticket.qrLabel', { code }))
}

export function pdfResponse(pdf: Buffer, name: string) {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="certificate-${name}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
