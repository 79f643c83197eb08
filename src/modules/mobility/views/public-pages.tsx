import { countryName } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, Checkbox, Field, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CertificateFacts } from '../service/certificates.ts'
import type { SigningLink } from '../service/signing-links.ts'
import { AgreementContentView } from './agreement-page.tsx'
import { Dates, FormErrors, OrgName, str } from './shared.tsx'

function Parties({ facts }: { facts: Pick<CertificateFacts, 'mobility' | 'names'> }) {
  const { t, locale } = useUi()
  const { mobility: m, names } = facts
  return (
    <dl class="facts">
      <dt>{t('mobility:fields.participant')}</dt>
      <dd>{names.participant.displayName}</dd>
      <dt>{t('mobility:fields.sending')}</dt>
      <dd>
        <OrgName name={names.sending.name} defaultLocale={names.sending.defaultLocale} />
      </dd>
      <dt>{t('mobility:fields.receiving')}</dt>
      <dd>
        <OrgName
          name={names.receiving?.name}
          defaultLocale={names.receiving?.defaultLocale}
          fallback={m.receivingOrganisationName}
        />
        {m.receivingCountry && <> ({countryName(m.receivingCountry, locale)})</>}
      </dd>
      {(names.host || m.hostCompanyName) && (
        <>
          <dt>{t('mobility:fields.host')}</dt>
          <dd>
            <OrgName
              name={names.host?.name}
              defaultLocale={names.host?.defaultLocale}
              fallback={m.hostCompanyName}
            />
          </dd>
        </>
      )}
      <dt>{t('mobility:fields.activityType')}</dt>
      <dd>{t(`grants:activity.${m.activityType}`)}</dd>
      <dt>{t('mobility:fields.dates')}</dt>
      <dd>
        <Dates from={m.startDate} to={m.endDate} />
      </dd>
    </dl>
  )
}

export function SignLinkPage(props: {
  link: SigningLink
  action: string
  errors?: FieldErrors | undefined
  values?: Record<string, unknown>
  justSigned?: boolean
}) {
  const { t } = useUi()
  const { link } = props
  const v = props.values ?? {}
  const e = props.errors ?? {}
  return (
    <>
      <h1>{t('mobility:sign.title')}</h1>
      {props.justSigned && <Notice>{t('mobility:sign.thanks')}</Notice>}
      {link.state !== 'open' && !props.justSigned && (
        <Notice kind="info">{t(`mobility:sign.state.${link.state}`)}</Notice>
      )}
      <p>
        {t('mobility:sign.lead', {
          role: t(`mobility:role.${link.request.role}`),
          version: link.agreement.version,
        })}
      </p>
      <Parties facts={link} />
      <h2>{t('mobility:agreement.title')}</h2>
      <AgreementContentView content={link.agreement.contentJson} />
      <p class="footnote mobility-hash">
        {t('mobility:agreement.hash', { hash: link.agreement.contentHash })}
      </p>
      {link.state === 'open' && (
        <section aria-labelledby="sign-h">
          <h2 id="sign-h">{t('mobility:sign.formTitle')}</h2>
          <FormErrors errors={props.errors} />
          <Form action={props.action}>
            <input type="hidden" name="contentHash" value={link.agreement.contentHash} />
            <Field
              name="signerName"
              label={t('mobility:sign.name')}
              value={str(v.signerName)}
              error={e.signerName}
              autocomplete="name"
              required
            />
            <Checkbox
              name="confirm"
              label={t('mobility:sign.confirm', { version: link.agreement.version })}
              checked={v.confirm === 'on'}
              error={e.confirm}
            />
            <Button>{t('mobility:sign.submit')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}

/** An old verification link that no certificate has. (Certificates are credentials now.) */
export function UnknownCertificatePage() {
  const { t } = useUi()
  return (
    <>
      <h1>{t('mobility:verify.title')}</h1>
      <Notice kind="warning">{t('mobility:verify.unknown')}</Notice>
      <p>{t('mobility:verify.unknownHelp')}</p>
    </>
  )
}
