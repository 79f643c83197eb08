import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
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
import type { MemberDetails, MemberRow } from '../../users/index.ts'
import { str } from './shared.tsx'

type Props = {
  learner: MemberDetails
  candidates: MemberRow[]
  /** Which form the values and errors belong to. */
  form?: 'link' | 'invite'
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** A learner's guardians: unlink, link an existing guardian member, or invite one by e-mail. */
export function GuardiansPage({ learner, candidates, form, values = {}, errors, notice }: Props) {
  const { t } = useUi()
  const base = `/app/members/${learner.membershipId}/guardians`
  return (
    <>
      <PageHeader title={t('members:guardians.pageTitle', { name: learner.displayName })}>
        <a href={`/app/members/${learner.membershipId}`}>
          {t('members:guardians.back', { name: learner.displayName })}
        </a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <section aria-labelledby="current-h">
        <h2 id="current-h">{t('members:guardians.title')}</h2>
        {learner.guardians.length === 0 ? (
          <p>{t('members:guardians.none')}</p>
        ) : (
          <ul class="action-list">
            {learner.guardians.map((g) => (
              <li>
                <a href={`/app/members/${g.membershipId}`}>{g.displayName}</a>
                {g.email && <span class="muted"> · {g.email}</span>}{' '}
                <Form action={`${base}/${g.membershipId}/unlink`} class="inline">
                  <button
                    type="submit"
                    class="btn btn-secondary"
                    aria-label={t('members:guardians.unlinkNamed', { name: g.displayName })}
                  >
                    {t('members:guardians.unlink')}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="link-h">
        <h2 id="link-h">{t('members:guardians.linkTitle')}</h2>
        {form === 'link' && <ErrorSummary errors={errors} />}
        {candidates.length === 0 ? (
          <p>{t('members:guardians.noCandidates')}</p>
        ) : (
          <Form action={base}>
            <SelectField
              name="guardianMembershipId"
              label={t('members:guardians.choose')}
              placeholder={t('members:guardians.choosePlaceholder')}
              value={form === 'link' ? str(values.guardianMembershipId) : ''}
              error={form === 'link' ? errors?.guardianMembershipId : undefined}
              options={candidates.map((c) => ({
                value: c.membershipId,
                label: c.email ? `${c.displayName} (${c.email})` : c.displayName,
              }))}
              required
            />
            <Button>{t('members:guardians.linkSubmit')}</Button>
          </Form>
        )}
      </section>
      <section aria-labelledby="invite-h">
        <h2 id="invite-h">{t('members:guardians.inviteTitle')}</h2>
        <p>{t('members:guardians.inviteIntro')}</p>
        {form === 'invite' && <ErrorSummary errors={errors} />}
        <Form action={`${base}/invite`}>
          <Field
            name="email"
            type="email"
            label={t('members:guardians.email')}
            value={form === 'invite' ? str(values.email) : ''}
            error={form === 'invite' ? errors?.email : undefined}
            autocomplete="off"
            inputmode="email"
            required
          />
          <Field
            name="displayName"
            label={t('members:guardians.name')}
            value={form === 'invite' ? str(values.displayName) : ''}
            error={form === 'invite' ? errors?.displayName : undefined}
            autocomplete="off"
            maxlength={120}
          />
          <Button>{t('members:guardians.inviteSubmit')}</Button>
        </Form>
      </section>
    </>
  )
}
