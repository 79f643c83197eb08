import { Button, EmptyState, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { CallDetails, CallListRow } from '../service/calls.ts'
import { CallFacts, DateOnly, IsoDate, LongText, StatusBadge, TextOf } from './parts.tsx'

/** The calls: all of them for coordinators, the open ones (and one's own) for everybody else. */
export function CallsPage({
  calls,
  isManager,
  notice,
}: {
  calls: CallListRow[]
  isManager: boolean
  notice?: string | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('calls:list.title')}>
        {isManager && (
          <a class="btn btn-primary" href="/app/calls/new">
            {t('calls:list.new')}
          </a>
        )}
        <a href="/app/applications">{t('calls:list.myApplications')}</a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      {calls.length === 0 ? (
        <EmptyState title={t('calls:list.emptyTitle')}>
          {isManager ? t('calls:list.emptyManager') : t('calls:list.emptyApplicant')}
        </EmptyState>
      ) : (
        <ul class="call-cards">
          {calls.map((c) => (
            <li class="call-card">
              <h2>
                <a href={`/app/calls/${c.id}`}>
                  <TextOf value={c.title} />
                </a>
              </h2>
              <p>
                <StatusBadge status={c.status} /> {t(`grants:activity.${c.activityType}`)}
              </p>
              <p class="muted">
                <IsoDate value={c.startDate} /> – <IsoDate value={c.endDate} /> ·{' '}
                {t('calls:list.places', { count: c.places })} · {t('calls:list.until')}{' '}
                <DateOnly value={new Date(c.applyUntil.getTime() - 1)} />
              </p>
              {isManager && <p>{t('calls:list.submitted', { count: c.submitted })}</p>}
              {c.myApplicationId && (
                <p>
                  <a href={`/app/applications/${c.myApplicationId}`}>
                    {t('calls:list.yourApplication')}
                  </a>{' '}
                  <StatusBadge status={c.myStatus ?? 'draft'} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

type CallPageProps = {
  call: CallDetails
  isManager: boolean
  canApply: boolean
  myApplicationId: string | null
  isPanel: boolean
  notice?: string | undefined
  error?: { key: string; params?: Record<string, unknown> } | undefined
}

function ManagerActions({ call }: { call: CallDetails }) {
  const { t, locale } = useUi()
  const base = `/app/calls/${call.id}`
  return (
    <section aria-labelledby="manage-h">
      <h2 id="manage-h">{t('calls:call.manage')}</h2>
      <ul class="action-list">
        {(call.status === 'draft' || call.status === 'open') && (
          <li>
            <a href={`${base}/edit`}>{t('calls:call.edit')}</a>
          </li>
        )}
        <li>
          <a href={`${base}/criteria`}>
            {t('calls:call.criteria', { count: call.criteria.length })}
          </a>
        </li>
        <li>
          <a href={`${base}/documents`}>
            {t('calls:call.documents', { count: call.documents.length })}
          </a>
        </li>
        <li>
          <a href={`${base}/panel`}>{t('calls:call.panel')}</a>
        </li>
        <li>
          <a href={`${base}/applications`}>{t('calls:call.applications')}</a>
        </li>
        {call.status !== 'draft' && (
          <li>
            <a href={`/${locale}/c/${call.slug}`}>{t('calls:call.publicPage')}</a>
          </li>
        )}
      </ul>
      {call.status === 'draft' && (
        <Form action={`${base}/publish`}>
          <p>{t('calls:call.publishHint')}</p>
          <Button>{t('calls:call.publish')}</Button>
        </Form>
      )}
      {call.status === 'open' && (
        <Form action={`${base}/close`}>
          <p>{t('calls:call.closeHint')}</p>
          <Button variant="secondary">{t('calls:call.close')}</Button>
        </Form>
      )}
    </section>
  )
}

/** One call: its text and facts; coordinators get its set-up, applicants the way to apply. */
export function CallPage(props: CallPageProps) {
  const { t } = useUi()
  const { call } = props
  return (
    <>
      <div class="page-header">
        <h1>
          <TextOf value={call.title} />
        </h1>
      </div>
      <p>
        <StatusBadge status={call.status} />
      </p>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.error && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{t(props.error.key, props.error.params)}</p>
        </div>
      )}
      <CallFacts call={call} />
      {props.myApplicationId ? (
        <p>
          <a class="btn btn-primary" href={`/app/applications/${props.myApplicationId}`}>
            {t('calls:call.openApplication')}
          </a>
        </p>
      ) : (
        props.canApply && (
          <Form action={`/app/calls/${call.id}/apply`}>
            <Button>{t('calls:call.apply')}</Button>
          </Form>
        )
      )}
      {props.isPanel && !props.isManager && (
        <p>
          <a href={`/app/calls/${call.id}/applications`}>{t('calls:call.applications')}</a>
        </p>
      )}
      {props.isManager && <ManagerActions call={call} />}
      <section aria-labelledby="text-h">
        <h2 id="text-h">{t('calls:call.text')}</h2>
        <LongText value={call.text} />
        {Object.keys(call.eligibility).length > 0 && (
          <>
            <h3>{t('calls:call.eligibility')}</h3>
            <LongText value={call.eligibility} />
          </>
        )}
      </section>
      <CriteriaSummary call={call} />
    </>
  )
}

/** The selection criteria with their weights, and the documents to upload. */
export function CriteriaSummary({ call }: { call: Pick<CallDetails, 'criteria' | 'documents'> }) {
  const { t } = useUi()
  return (
    <>
      {call.criteria.length > 0 && (
        <section aria-labelledby="criteria-h">
          <h2 id="criteria-h">{t('calls:call.selection')}</h2>
          <ul class="call-list">
            {call.criteria.map((c) => (
              <li>
                <TextOf value={c.name} /> – {t('calls:criteria.weightValue', { weight: c.weight })}
                {c.isFewerOpportunities && <> ({t('calls:criteria.fewerOpportunities')})</>}
              </li>
            ))}
          </ul>
          <p class="hint">{t('calls:call.tieBreak')}</p>
        </section>
      )}
      {call.documents.length > 0 && (
        <section aria-labelledby="docs-h">
          <h2 id="docs-h">{t('calls:call.toUpload')}</h2>
          <ul class="call-list">
            {call.documents.map((d) => (
              <li>
                {Object.keys(d.label).length > 0 ? (
                  <TextOf value={d.label} />
                ) : (
                  t(`calls:kind.${d.kind}`)
                )}
                {' – '}
                {d.required ? t('calls:documents.requiredYes') : t('calls:documents.optional')}
                {d.minorsOnly && <> ({t('calls:documents.minorsOnly')})</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
