import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { ZCreateToken } from './inputs.ts'
import { createApiToken, listApiTokens, revokeApiToken } from './service.ts'
import { TokenCreatedPage, TokensPage } from './views.tsx'

const NOTICES = new Set(['tokens:notices.revoked'])

export const tokenRoutes = new Hono<AppEnv>()
  .get('/app/tokens', async (c) => {
    const tokens = await listApiTokens(c.var.ctx)
    const notice = c.req.query('notice')
    return c.render(
      <TokensPage
        tokens={tokens}
        now={c.var.deps.now()}
        notice={notice && NOTICES.has(notice) ? notice : undefined}
      />,
      { title: c.var.t('tokens:title') },
    )
  })
  .post('/app/tokens', async (c) => {
    const form = await readForm(c)
    const parsed = validate(ZCreateToken, form)
    if (!parsed.ok) {
      const tokens = await listApiTokens(c.var.ctx)
      c.status(422)
      return c.render(
        <TokensPage tokens={tokens} now={c.var.deps.now()} values={form} errors={parsed.errors} />,
        { title: c.var.t('tokens:title') },
      )
    }
    const created = await createApiToken(c.var.ctx, parsed.data)
    // The secret is in this page only: keep it out of every cache.
    c.header('Cache-Control', 'no-store')
    return c.render(
      <TokenCreatedPage token={created.token} row={created.row} baseUrl={c.var.deps.env.baseUrl} />,
      { title: c.var.t('tokens:created.title') },
    )
  })
  .post('/app/tokens/:id/revoke', async (c) => {
    await revokeApiToken(c.var.ctx, c.req.param('id'))
    return c.redirect('/app/tokens?notice=tokens:notices.revoked', 303)
  })
