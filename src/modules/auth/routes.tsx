import { Hono } from 'hono'
import { clientIp, readForm, rememberLocale, safeNext, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale } from '#src/lib/i18n.ts'
import { endSession, setActiveTenant, startSession } from '#src/modules/auth/session.ts'
import { checkEmailChange, confirmEmailChange } from './email-change.ts'
import { ZActivateCode, ZForgot, ZNewPassword, ZSignIn } from './inputs.ts'
import {
  activateAccount,
  checkActivation,
  checkResetToken,
  requestPasswordReset,
  resetPassword,
  setUserLocale,
  signIn,
} from './service.ts'
import {
  ActivatePage,
  EmailChangedPage,
  EmailChangePage,
  ForgotPage,
  ResetPage,
  SignInPage,
} from './views.tsx'

const NOTICES = new Set(['auth:notices.signedOut', 'auth:notices.passwordReset'])

export const authRoutes = new Hono<AppEnv>()
  .get('/signin', (c) => {
    if (c.var.ctx.actor) return c.redirect(safeNext(c.req.query('next')))
    const notice = c.req.query('notice')
    return c.render(
      <SignInPage
        next={safeNext(c.req.query('next'))}
        notice={notice && NOTICES.has(notice) ? notice : undefined}
      />,
      { title: c.var.t('auth:signIn.title'), layout: 'public' },
    )
  })
  .post('/signin', async (c) => {
    const form = await readForm(c)
    const next = safeNext(form.next)
    const title = c.var.t('auth:signIn.title')
    const parsed = validate(ZSignIn, form)
    if (!parsed.ok) {
      c.status(422)
      return c.render(<SignInPage values={form} errors={parsed.errors} next={next} />, {
        title,
        layout: 'public',
      })
    }
    const result = await tryForm(() => signIn(c.var.ctx, { ...parsed.data, ip: clientIp(c) }))
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <SignInPage
          values={{ login: form.login }}
          errors={result.errors}
          params={result.params}
          next={next}
        />,
        { title, layout: 'public' },
      )
    }
    await startSession(c, result.value.id, null)
    return c.redirect(next, 303)
  })
  .post('/signout', async (c) => {
    await endSession(c)
    return c.redirect('/signin?notice=auth:notices.signedOut', 303)
  })
  .get('/forgot', (c) =>
    c.render(<ForgotPage />, { title: c.var.t('auth:forgot.title'), layout: 'public' }),
  )
  .post('/forgot', async (c) => {
    const form = await readForm(c)
    const title = c.var.t('auth:forgot.title')
    const parsed = validate(ZForgot, form)
    if (!parsed.ok) {
      c.status(422)
      return c.render(<ForgotPage values={form} errors={parsed.errors} />, {
        title,
        layout: 'public',
      })
    }
    const result = await tryForm(() =>
      requestPasswordReset(c.var.ctx, parsed.data.email, clientIp(c), c.var.locale),
    )
    if (!result.ok) {
      c.status(result.status)
      return c.render(<ForgotPage values={form} errors={result.errors} params={result.params} />, {
        title,
        layout: 'public',
      })
    }
    return c.render(<ForgotPage sent />, { title, layout: 'public' })
  })
  .get('/reset/:token', async (c) => {
    await checkResetToken(c.var.ctx, c.req.param('token'))
    return c.render(<ResetPage token={c.req.param('token')} />, {
      title: c.var.t('auth:reset.title'),
      layout: 'public',
    })
  })
  .post('/reset/:token', async (c) => {
    const token = c.req.param('token')
    const form = await readForm(c)
    const parsed = validate(ZNewPassword, form)
    if (!parsed.ok) {
      c.status(422)
      return c.render(<ResetPage token={token} errors={parsed.errors} />, {
        title: c.var.t('auth:reset.title'),
        layout: 'public',
      })
    }
    await resetPassword(c.var.ctx, token, parsed.data.password)
    return c.redirect('/signin?notice=auth:notices.passwordReset', 303)
  })
  // A GET only shows what the link would change: mail scanners open links before people do.
  .get('/email-change/:token', async (c) => {
    const pending = await checkEmailChange(c.var.ctx, c.req.param('token'))
    c.header('Cache-Control', 'no-store')
    return c.render(<EmailChangePage token={c.req.param('token')} pending={pending} />, {
      title: c.var.t('auth:emailChange.title'),
      layout: 'public',
    })
  })
  .post('/email-change/:token', async (c) => {
    const token = c.req.param('token')
    const pending = await checkEmailChange(c.var.ctx, token)
    const title = c.var.t('auth:emailChange.title')
    const result = await tryForm(() => confirmEmailChange(c.var.ctx, token))
    if (!result.ok) {
      c.status(result.status)
      return c.render(
        <EmailChangePage
          token={token}
          pending={pending}
          errors={result.errors}
          params={result.params}
        />,
        { title, layout: 'public' },
      )
    }
    if (c.var.ctx.actor?.userId === result.value.userId) {
      return c.redirect('/app/account?notice=account:notices.emailChanged', 303)
    }
    return c.render(<EmailChangedPage email={result.value.email} />, { title, layout: 'public' })
  })
  .get('/activate', (c) =>
    c.render(<ActivatePage step="code" />, {
      title: c.var.t('auth:activate.title'),
      layout: 'public',
    }),
  )
  .post('/activate', async (c) => {
    const form = await readForm(c)
    const title = c.var.t('auth:activate.title')
    const codeStep = validate(ZActivateCode, form)
    if (!codeStep.ok) {
      c.status(422)
      return c.render(<ActivatePage step="code" values={form} errors={codeStep.errors} />, {
        title,
        layout: 'public',
      })
    }
    const check = await tryForm(() =>
      checkActivation(c.var.ctx, codeStep.data.username, codeStep.data.code, clientIp(c)),
    )
    if (!check.ok) {
      c.status(check.status)
      return c.render(
        <ActivatePage step="code" values={form} errors={check.errors} params={check.params} />,
        { title, layout: 'public' },
      )
    }
    if (form.step !== 'password') {
      return c.render(<ActivatePage step="password" values={codeStep.data} />, {
        title,
        layout: 'public',
      })
    }
    const pw = validate(ZNewPassword, form)
    if (!pw.ok) {
      c.status(422)
      return c.render(<ActivatePage step="password" values={codeStep.data} errors={pw.errors} />, {
        title,
        layout: 'public',
      })
    }
    const done = await activateAccount(c.var.ctx, {
      ...codeStep.data,
      password: pw.data.password,
      ip: clientIp(c),
    })
    await startSession(c, done.userId, done.tenantId)
    return c.redirect('/app', 303)
  })
  .get('/locale/:locale', async (c) => {
    const locale = c.req.param('locale')
    const next = safeNext(c.req.query('next'), '/')
    if (!isLocale(locale)) return c.redirect(next)
    rememberLocale(c, locale)
    await setUserLocale(c.var.ctx, locale)
    return c.redirect(next)
  })
  .post('/switch-organisation', async (c) => {
    const actor = c.var.ctx.actor
    const form = await readForm(c)
    if (!actor?.sessionId) return c.redirect('/signin')
    const target = actor.memberships.find((m) => m.tenantId === form.tenantId)
    if (target) await setActiveTenant(c.var.deps.db, actor.sessionId, target.tenantId)
    return c.redirect('/app', 303)
  })
