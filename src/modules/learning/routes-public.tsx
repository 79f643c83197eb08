import { Hono } from 'hono'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { notFound } from '#src/lib/errors.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { describeCompetences } from '../competence-frameworks/index.ts'
import { addProfileSection } from '../organisations/index.ts'
import { listPublicCourseSlugs, listPublicCourses, publicCourse } from './service/public.ts'
import {
  courseJsonLd,
  ProfileCourses,
  PublicCataloguePage,
  PublicCoursePage,
} from './views/public-course-pages.tsx'

addSitemapSource(async (deps) =>
  (await listPublicCourseSlugs(deps.db)).map((r) => ({
    path: `/courses/${r.slug}`,
    lastModified: r.updatedAt,
  })),
)

addProfileSection({
  id: 'courses',
  order: 35,
  async load(ctx, org) {
    const { items } = await listPublicCourses(ctx.db, 1, org.id)
    if (items.length === 0) return null
    return { view: <ProfileCourses items={items} /> }
  },
})

const SLUG = ':slug{[a-z0-9][a-z0-9-]{0,99}}'

/** The public catalogue: what schools offer to everyone, readable without an account. */
export const publicCourseRoutes = new Hono<AppEnv>()
  .get('/:locale/courses', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const page = Math.min(1000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
    const { items, hasMore } = await listPublicCourses(c.var.deps.db, page)
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${c.var.deps.env.baseUrl}/${l}/courses` })),
    )
    return c.render(<PublicCataloguePage items={items} page={page} hasMore={hasMore} />, {
      title: c.var.t('learning:public.title'),
      layout: 'public',
    })
  })
  .get(`/:locale/courses/${SLUG}`, async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const found = await publicCourse(c.var.deps.db, c.req.param('slug'))
    if (!found) throw notFound()
    const described = await describeCompetences(c.var.deps, found.course.competences)
    const competences = found.course.competences.flatMap((code) => {
      const info = described.get(code)
      return info ? [{ code, name: info.name }] : []
    })
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/courses/${found.course.slug}` })),
    )
    const names = competences.map((x) => pickText(x.name, locale).value)
    return c.render(
      <PublicCoursePage
        found={found}
        competences={competences}
        jsonLd={courseJsonLd(found, names, { locale, baseUrl: base })}
      />,
      { title: pickText(found.course.title, locale).value, layout: 'public' },
    )
  })
