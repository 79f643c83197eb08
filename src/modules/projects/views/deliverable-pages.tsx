import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Button,
  Checkbox,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { LocalizedTextView, MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { DELIVERABLE_TYPES, DISSEMINATION_LEVELS, REVIEW_VERDICTS } from '../schema.ts'
import type { Deliverable, getDeliverable } from '../service/deliverables.ts'
import { languagesFor } from './project-form.tsx'
import {
  checked,
  DateOnly,
  Name,
  type PartnerOption,
  ProjectFormPage,
  ProjectNav,
  partnerOptions,
  str,
  text,
  type Values,
  wpOptions,
} from './shared.tsx'

type ProjectRef = { id: string; acronym: string }
export type DeliverableRow = {
  deliverable: Deliverable
  leadName: LocalizedText | null
  leadLocale: string | null
  wpCode: string | null
}

/** The project's deliverables with their review state. */
export function DeliverablesPage(props: {
  project: ProjectRef
  canCreate: boolean
  rows: DeliverableRow[]
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/deliverables`
  return (
    <>
      <PageHeader title={t('projects:deliverables.title', { acronym: props.project.acronym })}>
        {props.canCreate && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:deliverables.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p>{t('projects:deliverables.intro')}</p>
      {props.rows.length === 0 ? (
        <p>{t('projects:deliverables.empty')}</p>
      ) : (
        <TableWrap labelledBy="deliverables-caption">
          <table>
            <caption id="deliverables-caption">{t('projects:deliverables.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.title')}</th>
                <th scope="col">{t('projects:fields.workPackage')}</th>
                <th scope="col">{t('projects:fields.lead')}</th>
                <th scope="col">{t('projects:fields.type')}</th>
                <th scope="col">{t('projects:fields.disseminationLevel')}</th>
                <th scope="col">{t('projects:fields.dueDate')}</th>
                <th scope="col">{t('projects:fields.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ deliverable: d, leadName, leadLocale, wpCode }) => (
                <tr>
                  <th scope="row">
                    <a href={`${base}/${d.id}`}>
                      {d.code} · <Name value={d.title} />
                    </a>
                  </th>
                  <td>{wpCode ?? '—'}</td>
                  <td>
                    {leadName ? <Name value={leadName} fallback={leadLocale ?? 'en'} /> : '—'}
                  </td>
                  <td>
                    <abbr title={t(`projects:deliverableType.${d.type}`)}>{d.type}</abbr>
                  </td>
                  <td>
                    <abbr title={t(`projects:dissemination.${d.disseminationLevel}`)}>
                      {d.disseminationLevel}
                    </abbr>
                  </td>
                  <td>
                    <DateOnly value={d.dueDate} />
                  </td>
                  <td>
                    <span class={`badge deliverable-${d.status}`}>
                      {t(`projects:deliverableStatus.${d.status}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}

type Detail = Awaited<ReturnType<typeof getDeliverable>>

function Reviews({ detail }: { detail: Detail }) {
  const { t } = useUi()
  if (detail.reviews.length === 0) return <p>{t('projects:review.none')}</p>
  return (
    <TableWrap labelledBy="review-caption">
      <table>
        <caption id="review-caption">{t('projects:review.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:review.round')}</th>
            <th scope="col">{t('projects:consortium.organisation')}</th>
            <th scope="col">{t('projects:review.verdict')}</th>
            <th scope="col">{t('projects:review.comment')}</th>
            <th scope="col">{t('projects:review.when')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.reviews.map((r) => (
            <tr>
              <td>{r.review.round}</td>
              <th scope="row">
                <Name value={r.organisationName} fallback={r.organisationLocale} />
                {r.reviewerName && <div class="muted">{r.reviewerName}</div>}
              </th>
              <td>{t(`projects:verdict.${r.review.verdict}`)}</td>
              <td class="pre-line">{r.review.comment || '—'}</td>
              <td>
                <DateTime value={r.review.at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** One deliverable and its review round: draft → review by partners → submission. */
export function DeliverablePage(props: {
  project: ProjectRef
  detail: Detail
  leadName: LocalizedText | null
  leadLocale: string
  notice?: string | undefined
  form?: { name: 'draft' | 'review'; values: Values; errors: FieldErrors } | undefined
}) {
  const { t } = useUi()
  const d = props.detail.deliverable
  const a = props.detail.actions
  const base = `/app/projects/${props.project.id}/deliverables/${d.id}`
  const draftForm = props.form?.name === 'draft' ? props.form : undefined
  const reviewForm = props.form?.name === 'review' ? props.form : undefined
  return (
    <>
      <PageHeader title={t('projects:deliverables.one', { code: d.code })}>
        {a.edit && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('projects:deliverables.edit')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="lead">
        <LocalizedTextView value={d.title} />
      </p>
      <dl class="facts">
        <dt>{t('projects:fields.status')}</dt>
        <dd>
          <span class={`badge deliverable-${d.status}`}>
            {t(`projects:deliverableStatus.${d.status}`)}
          </span>
        </dd>
        <dt>{t('projects:fields.lead')}</dt>
        <dd>
          {props.leadName ? <Name value={props.leadName} fallback={props.leadLocale} /> : '—'}
        </dd>
        <dt>{t('projects:fields.dueDate')}</dt>
        <dd>
          <DateOnly value={d.dueDate} />
        </dd>
        <dt>{t('projects:fields.type')}</dt>
        <dd>{t(`projects:deliverableType.${d.type}`)}</dd>
        <dt>{t('projects:fields.disseminationLevel')}</dt>
        <dd>{t(`projects:dissemination.${d.disseminationLevel}`)}</dd>
        <dt>{t('projects:review.round')}</dt>
        <dd>{d.reviewRound}</dd>
        <dt>{t('projects:fields.draftNote')}</dt>
        <dd class="pre-line">{d.draftNote || t('projects:deliverables.noDraft')}</dd>
      </dl>
      <h2>{t('projects:deliverables.nextStep')}</h2>
      <p>{t(`projects:deliverables.step.${d.status}`)}</p>
      {a.draft && (
        <section aria-labelledby="draft-title">
          <h3 id="draft-title">{t('projects:deliverables.draftTitle')}</h3>
          <ErrorSummary errors={draftForm?.errors} />
          <Form action={`${base}/draft`}>
            <TextAreaField
              name="draftNote"
              label={t('projects:fields.draftNote')}
              hint={t('projects:deliverables.draftHint')}
              value={str(draftForm ? draftForm.values.draftNote : d.draftNote)}
              error={draftForm?.errors.draftNote}
              required
            />
            <Button variant="secondary">{t('projects:deliverables.saveDraft')}</Button>
          </Form>
        </section>
      )}
      {a.submitForReview && (
        <Form action={`${base}/submit-for-review`}>
          <Button>{t('projects:deliverables.sendForReview')}</Button>
        </Form>
      )}
      {a.review && (
        <section aria-labelledby="review-title">
          <h3 id="review-title">{t('projects:review.title')}</h3>
          <ErrorSummary errors={reviewForm?.errors} />
          <Form action={`${base}/review`}>
            <SelectField
              name="verdict"
              label={t('projects:review.verdict')}
              value={str(reviewForm?.values.verdict ?? 'approve')}
              error={reviewForm?.errors.verdict}
              options={REVIEW_VERDICTS.map((v) => ({
                value: v,
                label: t(`projects:verdict.${v}`),
              }))}
            />
            <TextAreaField
              name="comment"
              label={t('projects:review.comment')}
              hint={t('projects:review.commentHint')}
              value={str(reviewForm?.values.comment)}
              error={reviewForm?.errors.comment}
              rows={4}
            />
            <Button>{t('projects:review.submit')}</Button>
          </Form>
        </section>
      )}
      {a.submit && (
        <Form action={`${base}/submit`}>
          <p>{t('projects:deliverables.submitIntro')}</p>
          <Button>{t('projects:deliverables.submit')}</Button>
        </Form>
      )}
      {a.accept && (
        <Form action={`${base}/accept`}>
          <Button variant="secondary">{t('projects:deliverables.accept')}</Button>
        </Form>
      )}
      <h2>{t('projects:review.history')}</h2>
      <Reviews detail={props.detail} />
    </>
  )
}

/** Add or change a deliverable's definition (managers only). */
export function DeliverableFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  cancelHref: string
  values: Values
  errors?: FieldErrors | undefined
  partners: PartnerOption[]
  workPackages: { id: string; code: string; title: LocalizedText }[]
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const title = text(v.title)
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={props.cancelHref}
    >
      <Field
        name="code"
        label={t('projects:fields.code')}
        hint={t('projects:deliverables.codeHint')}
        value={str(v.code)}
        error={e.code}
        required
        maxlength={20}
      />
      <MultilingualField
        name="title"
        label={t('projects:fields.title')}
        value={title}
        languages={languagesFor(title)}
        errors={e}
        requireAny
        maxlength={300}
      />
      <SelectField
        name="workPackageId"
        label={t('projects:fields.workPackage')}
        value={str(v.workPackageId)}
        error={e.workPackageId}
        placeholder={t('projects:form.none')}
        options={wpOptions(props.workPackages, locale)}
      />
      <SelectField
        name="leadOrganisationId"
        label={t('projects:fields.lead')}
        value={str(v.leadOrganisationId)}
        error={e.leadOrganisationId}
        placeholder={t('projects:form.none')}
        options={partnerOptions(props.partners, locale)}
      />
      <SelectField
        name="type"
        label={t('projects:fields.type')}
        value={str(v.type)}
        error={e.type}
        options={DELIVERABLE_TYPES.map((x) => ({
          value: x,
          label: t(`projects:deliverableType.${x}`),
        }))}
      />
      <SelectField
        name="disseminationLevel"
        label={t('projects:fields.disseminationLevel')}
        value={str(v.disseminationLevel)}
        error={e.disseminationLevel}
        options={DISSEMINATION_LEVELS.map((x) => ({
          value: x,
          label: t(`projects:dissemination.${x}`),
        }))}
      />
      <Field
        name="dueDate"
        type="date"
        label={t('projects:fields.dueDate')}
        value={str(v.dueDate)}
        error={e.dueDate}
        required
      />
      <Checkbox
        name="isPublic"
        label={t('projects:fields.deliverablePublic')}
        hint={t('projects:deliverables.publicHint')}
        checked={checked(v.isPublic)}
      />
      <Field
        name="resultUrl"
        type="url"
        label={t('projects:fields.resultUrl')}
        value={str(v.resultUrl)}
        error={e.resultUrl}
        inputmode="url"
      />
    </ProjectFormPage>
  )
}
