import type { FieldErrors } from '#src/lib/errors.ts'
import { LOCALES, localeAutonym } from '#src/lib/i18n.ts'
import { can } from '#src/lib/policy.ts'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  EmptyState,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { QrCode } from '#src/ui/qr.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { RESPONDENT_GROUPS } from '../content.ts'
import type { InstrumentRow } from '../service/instruments.ts'
import type { RoundDetail, RoundRow } from '../service/rounds.ts'
import { AssessmentTabs, Txt } from './parts.tsx'

function StatusBadge({ status }: { status: string }) {
  const { t } = useUi()
  const cls =
    status === 'open' ? 'badge badge-ok' : status === 'draft' ? 'badge badge-warn' : 'badge'
  return <span class={cls}>{t(`assessment:status.${status}`)}</span>
}

export function RoundsPage({
  rounds,
  notice,
}: {
  rounds: RoundRow[]
  notice?: string | undefined
}) {
  const { t, actor, locale } = useUi()
  const manage = can(actor, 'assessment.manage')
  return (
    <>
      <PageHeader title={t('assessment:rounds.title')}>
        {manage && (
          <a class="btn btn-primary" href="/app/assessment/rounds/new">
            {t('assessment:rounds.new')}
          </a>
        )}
      </PageHeader>
      <AssessmentTabs current="rounds" />
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="lead">{t('assessment:rounds.lead')}</p>
      {rounds.length === 0 ? (
        <EmptyState title={t('assessment:rounds.emptyTitle')}>
          {t('assessment:rounds.empty')}
        </EmptyState>
      ) : (
        <TableWrap label={t('assessment:rounds.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('assessment:rounds.round')}</th>
                <th scope="col">{t('assessment:rounds.instrument')}</th>
                <th scope="col">{t('assessment:rounds.status')}</th>
                <th scope="col" class="num">
                  {t('assessment:rounds.responses')}
                </th>
                <th scope="col">{t('assessment:rounds.closes')}</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr>
                  <td>
                    <a href={`/app/assessment/rounds/${r.id}`}>{r.title}</a>
                  </td>
                  <td>
                    <Txt text={r.instrumentTitle} />{' '}
                    <span class="muted">
                      {t('assessment:instruments.versionN', { n: r.version })}
                    </span>
                  </td>
                  <td>
                    <StatusBadge status={r.status} />
                  </td>
                  <td class="num">{r.responses.toLocaleString(locale)}</td>
                  <td>{r.closesOn ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}

export type RoundFormValues = {
  instrumentId: string
  title: string
  groups: string[]
  anonymous: boolean
  closesOn: string
}

export function RoundFormPage({
  instruments,
  values,
  errors,
}: {
  instruments: InstrumentRow[]
  values: RoundFormValues
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const usable = instruments.filter((i) => i.latestVersion !== null)
  return (
    <>
      <PageHeader title={t('assessment:rounds.newTitle')} />
      <ErrorSummary errors={errors} />
      <Form action="/app/assessment/rounds/new" class="narrow">
        <SelectField
          name="instrumentId"
          label={t('assessment:rounds.instrument')}
          value={values.instrumentId}
          required
          error={errors?.instrumentId}
          options={usable.map((i) => ({
            value: i.id,
            label: `${pickLabel(i, locale)} (${t('assessment:instruments.versionN', { n: i.latestVersion })})`,
          }))}
        />
        <Field
          name="title"
          label={t('assessment:rounds.roundTitle')}
          hint={t('assessment:rounds.roundTitleHint')}
          value={values.title}
          required
          error={errors?.title}
          maxlength={200}
        />
        <CheckboxGroup
          name="groups"
          legend={t('assessment:rounds.groups')}
          hint={t('assessment:rounds.groupsHint')}
          values={values.groups}
          error={errors?.groups}
          options={RESPONDENT_GROUPS.map((g) => ({ value: g, label: t(`assessment:groups.${g}`) }))}
        />
        <Checkbox
          name="anonymous"
          label={t('assessment:rounds.anonymous')}
          hint={t('assessment:rounds.anonymousHint')}
          checked={values.anonymous}
        />
        <Field
          name="closesOn"
          type="date"
          label={t('assessment:rounds.closesOn')}
          hint={t('assessment:rounds.closesOnHint')}
          value={values.closesOn}
          error={errors?.closesOn}
        />
        <div class="form-actions">
          <Button>{t('assessment:rounds.create')}</Button>
          <a href="/app/assessment">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

function pickLabel(i: InstrumentRow, locale: string): string {
  return i.title[locale] || i.title.en || Object.values(i.title).find(Boolean) || ''
}

export function RoundPage({
  detail,
  qrs,
  links,
  notice,
  inviteErrors,
  inviteValues,
}: {
  detail: RoundDetail
  qrs: Map<string, string>
  links: Map<string, string>
  notice?: { key: string; params?: Record<string, unknown> } | undefined
  inviteErrors?: FieldErrors | undefined
  inviteValues?: { group: string; locale: string; emails: string } | undefined
}) {
  const { t, actor, locale } = useUi()
  const { round } = detail
  const manage = can(actor, 'assessment.manage')
  const base = `/app/assessment/rounds/${round.id}`
  const pct = (r: number | null) =>
    r === null ? '–' : r.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 })
  return (
    <>
      <p class="crumbs">
        <a href="/app/assessment">{t('assessment:rounds.title')}</a>
      </p>
      <PageHeader title={round.title}>
        {round.status !== 'draft' && (
          <a class="btn btn-primary" href={`${base}/results`}>
            {t('assessment:results.open')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice.key, notice.params)}</Notice>}
      <dl class="stats">
        <div class="stat">
          <dt class="stat-label">{t('assessment:rounds.status')}</dt>
          <dd class="stat-value">
            <StatusBadge status={round.status} />
          </dd>
        </div>
        <div class="stat">
          <dt class="stat-label">{t('assessment:rounds.responses')}</dt>
          <dd class="stat-value">{detail.responses.toLocaleString(locale)}</dd>
        </div>
        <div class="stat">
          <dt class="stat-label">{t('assessment:rounds.instrument')}</dt>
          <dd>
            <a
              href={`/app/assessment/instruments/${detail.instrument.id}?version=${detail.version.version}`}
            >
              <Txt text={detail.instrument.title} />
            </a>{' '}
            <span class="muted">
              {t('assessment:instruments.versionN', { n: detail.version.version })}
            </span>
            {detail.version.latest > detail.version.version && (
              <p class="hint">{t('assessment:rounds.pinned', { latest: detail.version.latest })}</p>
            )}
          </dd>
        </div>
        <div class="stat">
          <dt class="stat-label">{t('assessment:rounds.anonymity')}</dt>
          <dd>
            {round.anonymous ? t('assessment:rounds.isAnonymous') : t('assessment:rounds.isNamed')}
          </dd>
        </div>
      </dl>
      {round.status === 'draft' && manage && (
        <Form action={`${base}/open`} class="inline-form">
          <p>{t('assessment:rounds.openHint')}</p>
          <Button>{t('assessment:rounds.openAction')}</Button>
        </Form>
      )}
      <h2 id="groups-heading">{t('assessment:rounds.byGroup')}</h2>
      <TableWrap labelledBy="groups-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('assessment:rounds.group')}</th>
              <th scope="col" class="num">
                {t('assessment:rounds.invited')}
              </th>
              <th scope="col" class="num">
                {t('assessment:rounds.responses')}
              </th>
              <th scope="col" class="num">
                {t('assessment:rounds.rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {detail.groups.map((g) => (
              <tr>
                <th scope="row">{t(`assessment:groups.${g.group}`)}</th>
                <td class="num">{g.invited.toLocaleString(locale)}</td>
                <td class="num">{g.responses.toLocaleString(locale)}</td>
                <td class="num">{pct(g.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p class="hint">{t('assessment:rounds.rateHint')}</p>
      {detail.accepting && manage && (
        <>
          <h2>{t('assessment:rounds.linksTitle')}</h2>
          <p>{t('assessment:rounds.linksHint')}</p>
          <ul class="survey-links">
            {detail.groups.map((g) => {
              const href = links.get(g.group)
              const qr = qrs.get(g.group)
              return (
                <li>
                  <h3>{t(`assessment:groups.${g.group}`)}</h3>
                  {href && (
                    <p>
                      <a href={href} class="token-value">
                        {href}
                      </a>
                    </p>
                  )}
                  {qr && <QrCode svg={qr} />}
                </li>
              )
            })}
          </ul>
          <h2 id="invite-heading">{t('assessment:rounds.inviteTitle')}</h2>
          <ErrorSummary errors={inviteErrors} />
          <Form action={`${base}/invite`} class="narrow">
            <SelectField
              name="group"
              label={t('assessment:rounds.group')}
              value={inviteValues?.group}
              error={inviteErrors?.group}
              options={detail.groups.map((g) => ({
                value: g.group,
                label: t(`assessment:groups.${g.group}`),
              }))}
            />
            <SelectField
              name="locale"
              label={t('assessment:rounds.mailLanguage')}
              value={inviteValues?.locale ?? locale}
              error={inviteErrors?.locale}
              options={LOCALES.map((l) => ({ value: l, label: localeAutonym(l) }))}
            />
            <TextAreaField
              name="emails"
              label={t('assessment:rounds.emails')}
              hint={t('assessment:rounds.emailsHint')}
              value={inviteValues?.emails}
              error={inviteErrors?.emails}
              rows={5}
            />
            <div class="form-actions">
              <Button>{t('assessment:rounds.inviteAction')}</Button>
            </div>
          </Form>
          <div class="page-actions">
            <Form action={`${base}/remind`} class="inline-form">
              <Button variant="secondary">{t('assessment:rounds.remindAction')}</Button>
            </Form>
            <Form action={`${base}/close`} class="inline-form">
              <Button variant="danger">{t('assessment:rounds.closeAction')}</Button>
            </Form>
          </div>
        </>
      )}
      {round.status === 'open' && !detail.accepting && manage && (
        <Form action={`${base}/close`} class="inline-form">
          <p>{t('assessment:rounds.pastClosing')}</p>
          <Button variant="danger">{t('assessment:rounds.closeAction')}</Button>
        </Form>
      )}
    </>
  )
}
