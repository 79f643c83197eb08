import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  Notice,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { MAX_UPLOAD_BYTES } from '../files.ts'
import { ApplicationDecision } from './application-decision.tsx'
import type { ApplicationPageProps } from './application-props.ts'
import { ConsentSection } from './consent-section.tsx'
import { CallFacts, ProblemBox, StatusBadge, str, TextOf } from './parts.tsx'

export type { ApplicationPageProps, FormName } from './application-props.ts'

/** What the applicant sends: motivation and date of birth; save as a draft or submit. */
function DraftForm({ view, values, errors, params }: ApplicationPageProps) {
  const { t } = useUi()
  const { app } = view
  const v = values ?? { motivation: app.motivation, dateOfBirth: app.dateOfBirth ?? '' }
  return (
    <section aria-labelledby="draft-h">
      <h2 id="draft-h">{t('calls:application.yourApplication')}</h2>
      <ErrorSummary errors={errors} params={params} />
      {errors?.documents && <p class="error">{t(errors.documents, params)}</p>}
      <Form action={`/app/applications/${app.id}`}>
        <Field
          name="dateOfBirth"
          type="date"
          label={t('calls:application.dateOfBirth')}
          hint={t('calls:application.dateOfBirthHint')}
          value={str(v.dateOfBirth)}
          error={errors?.dateOfBirth}
          autocomplete="bday"
          required={view.call.participantType === 'learner'}
        />
        <TextAreaField
          name="motivation"
          label={t('calls:application.motivation')}
          hint={t('calls:application.motivationHint')}
          value={str(v.motivation)}
          error={errors?.motivation}
          maxlength={8000}
          required
          rows={8}
        />
        <div class="form-actions">
          <Button name="intent" value="submit">
            {t('calls:application.submit')}
          </Button>
          <Button name="intent" value="save" variant="secondary">
            {t('calls:application.save')}
          </Button>
        </div>
      </Form>
    </section>
  )
}

