import { raw } from 'hono/html'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { DateTime, Notice } from '#src/ui/components.tsx'
import { LocalizedTextNote } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { RegistrationWindow } from '../registration.ts'
import { RegisterForm } from './register-form.tsx'
import { type EventRow, EventWhen, EventWhere } from './shared.tsx'

export type Organiser = { slug: string; name: LocalizedText; defaultLocale: string }

/** schema.org Event as JSON-LD: data, not script, so the strict CSP does not refuse it. */
export function eventJsonLd(
  event: EventRow,
  organiser: Organiser,
  options: { locale: string; baseUrl: string; placesLeft: number | null },
) {
  const url = `${options.baseUrl}/${options.locale}/e/${event.slug}`
  const place = event.venueName
    ? { '@type': 'Place', name: event.venueName, address: event.venueAddress ?? event.venueName }
    : null
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : null
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: pickText(event.title, options.locale).value,
    description: pickText(event.description, options.locale).value || undefined,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt.toISOString(),
    eventStatus:
      event.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    eventAttendanceMode:
      place && virtual
        ? 'https://schema.org/MixedEventAttendanceMode'
        : virtual
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: place && virtual ? [place, virtual] : (place ?? virtual),
    organizer: {
      '@type': 'Organization',
      name: pickText(organiser.name, options.locale, [organiser.defaultLocale, 'en']).value,
      url: `${options.baseUrl}/${options.locale}/o/${organiser.slug}`,
    },
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'EUR',
      url,
      availability:
        options.placesLeft === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
    },
    url,
  }
  // `<` escaped so the text can never close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

type Props = {
  event: EventRow
  organiser: Organiser
  placesLeft: number | null
  window: RegistrationWindow
  jsonLd: string
  readerZone: string | null
  values?: FormValues
  errors?: FieldErrors | undefined
}

function Description({ text }: { text: LocalizedText }) {
  const { locale } = useUi()
  const picked = pickText(text, locale)
  if (!picked.value) return null
  return (
    <div class="event-description" lang={picked.isFallback ? picked.lang : undefined}>
      {picked.value.split(/\n\s*\n/).map((p) => (
        <p>{p}</p>
      ))}
    </div>
  )
}

function RegistrationState({
  event,
  window: state,
}: {
  event: EventRow
  window: RegistrationWindow
}) {
  const { t } = useUi()
  if (state === 'notYet' && event.registrationOpensAt) {
    return (
      <p>
        {t('events:public.opensOn')}{' '}
        <DateTime value={event.registrationOpensAt} timeZone={event.timeZone} />
      </p>
    )
  }
  if (state === 'closed') return <p>{t('events:public.closed')}</p>
  return null
}

/** An event's public page: what, when (in two zones if need be), where, places, and the form. */
export function PublicEventPage(props: Props) {
  const { t, locale } = useUi()
  const { event, organiser, placesLeft } = props
  const title = pickText(event.title, locale)
  const orgName = pickText(organiser.name, locale, [organiser.defaultLocale, 'en'])
  return (
    <>
      <script type="application/ld+json">{raw(props.jsonLd)}</script>
      <article class="event-public">
        <p class="muted">{t(`events:type.${event.type}`)}</p>
        <h1 lang={title.isFallback ? title.lang : undefined}>{title.value}</h1>
        <LocalizedTextNote value={event.title} block />
        {event.status === 'cancelled' && (
          <Notice kind="warning">{t('events:public.cancelled')}</Notice>
        )}
        <dl class="facts">
          <dt>{t('events:public.when')}</dt>
          <dd>
            <EventWhen event={event} readerZone={props.readerZone} />
          </dd>
          <dt>{t('events:public.where')}</dt>
          <dd>
            <EventWhere event={event} />
          </dd>
          <dt>{t('events:public.organiser')}</dt>
          <dd>
            <a
              href={`/${locale}/o/${organiser.slug}`}
              lang={orgName.isFallback ? orgName.lang : undefined}
            >
              {orgName.value}
            </a>
          </dd>
          {placesLeft !== null && event.status === 'published' && (
            <>
              <dt>{t('events:public.places')}</dt>
              <dd>
                {placesLeft === 0
                  ? t('events:public.full')
                  : t('events:public.placesLeft', { count: placesLeft })}
              </dd>
            </>
          )}
        </dl>
        <Description text={event.description} />
        <p>
          <a href={`/${locale}/o/${organiser.slug}/events.ics`}>{t('events:public.calendar')}</a>
        </p>
        {props.window === 'open' ? (
          <RegisterForm
            event={event}
            values={props.values}
            errors={props.errors}
            isFull={placesLeft === 0}
          />
        ) : (
          <RegistrationState event={event} window={props.window} />
        )}
      </article>
    </>
  )
}
