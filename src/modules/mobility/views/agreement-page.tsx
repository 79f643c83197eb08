import type { FieldErrors } from '#src/lib/errors.ts'
import {
  Button,
  DateTime,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { eqfLevels, iscedNarrowFields } from '../reference.ts'
import type { AgreementContent } from '../schema.ts'
import type { AgreementsPage } from '../service/agreement.ts'
import type { MobilityNames } from '../service/names.ts'
import { mobilityTitle } from './overview-page.tsx'
import { FormErrors, MobilityTabs, str } from './shared.tsx'

type Version = AgreementsPage['versions'][number]

export type AgreementPageProps = {
  page: AgreementsPage
  names: MobilityNames
  notice?: string | undefined
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  values?: Record<string, unknown>
  /** Which form the errors belong to. */
  form?: 'edit' | 'send' | 'sign'
}

const BLANK_ROWS = 2

/** The agreement's content, read-only. */
export function AgreementContentView({ content }: { content: AgreementContent }) {
  const { t } = useUi()
  return (
    <>
      <h3>{t('mobility:agreement.outcomes')}</h3>
      <TableWrap labelledBy="outcomes-caption">
        <table>
          <caption id="outcomes-caption">
            {t('mobility:agreement.outcomesCaption', { count: content.outcomes.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('mobility:agreement.unit')}</th>
              <th scope="col">{t('mobility:agreement.eqf')}</th>
              <th scope="col">{t('mobility:agreement.isced')}</th>
            </tr>
          </thead>
          <tbody>
            {content.outcomes.map((o) => (
              <tr>
                <th scope="row">{o.unit}</th>
                <td>{o.eqfLevel ? t('mobility:eqf.level', { level: o.eqfLevel }) : '—'}</td>
                <td>
                  {o.iscedField ? `${o.iscedField} ${t(`mobility:isced.${o.iscedField}`)}` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {(['tasks', 'assessment', 'mentors'] as const).map((key) =>
        content[key] ? (
          <>
            <h3>{t(`mobility:agreement.${key}`)}</h3>
            <p class="prewrap">{content[key]}</p>
          </>
        ) : null,
      )}
    </>
  )
}

function Signatures({ version, page }: { version: Version; page: AgreementsPage }) {
  const { t } = useUi()
  return (
    <ul>
      {page.requiredRoles.map((role) => {
        const s = version.signatures.find((x) => x.role === role)
        const link = page.pendingLinks.find((l) => l.role === role)
        return (
          <li>
            <strong>{t(`mobility:role.${role}`)}</strong>:{' '}
            {s ? (
              <>
                {t('mobility:agreement.signedBy', { name: s.signerName })} ·{' '}
                <DateTime value={s.signedAt} />
              </>
            ) : (
              <span class="muted">
                {version.status === 'signing' && link
                  ? t('mobility:agreement.linkSent', { email: link.email })
                  : t('mobility:agreement.notSigned')}
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function EditForm({ props }: { props: AgreementPageProps }) {
  const { t } = useUi()
  const m = props.page.access.mobility
  const current = props.page.current?.contentJson
  const isEdit = props.form === 'edit'
  const v = isEdit ? (props.values ?? {}) : {}
  const e = isEdit ? (props.errors ?? {}) : {}
  const typed = v.outcomes as Record<string, Record<string, unknown>> | undefined
  const rows = typed
    ? Object.values(typed)
    : [
        ...(current?.outcomes ?? []).map((o) => ({ ...o })),
        ...Array.from({ length: BLANK_ROWS }, () => ({})),
      ]
  const val = (key: 'tasks' | 'assessment' | 'mentors') =>
    isEdit ? str(v[key]) : (current?.[key] ?? '')
  return (
    <section aria-labelledby="edit-h">
      <h2 id="edit-h">{t('mobility:agreement.editTitle')}</h2>
      {props.page.current && props.page.current.status !== 'draft' && (
        <Notice kind="info">
          {t('mobility:agreement.newVersionNote', { version: props.page.current.version + 1 })}
        </Notice>
      )}
      {isEdit && <FormErrors errors={props.errors} params={props.params} />}
      <Form action={`/app/mobility/${m.id}/agreement`}>
        <fieldset id="f-outcomes">
          <legend>{t('mobility:agreement.outcomes')}</legend>
          <p class="hint">{t('mobility:agreement.outcomesHint')}</p>
          {rows.map((row, i) => {
            const r = row as Record<string, unknown>
            return (
              <fieldset class="outcome-row">
                <legend>{t('mobility:agreement.outcomeN', { n: i + 1 })}</legend>
                <Field
                  name={`outcomes.${i}.unit`}
                  label={t('mobility:agreement.unit')}
                  value={str(r.unit)}
                  error={e[`outcomes.${i}.unit`]}
                />
                <SelectField
                  name={`outcomes.${i}.eqfLevel`}
                  label={t('mobility:agreement.eqf')}
                  value={r.eqfLevel ? String(r.eqfLevel) : ''}
                  placeholder={t('mobility:form.choose')}
                  options={eqfLevels().map((l) => ({
                    value: String(l),
                    label: t('mobility:eqf.level', { level: l }),
                  }))}
                  error={e[`outcomes.${i}.eqfLevel`]}
                />
                <SelectField
                  name={`outcomes.${i}.iscedField`}
                  label={t('mobility:agreement.isced')}
                  value={str(r.iscedField)}
                  placeholder={t('mobility:form.choose')}
                  options={iscedNarrowFields().map((c) => ({
                    value: c,
                    label: `${c} ${t(`mobility:isced.${c}`)}`,
                  }))}
                  error={e[`outcomes.${i}.iscedField`]}
                />
              </fieldset>
            )
          })}
        </fieldset>
        <TextAreaField
          name="tasks"
          label={t('mobility:agreement.tasks')}
          value={val('tasks')}
          error={e.tasks}
          rows={5}
        />
        <TextAreaField
          name="assessment"
          label={t('mobility:agreement.assessment')}
          value={val('assessment')}
          error={e.assessment}
          rows={4}
        />
        <TextAreaField
          name="mentors"
          label={t('mobility:agreement.mentors')}
          value={val('mentors')}
          error={e.mentors}
          rows={2}
        />
        <Button>{t('mobility:agreement.save')}</Button>
      </Form>
    </section>
  )
}

function SendForm({ props }: { props: AgreementPageProps }) {
  const { t } = useUi()
  const m = props.page.access.mobility
  const isSend = props.form === 'send'
  const v = isSend ? (props.values ?? {}) : {}
  const e = isSend ? (props.errors ?? {}) : {}
  const hasHost = Boolean(m.hostCompanyOrganisationId || m.hostCompanyName)
  return (
    <section aria-labelledby="send-h">
      <h2 id="send-h">{t('mobility:agreement.sendTitle')}</h2>
      <p>{t('mobility:agreement.sendLead')}</p>
      {isSend && <FormErrors errors={props.errors} />}
      <Form action={`/app/mobility/${m.id}/agreement/send`}>
        <Field
          name="receivingEmail"
          type="email"
          label={t('mobility:agreement.receivingEmail')}
          value={str(v.receivingEmail)}
          error={e.receivingEmail}
          hint={t('mobility:agreement.emailHint')}
        />
        {hasHost && (
          <Field
            name="hostEmail"
            type="email"
            label={t('mobility:agreement.hostEmail')}
            value={isSend ? str(v.hostEmail) : (m.mentorEmail ?? '')}
            error={e.hostEmail}
          />
        )}
        <Button>{t('mobility:agreement.send')}</Button>
      </Form>
    </section>
  )
}

function SignForm({ props, version }: { props: AgreementPageProps; version: Version }) {
  const { t } = useUi()
  const m = props.page.access.mobility
  return (
    <section aria-labelledby="sign-h">
      <h2 id="sign-h">{t('mobility:agreement.signTitle')}</h2>
      <p>
        {t('mobility:agreement.signStatement', {
          role: t(`mobility:role.${props.page.myRole}`),
          version: version.version,
        })}
      </p>
      <p class="footnote mobility-hash">
        {t('mobility:agreement.hash', { hash: version.contentHash })}
      </p>
      <Form action={`/app/mobility/${m.id}/agreement/sign`}>
        <input type="hidden" name="contentHash" value={version.contentHash} />
        <Button>{t('mobility:agreement.sign', { version: version.version })}</Button>
      </Form>
    </section>
  )
}

export function AgreementPage(props: AgreementPageProps) {
  const { t } = useUi()
  const { page } = props
  const m = page.access.mobility
  const current = page.versions[0]
  const isSending = page.access.relation === 'sending'
  const isOpen = m.status !== 'completed' && m.status !== 'cancelled'
  const mayISign =
    current?.status === 'signing' &&
    page.requiredRoles.includes(page.myRole) &&
    !current.signatures.some((s) => s.role === page.myRole)
  return (
    <>
      <PageHeader title={mobilityTitle(t, props.names.participant.displayName, m.activityType)} />
      <MobilityTabs id={m.id} relation={page.access.relation} current="agreement" />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.form === 'sign' && <FormErrors errors={props.errors} />}
      <h2>{t('mobility:agreement.title')}</h2>
      {!current ? (
        <p>{t('mobility:agreement.none')}</p>
      ) : (
        <>
          <p>
            {t('mobility:agreement.versionLine', {
              version: current.version,
              status: t(`mobility:agreementStatus.${current.status}`),
            })}{' '}
            <a href={`/app/mobility/${m.id}/agreement.pdf`}>{t('mobility:agreement.pdf')}</a>
          </p>
          <p class="footnote mobility-hash">
            {t('mobility:agreement.hash', { hash: current.contentHash })}
          </p>
          <AgreementContentView content={current.contentJson} />
          <h3>{t('mobility:agreement.signatures')}</h3>
          <Signatures version={current} page={page} />
        </>
      )}
      {mayISign && current && <SignForm props={props} version={current} />}
      {isSending && isOpen && current?.status === 'draft' && <SendForm props={props} />}
      {isSending && isOpen && <EditForm props={props} />}
      {page.versions.length > 1 && (
        <section aria-labelledby="old-h">
          <h2 id="old-h">{t('mobility:agreement.older')}</h2>
          {page.versions.slice(1).map((v) => (
            <details>
              <summary>
                {t('mobility:agreement.versionLine', {
                  version: v.version,
                  status: t(`mobility:agreementStatus.${v.status}`),
                })}
              </summary>
              <p class="footnote mobility-hash">
                {t('mobility:agreement.hash', { hash: v.contentHash })}
              </p>
              <Signatures version={v} page={{ ...page, pendingLinks: [] }} />
              <a href={`/app/mobility/${m.id}/agreement.pdf?version=${v.version}`}>
                {t('mobility:agreement.pdf')}
              </a>
            </details>
          ))}
        </section>
      )}
    </>
  )
}
