import { countryName } from '#src/lib/countries.ts'
import { daysInclusive } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { numberFormat } from '#src/lib/intl.ts'
import {
  Button,
  Checkbox,
  DateTime,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MobilityAccess } from '../access.ts'
import type { ParticipantType } from '../schema.ts'
import type { MobilityNames } from '../service/names.ts'
import { TRANSITIONS } from '../service/status.ts'
import { Dates, FormErrors, MobilityTabs, OrgName, StatusBadge, str } from './shared.tsx'

export type GroupMember = {
  id: string
  participantType: ParticipantType
  status: string
  name: string
}

export type OverviewProps = {
  access: MobilityAccess
  names: MobilityNames
  group: {
    members: GroupMember[]
    learners: number
    staff: number
    isUnaccompanied: boolean
  } | null
  log: {
    id: string
    from: string | null
    to: string
    at: Date
    note: string | null
    by: string | null
  }[]
  notice?: string | undefined
  errors?: FieldErrors | undefined
  values?: Record<string, unknown>
}

/** The page title of a mobility: who goes, and for what. */
export function mobilityTitle(
  t: (k: string, p?: Record<string, unknown>) => string,
  name: string,
  activity: string,
) {
  return t('mobility:overview.title', { name, activity: t(`grants:activity.${activity}`) })
}

function Facts({ access, names }: Pick<OverviewProps, 'access' | 'names'>) {
  const { t, locale } = useUi()
  const m = access.mobility
  const isSending = access.relation === 'sending'
  const km = m.distanceKm
    ? numberFormat(locale, { maximumFractionDigits: 0 }).format(Number(m.distanceKm))
    : null
  return (
    <dl class="facts">
      <dt>{t('mobility:fields.status')}</dt>
      <dd>
        <StatusBadge status={m.status} />
      </dd>
      <dt>{t('mobility:fields.participant')}</dt>
      <dd>
        {names.participant.displayName} ({t(`mobility:participantType.${m.participantType}`)})
      </dd>
      <dt>{t('mobility:fields.activityType')}</dt>
      <dd>{t(`grants:activity.${m.activityType}`)}</dd>
      <dt>{t('mobility:fields.dates')}</dt>
      <dd>
        <Dates from={m.startDate} to={m.endDate} />{' '}
        <span class="muted">
          {t('mobility:overview.days', { count: daysInclusive(m.startDate, m.endDate) })}
        </span>
      </dd>
      {m.travelStartDate && m.travelEndDate && (
        <>
          <dt>{t('mobility:fields.travelDates')}</dt>
          <dd>
            <Dates from={m.travelStartDate} to={m.travelEndDate} />
          </dd>
        </>
      )}
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
      {m.mentorName && (
        <>
          <dt>{t('mobility:fields.mentorName')}</dt>
          <dd>
            {m.mentorName}
            {m.mentorEmail && <> · {m.mentorEmail}</>}
          </dd>
        </>
      )}
      <dt>{t('mobility:fields.travelMode')}</dt>
      <dd>
        {m.travelMode ? t(`mobility:travelMode.${m.travelMode}`) : '—'}
        {m.isGreenTravel && (
          <>
            {' '}
            · <span class="badge badge-ok">{t('mobility:overview.green')}</span>
          </>
        )}
      </dd>
      {isSending && (
        <>
          <dt>{t('mobility:fields.distanceKm')}</dt>
          <dd>
            {km && m.distanceSource
              ? t(`mobility:overview.distance.${m.distanceSource}`, { km })
              : t('mobility:overview.noDistance')}
          </dd>
          <dt>{t('mobility:fields.fewerOpportunities')}</dt>
          <dd>{m.fewerOpportunities ? t('mobility:overview.yes') : t('mobility:overview.no')}</dd>
        </>
      )}
      {m.forceMajeure && (
        <>
          <dt>{t('mobility:fields.forceMajeure')}</dt>
          <dd>{m.forceMajeureReason}</dd>
        </>
      )}
    </dl>
  )
}

