import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import type { Role } from '#src/modules/users/index.ts'
import { Button, CsrfField, ErrorSummary, Field, Form, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'

type FormState = { values?: FormValues; errors?: FieldErrors | undefined }

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The form to invite someone by e-mail, offering only roles the inviter may grant. */
export function InvitePage({ roles, values = {}, errors }: FormState & { roles: readonly Role[] }) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('invitations:invite.title')}</h1>
      <p>{t('invitations:invite.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action="/app/members/invite">
        <Field
          name="email"
          type="email"
          label={t('invitations:invite.email')}
          value={str(values.email)}
          error={errors?.email}
          autocomplete="off"
          inputmode="email"
          required
        />
        <Field
          name="displayName"
          label={t('invitations:invite.name')}
          hint={t('invitations:invite.nameHint')}
          value={str(values.displayName)}
          error={errors?.displayName}
          autocomplete="off"
          maxlength={120}
        />
        <SelectField
          name="role"
          label={t('invitations:invite.role')}
          value={str(values.role) || (roles.includes('staff') ? 'staff' : roles[0])}
          error={errors?.role}
          options={roles.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          required
        />
        <Button>{t('invitations:invite.submit')}</Button>
      </Form>
      <p>
        <a href="/app/members">{t('common:form.cancel')}</a>
      </p>
    </section>
  )
}

export type InvitationView = {
  email: string
  displayName: string
  role: Role
  organisationName: LocalizedText
  defaultLocale: string
  hasAccount: boolean
}

function Summary({ invitation }: { invitation: InvitationView }) {
  const { t, locale } = useUi()
  const org = pickText(invitation.organisationName, locale, [invitation.defaultLocale, 'en'])
  return (
    <dl class="facts">
      <dt>{t('invitations:accept.organisation')}</dt>
      <dd lang={org.lang}>{org.value}</dd>
      <dt>{t('invitations:accept.role')}</dt>
      <dd>{t(`common:roles.${invitation.role}`)}</dd>
      <dt>{t('invitations:accept.email')}</dt>
      <dd>{invitation.email}</dd>
    </dl>
  )
}

/**
 * The page behind an invitation link: a form to create the account, or a sign-in link for an
 * existing account, or (signed in as the invited person) an Accept button.
 */
export function AcceptPage({
  token,
  invitation,
  values = {},
  errors,
}: FormState & { token: string; invitation: InvitationView }) {
  const { t, actor, url } = useUi()
  const base = `/invite/${token}`
  // Back to this very page after signing in, with the mail link's `?lang=` if it had one.
  const here = `${base}${new URL(url).search}`
  const isInvitee = actor?.email?.toLowerCase() === invitation.email
  let body: unknown
  if (actor && isInvitee) {
    body = (
      <Form action={`${base}/accept`}>
        <Button>{t('invitations:accept.acceptSubmit')}</Button>
      </Form>
    )
  } else if (actor) {
    body = (
      <>
        <p>
          {t('invitations:accept.otherAccount', {
            name: actor.displayName,
            email: invitation.email,
          })}
        </p>
        <form method="post" action="/signout" class="inline">
          <CsrfField />
          <Button variant="secondary">{t('invitations:accept.signOut')}</Button>
        </form>
      </>
    )
  } else if (invitation.hasAccount) {
    body = (
      <>
        <p>{t('invitations:accept.haveAccount', { email: invitation.email })}</p>
        <p>
          <a class="btn btn-primary" href={`/signin?next=${encodeURIComponent(here)}`}>
            {t('invitations:accept.signIn')}
          </a>
        </p>
      </>
    )
  } else {
    body = (
      <>
        <p>{t('invitations:accept.createIntro')}</p>
        <ErrorSummary errors={errors} />
        <Form action={base}>
          <Field
            name="displayName"
            label={t('invitations:accept.name')}
            hint={t('invitations:accept.nameHint')}
            value={str(values.displayName ?? invitation.displayName)}
            error={errors?.displayName}
            autocomplete="name"
            maxlength={120}
            required
          />
          <Field
            name="password"
            type="password"
            label={t('invitations:accept.password')}
            hint={t('invitations:accept.passwordHint')}
            error={errors?.password}
            autocomplete="new-password"
            required
          />
          <Field
            name="confirm"
            type="password"
            label={t('invitations:accept.confirm')}
            error={errors?.confirm}
            autocomplete="new-password"
            required
          />
          <Button>{t('invitations:accept.createSubmit')}</Button>
        </Form>
      </>
    )
  }
  return (
    <section class="narrow">
      <h1>{t('invitations:accept.title')}</h1>
      <Summary invitation={invitation} />
      {body}
    </section>
  )
}
