import { type Context, Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { validate } from '#src/lib/forms.ts'
import { requireActor } from '#src/lib/policy.ts'
import {
  changePassword,
  findPendingEmailChange,
  requestEmailChange,
} from '#src/modules/auth/index.ts'
import { getProfile, updateProfile, ZUpdateProfile } from '#src/modules/users/index.ts'
import { ZChangePassword } from './inputs.ts'
import { type AccountForm, AccountPage } from './views.tsx'

const NOTICES = new Set([
  'account:notices.saved',
  'account:notices.passwordChanged',
  'account:notices.emailChanged',
])

async function renderWithErrors(
  c: Context<AppEnv>,
  form: AccountForm,
  values: FormValues,
  errors: FieldErrors,
  status: 422 | 409 | 429,
) {
  const profile = await getProfile(c.var.ctx)
  const pending = await findPendingEmailChange(c.var.ctx)
  c.status(status)
  return c.render(
    <AccountPage profile={profile} pending={pending} form={form} values={values} errors={errors} />,
    { title: c.var.t('account:title') },
  )
}

export const accountRoutes = new Hono<AppEnv>()
  .get('/app/account', async (c) => {
    const profile = await getProfile(c.var.ctx)
    const pending = await findPendingEmailChange(c.var.ctx)
    const notice = c.req.query('notice')
    return c.render(
      <AccountPage
        profile={profile}
        pending={pending}
        notice={notice && NOTICES.has(notice) ? notice : undefined}
      />,
      { title: c.var.t('account:title') },
    )
  })
  .post('/app/account', async (c) => {
    requireActor(c.var.ctx)
    const form = await readForm(c)
    const values = { ...form, currentPassword: '' }
    const parsed = validate(ZUpdateProfile, form)
    if (!parsed.ok) return renderWithErrors(c, 'profile', values, parsed.errors, 422)
    // A new address is only saved once its owner opens the link sent to it (issue 9).
    const result = await tryForm(() =>
      updateProfile(c.var.ctx, parsed.data, (ctx, email) =>
        requestEmailChange(ctx, email, c.var.locale),
      ),
    )
    if (!result.ok) return renderWithErrors(c, 'profile', values, result.errors, result.status)
    return c.redirect('/app/account?notice=account:notices.saved', 303)
  })
  .post('/app/account/password', async (c) => {
    const actor = requireActor(c.var.ctx)
    const parsed = validate(ZChangePassword, await readForm(c))
    if (!parsed.ok) return renderWithErrors(c, 'password', {}, parsed.errors, 422)
    const result = await tryForm(() =>
      changePassword(c.var.ctx, { ...parsed.data, keepSessionId: actor.sessionId }),
    )
    if (!result.ok) return renderWithErrors(c, 'password', {}, result.errors, result.status)
    return c.redirect('/app/account?notice=account:notices.passwordChanged', 303)
  })
