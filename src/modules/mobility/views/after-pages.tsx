import type { FieldErrors } from '#src/lib/errors.ts'
import {
  Button,
  DateTime,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MobilityAccess } from '../access.ts'
import { type participantReports, RECOGNITION_DECISIONS } from '../schema.ts'
import { mobilityTitle } from './overview-page.tsx'
import { FormErrors, MobilityTabs, str } from './shared.tsx'

type Common = {
  access: MobilityAccess
  participantName: string
  notice?: string | undefined
  errors?: FieldErrors | undefined
  values?: Record<string, unknown>
}

function Header({ access, participantName, notice, current }: Common & { current: string }) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={mobilityTitle(t, participantName, access.mobility.activityType)} />
      <MobilityTabs id={access.mobility.id} relation={access.relation} current={current} />
      {notice && <Notice>{t(notice)}</Notice>}
    </>
  )
}

const SCORES = ['overall', 'learned', 'support'] as const

function ScoreField({
  name,
  value,
  error,
}: {
  name: string
  value: string
  error?: string | undefined
}) {
  const { t } = useUi()
  return (
    <fieldset class={error ? 'field has-error' : 'field'} id={`f-${name}`}>
      <legend>{t(`mobility:report.q.${name}`)}</legend>
      {error && <p class="error">{t(error)}</p>}
      {[1, 2, 3, 4, 5].map((n) => (
        <label class="check">
          <input type="radio" name={name} value={String(n)} checked={value === String(n)} />{' '}
          {t(`mobility:report.scale.${n}`)}
        </label>
      ))}
    </fieldset>
  )
}

type Report = typeof participantReports.$inferSelect

export function ReportPage(props: Common & { report: Report | null; isOpen: boolean }) {
  const { t } = useUi()
  const m = props.access.mobility
  const v = props.values ?? {}
  const e = props.errors ?? {}
  const isParticipant = props.access.relation === 'participant'
  return (
    <>
      <Header {...props} current="report" />
      <h2>{t('mobility:report.title')}</h2>
      {props.report ? (
        <>
          <p>
            {t('mobility:report.submitted')} <DateTime value={props.report.submittedAt} />
          </p>
          <dl class="facts">
            {SCORES.map((k) => (
              <>
                <dt>{t(`mobility:report.q.${k}`)}</dt>
                <dd>{t(`mobility:report.scale.${props.report!.answers[k]}`)}</dd>
              </>
            ))}
            <dt>{t('mobility:report.q.recommend')}</dt>
            <dd>
              {t(`mobility:report.${props.report.answers.recommend === 'yes' ? 'yes' : 'no'}`)}
            </dd>
            <dt>{t('mobility:report.q.best')}</dt>
            <dd class="prewrap">{String(props.report.answers.best || '—')}</dd>
            <dt>{t('mobility:report.q.improve')}</dt>
            <dd class="prewrap">{String(props.report.answers.improve || '—')}</dd>
          </dl>
        </>
      ) : !props.isOpen ? (
        <p>{t('mobility:report.notOpen')}</p>
      ) : !isParticipant ? (
        <p>{t('mobility:report.waiting')}</p>
      ) : (
        <>
          <p>{t('mobility:report.lead')}</p>
          <FormErrors errors={props.errors} />
          <Form action={`/app/mobility/${m.id}/report`}>
            {SCORES.map((k) => (
              <ScoreField name={k} value={str(v[k])} error={e[k]} />
            ))}
            <fieldset class={e.recommend ? 'field has-error' : 'field'} id="f-recommend">
              <legend>{t('mobility:report.q.recommend')}</legend>
              {e.recommend && <p class="error">{t(e.recommend)}</p>}
              {(['yes', 'no'] as const).map((a) => (
                <label class="check">
                  <input type="radio" name="recommend" value={a} checked={v.recommend === a} />{' '}
                  {t(`mobility:report.${a}`)}
                </label>
              ))}
            </fieldset>
            <TextAreaField
              name="best"
              label={t('mobility:report.q.best')}
              value={str(v.best)}
              error={e.best}
              rows={4}
            />
            <TextAreaField
              name="improve"
              label={t('mobility:report.q.improve')}
              value={str(v.improve)}
              error={e.improve}
              rows={4}
            />
            <Button>{t('mobility:report.submit')}</Button>
          </Form>
        </>
      )}
    </>
  )
}

