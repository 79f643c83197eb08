import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { Button, ErrorSummary, Field, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'

type FormState = {
  values?: FormValues
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export function SignInPage({
  values = {},
  errors,
  params,
  next,
  notice,
}: FormState & { next: string; notice?: string | undefined }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('auth:signIn.title')}</h1>
      {notice && <Notice>{t(notice)}</Notice>}
      <ErrorSummary errors={errors} params={params} />
      <Form action="/signin">
        <input type="hidden" name="next" value={next} />
        <Field
          name="login"
          label={t('auth:signIn.login')}
          hint={t('auth:signIn.loginHint')}
          value={str(values.login)}
          autocomplete="username"
          error={errors?.login}
          required
        />
        <Field
          name="password"
          type="password"
          label={t('auth:signIn.password')}
          autocomplete="current-password"
          error={errors?.password}
          required
        />
        <Button>{t('auth:signIn.submit')}</Button>
      </Form>
      <ul class="links">
        <li>
          <a href="/forgot">{t('auth:signIn.forgot')}</a>
        </li>
        <li>
          <a href="/activate">{t('auth:signIn.haveCode')}</a>
        </li>
      </ul>
    </section>
  )
}

export function ForgotPage({ values = {}, errors, params, sent }: FormState & { sent?: boolean }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('auth:forgot.title')}</h1>
      {sent ? (
        <Notice>{t('auth:forgot.sent')}</Notice>
      ) : (
        <>
          <p>{t('auth:forgot.intro')}</p>
          <ErrorSummary errors={errors} params={params} />
          <Form action="/forgot">
            <Field
              name="email"
              type="email"
              label={t('auth:forgot.email')}
              value={str(values.email)}
              autocomplete="email"
              error={errors?.email}
              required
            />
            <Button>{t('auth:forgot.submit')}</Button>
          </Form>
        </>
      )}
      <p>
        <a href="/signin">{t('auth:backToSignIn')}</a>
      </p>
    </section>
  )
}

export function ResetPage({ token, errors, params }: FormState & { token: string }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('auth:reset.title')}</h1>
      <ErrorSummary errors={errors} params={params} />
      <Form action={`/reset/${token}`}>
        <Field
          name="password"
          type="password"
          label={t('auth:reset.password')}
          hint={t('auth:passwordHint')}
          autocomplete="new-password"
          error={errors?.password}
          required
        />
        <Field
          name="confirm"
          type="password"
          label={t('auth:reset.confirm')}
          autocomplete="new-password"
          error={errors?.confirm}
          required
        />
        <Button>{t('auth:reset.submit')}</Button>
      </Form>
    </section>
  )
}

export function ActivatePage({
  values = {},
  errors,
  params,
  step,
}: FormState & { step: 'code' | 'password' }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('auth:activate.title')}</h1>
      <p>{step === 'code' ? t('auth:activate.intro') : t('auth:activate.choosePassword')}</p>
      <ErrorSummary errors={errors} params={params} />
      <Form action="/activate">
        {step === 'code' ? (
          <>
            <Field
              name="username"
              label={t('auth:activate.username')}
              value={str(values.username)}
              autocomplete="username"
              error={errors?.username}
              required
            />
            <Field
              name="code"
              label={t('auth:activate.code')}
              hint={t('auth:activate.codeHint')}
              value={str(values.code)}
              autocomplete="one-time-code"
              error={errors?.code}
              required
            />
          </>
        ) : (
          <>
            <input type="hidden" name="username" value={str(values.username)} />
            <input type="hidden" name="code" value={str(values.code)} />
            <input type="hidden" name="step" value="password" />
            <Field
              name="password"
              type="password"
              label={t('auth:reset.password')}
              hint={t('auth:passwordHint')}
              autocomplete="new-password"
              error={errors?.password}
              required
            />
            <Field
              name="confirm"
              type="password"
              label={t('auth:reset.confirm')}
              autocomplete="new-password"
              error={errors?.confirm}
              required
            />
          </>
        )}
        <Button>{step === 'code' ? t('auth:activate.next') : t('auth:activate.submit')}</Button>
      </Form>
    </section>
  )
}

type PendingEmail = { newEmail: string; displayName: string }

/** The page an e-mail change link opens: it names the new address and asks to confirm it. */
export function EmailChangePage({
  token,
  pending,
  errors,
  params,
}: FormState & { token: string; pending: PendingEmail }) {
  const { t } = useUi()
  const failed = Object.keys(errors ?? {}).length > 0
  return (
    <section class="narrow">
      <h1>{t('auth:emailChange.title')}</h1>
      <ErrorSummary errors={errors} params={params} />
      {!failed && (
        <>
          <p>
            {t('auth:emailChange.intro', { email: pending.newEmail, name: pending.displayName })}
          </p>
          <Form action={`/email-change/${token}`}>
            <Button>{t('auth:emailChange.submit')}</Button>
          </Form>
        </>
      )}
    </section>
  )
}

/** After a confirmation by someone not signed in as the account's owner. */
export function EmailChangedPage({ email }: { email: string }) {
  const { t, actor } = useUi()
  return (
    <section class="narrow">
      <h1>{t('auth:emailChange.doneTitle')}</h1>
      <Notice>{t('auth:emailChange.done', { email })}</Notice>
      {!actor && (
        <p>
          <a href="/signin">{t('auth:signIn.submit')}</a>
        </p>
      )}
    </section>
  )
}
