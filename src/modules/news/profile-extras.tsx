import { addProjectSection } from '#src/http/project-sections.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { useUi } from '#src/ui/use-ui.ts'
import {
  listEventsOfProject,
  listUpcomingPublicEvents,
  type PublicEventSummary,
} from '../events/index.ts'
import { addProfileSection } from '../organisations/index.ts'
import { listPublicProjectsOf } from '../projects/index.ts'
import { eventHref, projectHref } from './views/parts.tsx'

/*
 * The rest of an organisation's public international profile, from what the events and projects
 * modules export: its public projects and its upcoming events (and a project page's events).
 * Each section is left out when empty. Partners are the network module's to add (it exports no
 * public list yet); open mobility calls come from the calls module's own section.
 */

function When({ event }: { event: PublicEventSummary }) {
  const { locale } = useUi()
  const fmt = dateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: event.timeZone,
  })
  return (
    <time datetime={event.startsAt.toISOString()}>
      {fmt.formatRange(event.startsAt, event.endsAt)}
    </time>
  )
}

function EventList({
  id,
  title,
  items,
}: {
  id: string
  title: string
  items: PublicEventSummary[]
}) {
  const { locale } = useUi()
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      <ul class="news-list">
        {items.map((e) => {
          const name = pickText(e.title, locale)
          return (
            <li class="news-teaser">
              <h3>
                <a href={eventHref(locale, e.slug)} lang={name.isFallback ? name.lang : undefined}>
                  {name.value}
                </a>
              </h3>
              <p class="news-meta">
                <When event={e} />
                {e.venueName && ` · ${e.venueName}`}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function UpcomingEvents({ items }: { items: PublicEventSummary[] }) {
  const { t } = useUi()
  return <EventList id="org-events" title={t('news:profile.events')} items={items} />
}

function ProjectEvents({ items }: { items: PublicEventSummary[] }) {
  const { t } = useUi()
  return <EventList id="project-events" title={t('news:profile.projectEvents')} items={items} />
}

type PublicProjectRow = Awaited<ReturnType<typeof listPublicProjectsOf>>[number]

function Projects({ items }: { items: PublicProjectRow[] }) {
  const { t, locale } = useUi()
  return (
    <section aria-labelledby="org-projects-h">
      <h2 id="org-projects-h">{t('news:profile.projects')}</h2>
      <ul class="news-list">
        {items.map((p) => {
          const title = pickText(p.title, locale)
          return (
            <li class="news-teaser">
              <h3>
                <a href={projectHref(locale, p.slug)}>{p.acronym}</a>
              </h3>
              <p lang={title.isFallback ? title.lang : undefined}>{title.value}</p>
              <p class="news-meta">{t(`news:profile.role.${p.role}`)}</p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** schema.org Event for one public event (https://schema.org/Event). */
export function eventData(
  e: PublicEventSummary,
  locale: Locale,
  baseUrl: string,
  organiser: string,
) {
  const online = Boolean(e.onlineUrl)
  const place = e.venueName || e.venueAddress
  const mode = online && place ? 'Mixed' : online ? 'Online' : 'Offline'
  const locations = [
    ...(place
      ? [
          {
            '@type': 'Place',
            name: e.venueName ?? e.venueAddress,
            address: e.venueAddress ?? e.venueName,
          },
        ]
      : []),
    ...(online ? [{ '@type': 'VirtualLocation', url: e.onlineUrl }] : []),
  ]
  return {
    '@type': 'Event',
    name: pickText(e.title, locale).value,
    url: `${baseUrl}/${locale}/e/${e.slug}`,
    startDate: e.startsAt.toISOString(),
    endDate: e.endsAt.toISOString(),
    eventStatus: `https://schema.org/Event${e.status === 'cancelled' ? 'Cancelled' : 'Scheduled'}`,
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    ...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: { '@type': 'Organization', name: organiser },
  }
}

addProfileSection({
  id: 'projects',
  order: 20,
  async load(ctx, org) {
    const items = await listPublicProjectsOf(ctx, org.id)
    return items.length === 0 ? null : { view: <Projects items={items} /> }
  },
})

addProfileSection({
  id: 'events',
  order: 40,
  async load(ctx, org, locale) {
    const items = await listUpcomingPublicEvents(ctx.db, org.id, { limit: 5, now: ctx.now() })
    if (items.length === 0) return null
    const organiser = pickText(org.name, locale, [org.defaultLocale, 'en']).value
    return {
      view: <UpcomingEvents items={items} />,
      structuredData: items.map((e) => eventData(e, locale, ctx.env.baseUrl, organiser)),
    }
  },
})

addProjectSection({
  id: 'events',
  order: 40,
  async load(ctx, project) {
    const items = await listEventsOfProject(ctx.db, project.id)
    return items.length === 0 ? null : { view: <ProjectEvents items={items.slice(0, 10)} /> }
  },
})