export type CertificateProps = Common & {
  certificate: { token: string; issuedAt: Date; language: string } | null
  /** The certificate's credential (ADR 013): the sending school revokes it there. */
  credential: { id: string; revokedAt: Date | null } | null
  verifyUrl: string | null
  recognition: {
    decision: string
    recognisedUnits: string[]
    note: string | null
    at: Date
    by: string | null
  } | null
  units: string[]
}

function RecognitionForm({ props }: { props: CertificateProps }) {
  const { t } = useUi()
  const v = props.values ?? {}
  const e = props.errors ?? {}
  const chosen = Array.isArray(v.units)
    ? (v.units as string[])
    : typeof v.units === 'string'
      ? [v.units]
      : (props.recognition?.recognisedUnits ?? [])
  return (
    <>
      <FormErrors errors={props.errors} />
      <Form action={`/app/mobility/${props.access.mobility.id}/recognition`}>
        <SelectField
          name="decision"
          label={t('mobility:recognition.decision')}
          value={str(v.decision) || props.recognition?.decision || 'full'}
          options={RECOGNITION_DECISIONS.map((d) => ({
            value: d,
            label: t(`mobility:recognition.decisions.${d}`),
          }))}
          error={e.decision}
        />
        <fieldset class={e.units ? 'field checkboxes has-error' : 'field checkboxes'} id="f-units">
          <legend>{t('mobility:recognition.units')}</legend>
          {e.units && <p class="error">{t(e.units)}</p>}
          {props.units.map((u) => (
            <label class="check">
              <input type="checkbox" name="units" value={u} checked={chosen.includes(u)} /> {u}
            </label>
          ))}
        </fieldset>
        <TextAreaField
          name="note"
          label={t('mobility:recognition.note')}
          value={str(v.note) || (props.recognition?.note ?? '')}
          error={e.note}
          rows={2}
        />
        <Button>{t('mobility:recognition.save')}</Button>
      </Form>
    </>
  )
}

export function CertificatePage(props: CertificateProps) {
  const { t } = useUi()
  const m = props.access.mobility
  const isSending = props.access.relation === 'sending'
  return (
    <>
      <Header {...props} current="certificate" />
      <h2>{t('mobility:certificate.title')}</h2>
      {props.certificate ? (
        <>
          <p>
            {t('mobility:certificate.issued')} <DateTime value={props.certificate.issuedAt} />
          </p>
          <p>
            <a class="btn btn-primary" href={`/app/mobility/${m.id}/certificate.pdf`}>
              {t('mobility:certificate.download')}
            </a>
          </p>
          {props.verifyUrl && (
            <p class="prewrap">
              {t('mobility:certificate.verifyLink')} <a href={props.verifyUrl}>{props.verifyUrl}</a>
            </p>
          )}
          {props.credential?.revokedAt ? (
            <Notice kind="warning">{t('credentials:certificate.revoked')}</Notice>
          ) : (
            isSending &&
            props.credential && (
              <p>
                <a href={`/app/credentials/${props.credential.id}/revoke`}>
                  {t('credentials:revoke.confirm')}
                </a>
              </p>
            )
          )}
        </>
      ) : m.status !== 'completed' ? (
        <p>{t('mobility:certificate.notYet')}</p>
      ) : isSending ? (
        <>
          <FormErrors errors={props.errors} />
          <Form action={`/app/mobility/${m.id}/certificate`}>
            <p>{t('mobility:certificate.issueLead')}</p>
            <Button>{t('mobility:certificate.issue')}</Button>
          </Form>
        </>
      ) : (
        <p>{t('mobility:certificate.notIssued')}</p>
      )}
      <h2>{t('mobility:recognition.title')}</h2>
      {props.recognition && (
        <dl class="facts">
          <dt>{t('mobility:recognition.decision')}</dt>
          <dd>{t(`mobility:recognition.decisions.${props.recognition.decision}`)}</dd>
          <dt>{t('mobility:recognition.units')}</dt>
          <dd>{props.recognition.recognisedUnits.join('; ') || '—'}</dd>
          {props.recognition.note && (
            <>
              <dt>{t('mobility:recognition.note')}</dt>
              <dd>{props.recognition.note}</dd>
            </>
          )}
          <dt>{t('mobility:recognition.when')}</dt>
          <dd>
            <DateTime value={props.recognition.at} />
            {props.recognition.by && <> · {props.recognition.by}</>}
          </dd>
        </dl>
      )}
      {!props.recognition && <p>{t('mobility:recognition.none')}</p>}
      {isSending && (m.status === 'completed' || m.status === 'interrupted') && (
        <RecognitionForm props={props} />
      )}
    </>
  )
}