function Group({
  id,
  group,
  canManage,
}: {
  id: string
  group: NonNullable<OverviewProps['group']>
  canManage: boolean
}) {
  const { t } = useUi()
  return (
    <section aria-labelledby="group-h">
      <h2 id="group-h">{t('mobility:group.title')}</h2>
      <p>{t('mobility:group.ratio', { staff: group.staff, learners: group.learners })}</p>
      {group.isUnaccompanied && <Notice kind="warning">{t('mobility:group.unaccompanied')}</Notice>}
      <ul>
        {group.members.map((m) => (
          <li>
            <a href={`/app/mobility/${m.id}`} aria-current={m.id === id ? 'page' : undefined}>
              {m.name}
            </a>{' '}
            <span class="muted">({t(`mobility:participantType.${m.participantType}`)})</span>
          </li>
        ))}
      </ul>
      {canManage && (
        <p>
          <a href={`/app/mobility/new?group=${id}`}>{t('mobility:group.add')}</a>
        </p>
      )}
    </section>
  )
}

function StatusForm({
  access,
  errors,
  values,
}: Pick<OverviewProps, 'access' | 'errors' | 'values'>) {
  const { t } = useUi()
  const next = TRANSITIONS[access.mobility.status]
  if (next.length === 0) return null
  const v = values ?? {}
  return (
    <section aria-labelledby="status-h">
      <h2 id="status-h">{t('mobility:statusForm.title')}</h2>
      <FormErrors errors={errors} />
      <Form action={`/app/mobility/${access.mobility.id}/status`}>
        <SelectField
          name="to"
          label={t('mobility:statusForm.to')}
          value={str(v.to)}
          options={next.map((s) => ({ value: s, label: t(`mobility:status.${s}`) }))}
          error={errors?.to}
        />
        <TextAreaField
          name="note"
          label={t('mobility:statusForm.note')}
          value={str(v.note)}
          rows={2}
          error={errors?.note}
        />
        {next.includes('interrupted') && (
          <fieldset>
            <legend>{t('mobility:statusForm.interruption')}</legend>
            <Checkbox
              name="forceMajeure"
              label={t('mobility:fields.forceMajeure')}
              checked={v.forceMajeure === 'on'}
            />
            <TextAreaField
              name="forceMajeureReason"
              label={t('mobility:fields.forceMajeureReason')}
              value={str(v.forceMajeureReason)}
              rows={2}
              error={errors?.forceMajeureReason}
            />
          </fieldset>
        )}
        <Button>{t('mobility:statusForm.submit')}</Button>
      </Form>
    </section>
  )
}

function StatusLog({ log }: Pick<OverviewProps, 'log'>) {
  const { t } = useUi()
  return (
    <section aria-labelledby="log-h">
      <h2 id="log-h">{t('mobility:log.title')}</h2>
      <ol>
        {log.map((l) => (
          <li>
            <DateTime value={l.at} /> —{' '}
            {l.from
              ? t('mobility:log.moved', {
                  from: t(`mobility:status.${l.from}`),
                  to: t(`mobility:status.${l.to}`),
                })
              : t('mobility:log.created')}
            {l.by && <span class="muted"> · {l.by}</span>}
            {l.note && <div>{l.note}</div>}
          </li>
        ))}
      </ol>
    </section>
  )
}

export function OverviewPage(props: OverviewProps) {
  const { t } = useUi()
  const m = props.access.mobility
  const isSending = props.access.relation === 'sending'
  return (
    <>
      <PageHeader title={mobilityTitle(t, props.names.participant.displayName, m.activityType)}>
        {isSending && m.status !== 'completed' && m.status !== 'cancelled' && (
          <a class="btn btn-secondary" href={`/app/mobility/${m.id}/edit`}>
            {t('mobility:overview.edit')}
          </a>
        )}
      </PageHeader>
      <MobilityTabs id={m.id} relation={props.access.relation} current="" />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <Facts access={props.access} names={props.names} />
      {props.group && <Group id={m.id} group={props.group} canManage={isSending} />}
      {isSending && (
        <StatusForm access={props.access} errors={props.errors} values={props.values} />
      )}
      {isSending && <StatusLog log={props.log} />}
    </>
  )
}
