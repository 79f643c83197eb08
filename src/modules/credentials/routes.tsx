import { type Context, Hono, type Next } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { ZRevokeCredential } from './inputs.ts'
import { findPublicJwk, publicJwks } from './keys.ts'
import { openBadgeJson, openBadgeJwt } from './open-badge.ts'
import { credentialPdf } from './pdf.ts'
import { getManagedCredential, revokeCredential, verifyCredential } from './service.ts'
import { revocationList } from './status.ts'
import { RevokePage } from './views/revoke-page.tsx'
import { UnknownCredentialPage, VerifyPage } from './views/verify-page.tsx'

/** A credential's pages and files carry a person's name: never indexed, never kept by caches. */
const PERSONAL = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
const personal = async (c: Context<AppEnv>, next: Next) => {
  await next()
  for (const [k, v] of Object.entries(PERSONAL)) c.header(k, v)
}

/** Public keys and revocation lists change rarely; verifiers may keep them a few minutes. */
function publicJson(c: Context<AppEnv>, body: unknown, type = 'application/json') {
  c.header('Cache-Control', 'public, max-age=300')
  c.header('Access-Control-Allow-Origin', '*')
  return c.body(JSON.stringify(body), 200, { 'content-type': type })
}

const badgeFile = (code: string, ext: string) =>
  `attachment; filename="open-badge-${code.replace(/[^A-Z0-9-]/gi, '')}.${ext}"`

const publicCredentialRoutes = new Hono<AppEnv>()
  .use('/:locale/credentials/*', personal)
  .get('/:locale/credentials/:code', async (c, next) => {
    if (!isLocale(c.req.param('locale'))) return next()
    const code = c.req.param('code')
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({
        locale: l,
        href: `${base}/${l}/credentials/${encodeURIComponent(code)}`,
      })),
    )
    const found = await verifyCredential(c.var.deps.db, code)
    const title = c.var.t('credentials:verify.title')
    if (!found) {
      c.status(404)
      return c.render(<UnknownCredentialPage />, { title, layout: 'public' })
    }
    return c.render(<VerifyPage found={found} />, { title, layout: 'public' })
  })
  .get('/:locale/credentials/:code/certificate.pdf', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const code = c.req.param('code')
    const pdf = await credentialPdf(c.var.deps.db, c.var.deps.env.baseUrl, code, locale)
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="certificate-${code.replace(/[^A-Z0-9-]/gi, '')}.pdf"`,
    })
  })
  .get('/credentials/:code/badge.jwt', async (c) => {
    const code = c.req.param('code')
    const jwt = await openBadgeJwt(c.var.deps.db, c.var.deps.env.baseUrl, code)
    return c.body(jwt, 200, {
      'content-type': 'application/vc+jwt',
      'content-disposition': badgeFile(code, 'jwt'),
      ...PERSONAL,
    })
  })
  .get('/credentials/:code/badge.json', async (c) => {
    const vc = await openBadgeJson(c.var.deps.db, c.var.deps.env.baseUrl, c.req.param('code'))
    return c.body(JSON.stringify(vc, null, 2), 200, {
      'content-type': 'application/json',
      ...PERSONAL,
    })
  })
  .get('/.well-known/jwks.json', async (c) =>
    publicJson(
      c,
      await publicJwks(c.var.deps.db, c.var.deps.env.baseUrl),
      'application/jwk-set+json',
    ),
  )
  .get('/credentials/keys/:kid', async (c, next) => {
    const jwk = await findPublicJwk(c.var.deps.db, c.var.deps.env.baseUrl, c.req.param('kid'))
    return jwk ? publicJson(c, jwk, 'application/jwk+json') : next()
  })
  .get('/credentials/revocations/:tenantId', async (c, next) => {
    const list = await revocationList(
      c.var.deps.db,
      c.var.deps.env.baseUrl,
      c.req.param('tenantId'),
    )
    return list ? publicJson(c, list) : next()
  })

const appCredentialRoutes = new Hono<AppEnv>()
  .get('/app/credentials/:id/revoke', async (c) => {
    const credential = await getManagedCredential(c.var.ctx, c.req.param('id'))
    return c.render(<RevokePage credential={credential} />, {
      title: c.var.t('credentials:revoke.title'),
    })
  })
  .post('/app/credentials/:id/revoke', async (c) => {
    const credential = await getManagedCredential(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    const reason = typeof form.reason === 'string' ? form.reason : ''
    const parsed = validate(ZRevokeCredential, { reason })
    const result = parsed.ok
      ? await tryForm(() => revokeCredential(c.var.ctx, credential.id, parsed.data.reason))
      : { ok: false as const, errors: parsed.errors, status: 422 as const }
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <RevokePage credential={credential} reason={reason} errors={result.errors} />,
        {
          title: c.var.t('credentials:revoke.title'),
        },
      )
    }
    return c.redirect(`/${c.var.locale}/credentials/${credential.code}`, 303)
  })

/** The verification pages, files and keys anyone may fetch, and the in-app revocation. */
export const credentialRoutes = new Hono<AppEnv>()
  .route('/', appCredentialRoutes)
  .route('/', publicCredentialRoutes)