function Documents({ view, form, errors }: ApplicationPageProps) {
  const { t, locale } = useUi()
  const { app, access } = view
  const canEdit = access.isApplicant && app.status === 'draft'
  const uploadErrors = form === 'upload' ? errors : undefined
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('calls:application.sizeKb', {
          size: numberFormat(locale, { maximumFractionDigits: 0 }).format(
            Math.max(1, bytes / 1024),
          ),
        })
      : t('calls:application.sizeMb', {
          size: numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024),
        })
  const labelOf = (id: string | null) => {
    const d = view.requiredDocuments.find((r) => r.id === id)
    if (!d) return t('calls:kind.other')
    return Object.keys(d.label).length > 0 ? <TextOf value={d.label} /> : t(`calls:kind.${d.kind}`)
  }
  if (!canEdit && view.documents.length === 0) return null
  return (
    <section aria-labelledby="docs-h">
      <h2 id="docs-h">{t('calls:application.documents')}</h2>
      {view.documents.length === 0 ? (
        <p>{t('calls:application.noDocuments')}</p>
      ) : (
        <ul class="action-list">
          {view.documents.map((d) => (
            <li>
              {labelOf(d.requiredDocumentId)}:{' '}
              <a href={`/app/applications/${app.id}/documents/${d.id}`}>{d.fileName}</a>{' '}
              <span class="muted">({size(d.size)})</span>{' '}
              {canEdit && (
                <Form
                  action={`/app/applications/${app.id}/documents/${d.id}/delete`}
                  class="inline"
                >
                  <button
                    type="submit"
                    class="btn btn-secondary"
                    aria-label={t('calls:application.removeNamed', { name: d.fileName })}
                  >
                    {t('calls:setup.remove')}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <>
          <h3>{t('calls:application.upload')}</h3>
          <ErrorSummary errors={uploadErrors} params={{ maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 }} />
          <Form action={`/app/applications/${app.id}/documents`} enctype="multipart/form-data">
            <SelectField
              name="requiredDocumentId"
              label={t('calls:application.whichDocument')}
              placeholder={t('calls:kind.other')}
              error={uploadErrors?.requiredDocumentId}
              options={view.requiredDocuments
                .filter((d) => !d.minorsOnly || view.isMinor)
                .map((d) => ({
                  value: d.id,
                  label: `${pickText(d.label, locale, ['en', 'sq']).value || t(`calls:kind.${d.kind}`)}${d.required ? ` (${t('calls:documents.requiredYes')})` : ''}`,
                }))}
            />
            <div class={uploadErrors?.file ? 'field has-error' : 'field'}>
              <label for="f-file">{t('calls:application.file')}</label>
              <p class="hint" id="f-file-hint">
                {t('calls:application.fileHint', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
              </p>
              {uploadErrors?.file && (
                <p class="error" id="f-file-error">
                  {t(uploadErrors.file, { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
                </p>
              )}
              <input
                id="f-file"
                name="file"
                type="file"
                accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,.pdf,.jpg,.jpeg,.png,.webp,.heic"
                aria-describedby={uploadErrors?.file ? 'f-file-hint f-file-error' : 'f-file-hint'}
                aria-invalid={uploadErrors?.file ? 'true' : undefined}
              />
            </div>
            <Button variant="secondary">{t('calls:application.uploadSubmit')}</Button>
          </Form>
        </>
      )}
    </section>
  )
}

function ManagerTools(props: ApplicationPageProps) {
  const { t } = useUi()
  const { app } = props.view
  const rejectErrors = props.form === 'reject' ? props.errors : undefined
  return (
    <section aria-labelledby="tools-h">
      <h2 id="tools-h">{t('calls:application.coordinator')}</h2>
      {props.canCreateMobility && (
        <Form action={`/app/applications/${app.id}/mobility`}>
          <p>{t('calls:application.createMobilityHint')}</p>
          <Button>{t('calls:application.createMobility')}</Button>
        </Form>
      )}
      {app.mobilityId && <p>{t('calls:application.mobilityCreated')}</p>}
      {(app.status === 'submitted' || app.status === 'under_review') && (
        <>
          <h3>{t('calls:application.reject')}</h3>
          <ErrorSummary errors={rejectErrors} />
          <Form action={`/app/applications/${app.id}/reject`}>
            <TextAreaField
              name="reason"
              label={t('calls:application.rejectReason')}
              hint={t('calls:application.rejectHint')}
              value={str(
                props.values?.reason && props.form === 'reject' ? props.values.reason : '',
              )}
              error={rejectErrors?.reason}
              required
              rows={3}
            />
            <Button variant="danger">{t('calls:application.rejectSubmit')}</Button>
          </Form>
        </>
      )}
    </section>
  )
}

/** One application: the applicant's form, documents, consent, decision, appeal, and tools. */
export function ApplicationPage(props: ApplicationPageProps) {
  const { t } = useUi()
  const { view } = props
  const { app, call, access } = view
  const withdrawable = [
    'draft',
    'submitted',
    'under_review',
    'selected',
    'waiting_list',
    'appealed',
  ].includes(app.status)
  return (
    <>
      <div class="page-header">
        <h1>
          {t('calls:application.title')}: <TextOf value={call.title} />
        </h1>
      </div>
      <p>
        <StatusBadge status={app.status} />
        {!access.isApplicant && (
          <> {t('calls:application.by', { name: view.applicant.displayName })}</>
        )}
      </p>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <ProblemBox problem={props.problem} />
      {view.age !== null && (
        <p>
          {t('calls:application.ageOnStart', { age: view.age })}
          {view.isMinor && <> {t('calls:application.minorNote')}</>}
        </p>
      )}
      <details>
        <summary>{t('calls:application.aboutCall')}</summary>
        <CallFacts call={call} />
        <p>
          <a href={`/app/calls/${call.id}`}>{t('calls:application.callPage')}</a>
        </p>
      </details>
      {access.isApplicant && app.status === 'draft' ? (
        <DraftForm
          {...props}
          errors={props.form === 'draft' ? props.errors : undefined}
          values={props.form === 'draft' ? props.values : undefined}
        />
      ) : (
        app.motivation && (
          <section aria-labelledby="motivation-h">
            <h2 id="motivation-h">{t('calls:application.motivation')}</h2>
            <p class="pre-line">{app.motivation}</p>
          </section>
        )
      )}
      <Documents {...props} />
      {view.isMinor && <ConsentSection {...props} />}
      <ApplicationDecision {...props} />
      {access.isPanel && call.status === 'closed' && app.status === 'under_review' && (
        <p>
          <a class="btn btn-primary" href={`/app/applications/${app.id}/score`}>
            {t('calls:application.scoreIt')}
          </a>
        </p>
      )}
      {access.isManager && <ManagerTools {...props} />}
      {access.isApplicant && withdrawable && (
        <section aria-labelledby="withdraw-h">
          <h2 id="withdraw-h">{t('calls:application.withdraw')}</h2>
          <Form action={`/app/applications/${app.id}/withdraw`}>
            <p>{t('calls:application.withdrawHint')}</p>
            <Button variant="danger">{t('calls:application.withdrawSubmit')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}
