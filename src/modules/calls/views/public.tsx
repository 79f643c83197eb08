import type { LocalizedText } from '#src/lib/localized-text.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, Form, Notice } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CallRow } from '../service/access.ts'
import type { CallDetails } from '../service/calls.ts'
import { CriteriaSummary } from './call-pages.tsx'
import { CallFacts, DateOnly, IsoDate, LongText, ProblemBox, TextOf } from './parts.tsx'

type Org = { slug: string; name: LocalizedText; defaultLocale: string; timeZone: string }
type Host = { id: string; name: LocalizedText; defaultLocale: string }

/** The public page of a call, `/:locale/c/:slug`: what, where, when, who may apply, how. */
export function PublicCallPage({
  call,
  org,
  hosts,
  isOpen,
}: {
  call: CallDetails
  org: Org
  hosts: Host[]
  isOpen: boolean
}) {
  const { t, locale } = useUi()
  const orgName = pickText(org.name, locale, [org.defaultLocale, 'en'])
  return (
    <article>
      <h1>
        <TextOf value={call.title} fallbacks={[org.defaultLocale, 'en']} />
      </h1>
      <p>
        {t('calls:public.by')}{' '}
        <a href={`/${locale}/o/${org.slug}`} lang={orgName.isFallback ? orgName.lang : undefined}>
          {orgName.value}
        </a>
      </p>
      {!isOpen && <Notice kind="info">{t('calls:public.closed')}</Notice>}
      <CallFacts call={call} hosts={hosts} />
      {isOpen && (
        <p>
          <a class="btn btn-primary" href={`/app/calls/${call.id}`}>
            {t('calls:public.apply')}
          </a>
        </p>
      )}
      {isOpen && <p class="hint">{t('calls:public.applyHint')}</p>}
      <LongText value={call.text} />
      {Object.keys(call.eligibility).length > 0 && (
        <section aria-labelledby="elig-h">
          <h2 id="elig-h">{t('calls:call.eligibility')}</h2>
          <LongText value={call.eligibility} />
        </section>
      )}
      <CriteriaSummary call={call} />
    </article>
  )
}

/** The open calls on an organisation's public profile. */
export function ProfileCalls({ calls }: { calls: CallRow[] }) {
  const { t, locale } = useUi()
  return (
    <section aria-labelledby="org-calls-h">
      <h2 id="org-calls-h">{t('calls:public.profileTitle')}</h2>
      <ul class="call-list">
        {calls.map((c) => (
          <li>
            <a href={`/${locale}/c/${c.slug}`}>
              <TextOf value={c.title} />
            </a>{' '}
            <span class="muted">
              ({t(`grants:activity.${c.activityType}`)}, <IsoDate value={c.startDate} />;{' '}
              {t('calls:list.until')} <DateOnly value={new Date(c.applyUntil.getTime() - 1)} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

type ConsentProps = {
  token: string
  applicantName: string
  call: CallRow
  org: Org
  guardianName: string
  state: 'open' | 'given' | 'declined' | 'expired'
  problem?: { key: string; params?: Record<string, unknown> | undefined } | undefined
  error?: string | undefined
  justAnswered?: boolean
}

/** The guardian's page behind the e-mailed link: what the child applied for, consent or decline. */
export function ConsentPage(props: ConsentProps) {
  const { t, locale } = useUi()
  const { call, org } = props
  const orgName = pickText(org.name, locale, [org.defaultLocale, 'en'])
  return (
    <article class="narrow">
      <h1>{t('calls:publicConsent.title', { name: props.applicantName })}</h1>
      <ProblemBox problem={props.problem} />
      {props.justAnswered && (props.state === 'given' || props.state === 'declined') && (
        <Notice>{t(`calls:publicConsent.thanks.${props.state}`)}</Notice>
      )}
      <p>{t('calls:publicConsent.greeting', { guardian: props.guardianName })}</p>
      <p>
        {t('calls:publicConsent.intro', { name: props.applicantName, organisation: orgName.value })}
      </p>
      <h2>
        <TextOf value={call.title} fallbacks={[org.defaultLocale, 'en']} />
      </h2>
      <CallFacts call={call} />
      <LongText value={call.text} />
      {props.state === 'open' ? (
        <Form action={`/${locale}/consent/${props.token}`}>
          <h2>{t('calls:publicConsent.decide')}</h2>
          <div class={props.error ? 'field has-error' : 'field'}>
            {props.error && (
              <p class="error" id="f-isGuardian-error">
                {t(props.error)}
              </p>
            )}
            <label class="check">
              <input
                type="checkbox"
                name="isGuardian"
                id="f-isGuardian"
                aria-invalid={props.error ? 'true' : undefined}
                aria-describedby={props.error ? 'f-isGuardian-error' : undefined}
              />{' '}
              {t('calls:publicConsent.confirm', { name: props.applicantName })}
            </label>
          </div>
          <div class="form-actions">
            <Button name="answer" value="consent">
              {t('calls:publicConsent.consent')}
            </Button>
            <Button name="answer" value="decline" variant="secondary">
              {t('calls:publicConsent.decline')}
            </Button>
          </div>
        </Form>
      ) : (
        <p>
          <strong>{t(`calls:publicConsent.state.${props.state}`)}</strong>
        </p>
      )}
    </article>
  )
}
