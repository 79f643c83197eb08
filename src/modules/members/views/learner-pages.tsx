import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ActivationSlip } from '../learners.ts'
import { str } from './shared.tsx'

/** The form for a learner account without e-mail. */
export function NewLearnerPage({
  values = {},
  errors,
}: {
  values?: FormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <section class="narrow">
      <h1>{t('members:learner.title')}</h1>
      <p>{t('members:learner.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action="/app/members/new-learner">
        <Field
          name="displayName"
          label={t('members:learner.name')}
          hint={t('members:learner.nameHint')}
          value={str(values.displayName)}
          error={errors?.displayName}
          autocomplete="off"
          maxlength={120}
          required
        />
        <Field
          name="dateOfBirth"
          type="date"
          label={t('members:learner.dateOfBirth')}
          hint={t('members:learner.dateOfBirthHint')}
          value={str(values.dateOfBirth)}
          error={errors?.dateOfBirth}
          autocomplete="off"
        />
        <fieldset>
          <legend>{t('members:learner.guardianLegend')}</legend>
          <p class="hint">{t('members:learner.guardianHint')}</p>
          <Field
            name="guardianEmail"
            type="email"
            label={t('members:learner.guardianEmail')}
            value={str(values.guardianEmail)}
            error={errors?.guardianEmail}
            autocomplete="off"
            inputmode="email"
          />
          <Field
            name="guardianName"
            label={t('members:learner.guardianName')}
            value={str(values.guardianName)}
            error={errors?.guardianName}
            autocomplete="off"
            maxlength={120}
          />
        </fieldset>
        <Button>{t('members:learner.submit')}</Button>
      </Form>
    </section>
  )
}

/**
 * The printable slip with the username and the one-time code. It is shown once: only the code's
 * hash is stored, so a lost slip means issuing a new code.
 */
export function ActivationSlipPage({
  slip,
  baseUrl,
  guardian,
}: {
  slip: ActivationSlip
  baseUrl: string
  guardian?: 'linked' | 'invited' | null
}) {
  const { t, locale, timeZone, active } = useUi()
  const expires = dateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(slip.expiresAt)
  const org = active ? pickText(active.name, locale) : null
  return (
    <section class="activation-slip">
      <PageHeader title={t('members:code.title', { name: slip.displayName })} />
      <Notice kind="warning">{t('members:code.once')}</Notice>
      {guardian === 'invited' && <Notice kind="info">{t('members:code.guardianInvited')}</Notice>}
      {guardian === 'linked' && <Notice kind="info">{t('members:code.guardianLinked')}</Notice>}
      <div class="slip">
        {org && (
          <p class="slip-org" lang={org.lang}>
            {org.value}
          </p>
        )}
        <p>{t('members:code.forLearner', { name: slip.displayName })}</p>
        <dl class="facts">
          <dt>{t('members:code.address')}</dt>
          <dd>
            <code>{`${baseUrl}/activate`}</code>
          </dd>
          <dt>{t('members:code.username')}</dt>
          <dd>
            <span class="code-box">{slip.username}</span>
          </dd>
          <dt>{t('members:code.code')}</dt>
          <dd>
            <span class="code-box">{slip.code}</span>
          </dd>
          <dt>{t('members:code.expires')}</dt>
          <dd>{expires}</dd>
        </dl>
        <p>{t('members:code.steps')}</p>
      </div>
      <p class="no-print">{t('members:code.print')}</p>
      <p class="no-print">
        <a href={`/app/members/${slip.membershipId}`}>{t('members:code.toMember')}</a>
        {' · '}
        <a href="/app/members/new-learner">{t('members:code.another')}</a>
      </p>
    </section>
  )
}
