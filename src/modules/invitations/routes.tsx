import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { authorize, grantableRoles } from '#src/lib/policy.ts'
import { setActiveTenant, startSession } from '#src/modules/auth/index.ts'
import { acceptInvitation } from './accept.ts'
import { ZAcceptWithAccount, ZCreateInvitation } from './inputs.ts'
import { createInvitation, getInvitationByToken, revokeInvitation } from './service.ts'
import { AcceptPage, InvitePage } from './views.tsx'

export const invitationRoutes = new Hono<AppEnv>()
  .get('/app/members/invite', (c) => {
    const actor = authorize(c.var.ctx, 'members.invite')
    return c.render(<InvitePage roles={grantableRoles(actor)} />, {
      title: c.var.t('invitations:invite.title'),
    })
  })
  .post('/app/members/invite', async (c) => {
    const actor = authorize(c.var.ctx, 'members.invite')
    const form = await readForm(c)
    const parsed = validate(ZCreateInvitation, form)
    const result = parsed.ok
      ? await tryForm(() => createInvitation(c.var.ctx, parsed.data))
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <InvitePage roles={grantableRoles(actor)} values={form} errors={result.errors} />,
        { title: c.var.t('invitations:invite.title') },
      )
    }
    return c.redirect('/app/members?notice=members:notices.invited', 303)
  })
  .post('/app/members/invitations/:id/revoke', async (c) => {
    await revokeInvitation(c.var.ctx, c.req.param('id'))
    return c.redirect('/app/members?notice=members:notices.revoked', 303)
  })
  .get('/invite/:token', async (c) => {
    const token = c.req.param('token')
    const invitation = await getInvitationByToken(c.var.ctx, token)
    c.header('Cache-Control', 'no-store')
    return c.render(<AcceptPage token={token} invitation={invitation} />, {
      title: c.var.t('invitations:accept.title'),
      layout: 'public',
    })
  })
  .post('/invite/:token', async (c) => {
    const token = c.req.param('token')
    const invitation = await getInvitationByToken(c.var.ctx, token)
    const form = await readForm(c)
    const parsed = validate(ZAcceptWithAccount, form)
    const result = parsed.ok
      ? await tryForm(() => acceptInvitation(c.var.ctx, token, parsed.data))
      : ({ ok: false, errors: parsed.errors, status: 422 } as const)
    if (!result.ok) {
      c.status(result.status)
      const values = { displayName: form.displayName }
      return c.render(
        <AcceptPage token={token} invitation={invitation} values={values} errors={result.errors} />,
        { title: c.var.t('invitations:accept.title'), layout: 'public' },
      )
    }
    await startSession(c, result.value.userId, result.value.tenantId)
    return c.redirect('/app', 303)
  })
  .post('/invite/:token/accept', async (c) => {
    const done = await acceptInvitation(c.var.ctx, c.req.param('token'))
    const sessionId = c.var.ctx.actor?.sessionId
    if (sessionId) await setActiveTenant(c.var.deps.db, sessionId, done.tenantId)
    return c.redirect('/app', 303)
  })
