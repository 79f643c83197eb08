import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES, localeAutonym } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import type { Profile } from '#src/modules/users/index.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export type AccountForm = 'profile' | 'password'

type Props = {
  profile: Profile
  /** Which form the values and errors belong to. */
  form?: AccountForm | undefined
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
  /** A new e-mail address waiting for its confirmation link. */
  pending?: { newEmail: string } | null | undefined
}

function ProfileForm({ profile, values, errors }: Props & { values: FormValues }) {
  const { t } = useUi()
  const v = (name: keyof Profile) => (name in values ? str(values[name]) : str(profile[name] ?? ''))
  return (
    <section aria-labelledby="profile-h">
      <h2 id="profile-h">{t('account:profile.title')}</h2>
      <ErrorSummary errors={errors} />
      <Form action="/app/account">
        <Field
          name="displayName"
          label={t('account:profile.name')}
          value={v('displayName')}
          error={errors?.displayName}
          autocomplete="name"
          maxlength={120}
          required
        />
        {profile.username && (
          <p>
            {t('account:profile.username')} <code>{profile.username}</code>
          </p>
        )}
        <Field
          name="email"
          type="email"
          label={t('account:profile.email')}
          hint={t('account:profile.emailHint')}
          value={v('email')}
          error={errors?.email}
          autocomplete="email"
          inputmode="email"
        />
        <Field
          name="currentPassword"
          type="password"
          label={t('account:profile.currentPassword')}
          hint={t('account:profile.currentPasswordHint')}
          error={errors?.currentPassword}
          autocomplete="current-password"
        />
        <Field
          name="phone"
          type="tel"
          label={t('account:profile.phone')}
          hint={t('account:profile.phoneHint')}
          value={v('phone')}
          error={errors?.phone}
          autocomplete="tel"
          inputmode="tel"
          maxlength={40}
        />
        <SelectField
          name="locale"
          label={t('account:profile.language')}
          hint={t('account:profile.languageHint')}
          value={v('locale')}
          error={errors?.locale}
          placeholder={t('account:profile.languageAuto')}
          options={LOCALES.map((l) => ({ value: l, label: localeAutonym(l) }))}
        />
        <Button>{t('account:profile.submit')}</Button>
      </Form>
    </section>
  )
}

function PasswordForm({ errors }: { errors?: FieldErrors | undefined }) {
  const { t } = useUi()
  return (
    <section aria-labelledby="password-h">
      <h2 id="password-h">{t('account:password.title')}</h2>
      <p>{t('account:password.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action="/app/account/password">
        <Field
          name="current"
          type="password"
          label={t('account:password.current')}
          error={errors?.current}
          autocomplete="current-password"
          required
        />
        <Field
          name="password"
          type="password"
          label={t('account:password.new')}
          hint={t('account:password.hint')}
          error={errors?.password}
          autocomplete="new-password"
          required
        />
        <Field
          name="confirm"
          type="password"
          label={t('account:password.confirm')}
          error={errors?.confirm}
          autocomplete="new-password"
          required
        />
        <Button>{t('account:password.submit')}</Button>
      </Form>
    </section>
  )
}

function Organisations() {
  const { t, actor, locale } = useUi()
  if (!actor) return null
  return (
    <section aria-labelledby="orgs-h">
      <h2 id="orgs-h">{t('account:organisations.title')}</h2>
      {actor.memberships.length === 0 ? (
        <p>{t('account:organisations.none')}</p>
      ) : (
        <ul>
          {actor.memberships.map((m) => {
            const name = pickText(m.name, locale, [m.defaultLocale, 'en'])
            return (
              <li>
                <span lang={name.lang}>{name.value}</span>
                {' · '}
                {t(`common:roles.${m.role}`)}
                {m.tenantId === actor.tenantId && (
                  <>
                    {' '}
                    <span class="badge">{t('account:organisations.active')}</span>
                  </>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {actor.isPlatformAdmin && <p>{t('account:organisations.platformAdmin')}</p>}
    </section>
  )
}

/** The signed-in person's own account: profile, language, password, organisations. */
export function AccountPage({ profile, form, values = {}, errors, notice, pending }: Props) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('account:title')} />
      {notice && <Notice>{t(notice)}</Notice>}
      {pending && (
        <Notice kind="info">
          {profile.email
            ? t('account:notices.emailPending', { email: pending.newEmail, current: profile.email })
            : t('account:notices.emailPendingFirst', { email: pending.newEmail })}
        </Notice>
      )}
      <ProfileForm
        profile={profile}
        values={form === 'profile' ? values : {}}
        errors={form === 'profile' ? errors : undefined}
      />
      <PasswordForm errors={form === 'password' ? errors : undefined} />
      <Organisations />
    </>
  )
}
