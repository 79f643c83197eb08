import { type Context, Hono } from 'hono'
import { clientIp, readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { ZExternalSign } from './inputs.ts'
import { runForm } from './routes.tsx'
import { credentialCodeForToken } from './service/certificates.ts'
import { getSigningLink, signByLink } from './service/signing-links.ts'
import { SignLinkPage, UnknownCertificatePage } from './views/public-pages.tsx'

const TOKEN = ':token{[A-Za-z0-9_-]{10,64}}'

function setAlternates(c: Context<AppEnv>, path: string) {
  c.set(
    'alternates',
    LOCALES.map((l) => ({ locale: l, href: `${c.var.deps.env.baseUrl}/${l}${path}` })),
  )
  // Token pages are private to whoever holds the link: not for search engines or caches.
  c.header('X-Robots-Tag', 'noindex')
  c.header('Cache-Control', 'no-store')
}

async function signPage(c: Context<AppEnv>, extra: Record<string, unknown> = {}) {
  const token = c.req.param('token')!
  const link = await getSigningLink(c.var.ctx, token)
  setAlternates(c, `/agreement/sign/${token}`)
  return c.render(
    <SignLinkPage link={link} action={`/${c.var.locale}/agreement/sign/${token}`} {...extra} />,
    { title: c.var.t('mobility:sign.title'), layout: 'public' },
  )
}

/** Public pages: external signers' tokenised links and certificate verification. */
export const publicRoutes = new Hono<AppEnv>()
  .get(`/:locale/agreement/sign/${TOKEN}`, async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    return signPage(c, { justSigned: c.req.query('signed') === '1' })
  })
  .post(`/:locale/agreement/sign/${TOKEN}`, async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    const token = c.req.param('token')
    const form = await readForm(c)
    const result = await runForm(form, ZExternalSign, (input) =>
      signByLink(c.var.ctx, token, input, clientIp(c)),
    )
    if (!result.ok) {
      c.status(result.status)
      return signPage(c, { errors: result.errors, values: form })
    }
    return c.redirect(`/${c.req.param('locale')}/agreement/sign/${token}?signed=1`, 303)
  })
  // Certificates moved onto credentials (ADR 013): printed links and QR codes still arrive here.
  .get('/:locale/verify/:token', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const token = c.req.param('token')
    const code = await credentialCodeForToken(c.var.ctx, token)
    if (code) return c.redirect(`/${locale}/credentials/${code}`, 301)
    setAlternates(c, `/verify/${encodeURIComponent(token)}`)
    c.status(404)
    return c.render(<UnknownCertificatePage />, {
      title: c.var.t('mobility:verify.title'),
      layout: 'public',
    })
  })
