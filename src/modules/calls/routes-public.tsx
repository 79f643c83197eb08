import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { addProfileSection } from '../organisations/index.ts'
import { ZConsentAnswer } from './inputs.ts'
import { type Problem, tryAction } from './routes-util.ts'
import { getPublicCall, listOpenCallsOf, listPublicCalls } from './service/calls.ts'
import { answerConsent, getConsentByToken } from './service/consent.ts'
import { ConsentPage, ProfileCalls, PublicCallPage } from './views/public.tsx'

addSitemapSource(async (deps) =>
  (await listPublicCalls(deps.db)).map((r) => ({
    path: `/c/${r.slug}`,
    lastModified: r.updatedAt,
  })),
)

addProfileSection({
  id: 'calls',
  order: 30,
  async load(ctx, org) {
    const calls = await listOpenCallsOf(ctx.db, org.id, ctx.now())
    if (calls.length === 0) return null
    return { view: <ProfileCalls calls={calls} /> }
  },
})

type C = Context<AppEnv>

async function renderConsent(
  c: C,
  token: string,
  extra: { problem?: Problem; error?: string; justAnswered?: boolean } = {},
) {
  const found = await getConsentByToken(c.var.ctx, token)
  const state = found.consent.consentedAt
    ? 'given'
    : found.consent.declinedAt
      ? 'declined'
      : found.isExpired
        ? 'expired'
        : 'open'
  c.header('Referrer-Policy', 'no-referrer')
  c.header('X-Robots-Tag', 'noindex')
  return c.render(
    <ConsentPage
      token={token}
      applicantName={found.applicantName}
      call={found.call}
      org={found.org}
      guardianName={found.consent.guardianName}
      state={state}
      {...extra}
    />,
    {
      title: c.var.t('calls:publicConsent.title', { name: found.applicantName }),
      layout: 'public',
    },
  )
}

export const publicRoutes = new Hono<AppEnv>()
  .get('/:locale/c/:slug', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const found = await getPublicCall(c.var.ctx.db, c.req.param('slug'))
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/c/${found.call.slug}` })),
    )
    const now = c.var.ctx.now()
    const isOpen =
      found.call.status === 'open' && found.call.applyFrom <= now && now < found.call.applyUntil
    const title = pickText(found.call.title, locale, [found.org.defaultLocale, 'en']).value
    return c.render(
      <PublicCallPage
        call={{ ...found.call, criteria: found.criteria, documents: found.documents }}
        org={found.org}
        hosts={found.hosts}
        isOpen={isOpen}
      />,
      { title, layout: 'public', description: c.var.t('calls:public.description', { title }) },
    )
  })
  .get('/:locale/consent/:token', async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    return renderConsent(c, c.req.param('token'), { justAnswered: c.req.query('done') === '1' })
  })
  .post('/:locale/consent/:token', async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    const token = c.req.param('token')
    const form = await readForm(c)
    const parsed = validate(ZConsentAnswer, form)
    if (!parsed.ok) {
      c.status(422)
      return renderConsent(c, token, { error: parsed.errors.isGuardian ?? parsed.errors.answer })
    }
    const result = await tryAction(() => answerConsent(c.var.ctx, token, parsed.data.answer))
    if (!result.ok) {
      c.status(result.status)
      return renderConsent(c, token, { problem: result.problem })
    }
    return c.redirect(`/${c.req.param('locale')}/consent/${token}?done=1`, 303)
  })
