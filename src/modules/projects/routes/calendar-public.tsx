import type { Context } from 'hono'
import { Hono } from 'hono'
import { loadProjectSections } from '#src/http/project-sections.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { addDays, addMonths, dateIn } from '#src/lib/dates.ts'
import { isLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { requireProjectActor } from '../policy.ts'
import {
  hasCalendarFeed,
  listDeadlines,
  removeCalendarFeed,
  renderCalendarFeed,
  resetCalendarFeed,
} from '../service/calendar.ts'
import { actorTimeZone } from '../service/meetings.ts'
import {
  getPublicProject,
  listPublicProjectsForSitemap,
  projectLanguages,
} from '../service/public.ts'
import { CalendarPage } from '../views/calendar-page.tsx'
import { PublicProjectPage } from '../views/public-page.tsx'
import { noticeOf } from './helpers.ts'

addSitemapSource(async (deps) =>
  (await listPublicProjectsForSitemap(deps)).map((r) => ({
    path: `/p/${r.slug}`,
    locales: r.locales,
    lastModified: r.updatedAt,
  })),
)

const MONTHS_SHOWN = 3

async function calendar(c: Context<AppEnv>, feedUrl?: string) {
  requireProjectActor(c.var.ctx)
  const asked = c.req.query('from') ?? ''
  const first = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked)
    ? `${asked}-01`
    : `${dateIn(c.var.ctx.now(), actorTimeZone(c.var.ctx)).slice(0, 7)}-01`
  const months = Array.from({ length: MONTHS_SHOWN }, (_, i) => addMonths(first, i).slice(0, 7))
  const last = addMonths(first, MONTHS_SHOWN)
  const to = addDays(last, -1)
  const [items, hasFeed] = await Promise.all([
    listDeadlines(c.var.ctx, first, to),
    hasCalendarFeed(c.var.ctx),
  ])
  return c.render(
    <CalendarPage
      from={first}
      months={months}
      prev={addMonths(first, -MONTHS_SHOWN).slice(0, 7)}
      next={last.slice(0, 7)}
      items={items}
      hasFeed={hasFeed}
      feedUrl={feedUrl}
      notice={noticeOf(c)}
    />,
    { title: c.var.t('projects:calendar.title') },
  )
}

/** The deadline calendar and its iCal feed, and public project pages. */
export const calendarPublicRoutes = new Hono<AppEnv>()
  .get('/app/projects/calendar', (c) => calendar(c))
  .post('/app/projects/calendar/feed', async (c) => {
    const token = await resetCalendarFeed(c.var.ctx)
    return calendar(c, `${c.var.deps.env.baseUrl}/calendar/${token}.ics`)
  })
  .post('/app/projects/calendar/feed/remove', async (c) => {
    await removeCalendarFeed(c.var.ctx)
    return c.redirect('/app/projects/calendar?notice=projects:notices.feedRemoved', 303)
  })
  .get('/calendar/:file', async (c) => {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.param('file'))
    const body = match ? await renderCalendarFeed(c.var.deps, match[1]!) : null
    if (body === null) return c.notFound()
    c.header('Content-Type', 'text/calendar; charset=utf-8')
    c.header('Cache-Control', 'private, max-age=300')
    c.header('X-Robots-Tag', 'noindex')
    return c.body(body)
  })
  .get('/:locale/p/:slug', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const data = await getPublicProject(c.var.ctx, c.req.param('slug'))
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      projectLanguages(data.project).map((l) => ({
        locale: l,
        href: `${base}/${l}/p/${data.project.slug}`,
      })),
    )
    const title = pickText(data.project.title, locale).value
    // Events, news and the like come from the modules that own them.
    const sections = await loadProjectSections(c.var.ctx, data.project, locale)
    const url = `${base}/${locale}/p/${data.project.slug}`
    return c.render(<PublicProjectPage data={data} sections={sections} url={url} />, {
      title: `${data.project.acronym} · ${title}`,
      layout: 'public',
      description: pickText(data.project.summary, locale).value || title,
    })
  })
