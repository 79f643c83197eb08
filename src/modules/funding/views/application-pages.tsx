import { countryName } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  CheckboxGroup,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ApplicationFormValues, FundedFormValues } from '../inputs.ts'
import type { Stage } from '../schema.ts'
import type { Application, PartnerChoice } from '../service/applications.ts'
import type { OpportunityView } from '../service/opportunities.ts'
import { FundingTabs, Txt } from './parts.tsx'
import { StageButtons } from './pipeline.tsx'

export type OpportunityChoice = Pick<OpportunityView, 'id' | 'title' | 'actionCode'>

function ApplicationFields(props: {
  values: ApplicationFormValues
  opportunities: OpportunityChoice[]
  partners: PartnerChoice[]
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { values, errors } = props
  return (
    <>
      <Field
        name="title"
        label={t('funding:application.title')}
        value={values.title}
        error={errors?.title}
        required
        maxlength={200}
      />
      <SelectField
        name="opportunityId"
        label={t('funding:application.opportunity')}
        value={values.opportunityId}
        error={errors?.opportunityId}
        required
        placeholder={t('funding:application.choose')}
        options={props.opportunities.map((o) => ({
          value: o.id,
          label: `${o.actionCode} – ${pickText(o.title, locale).value}`,
        }))}
      />
      {props.partners.length === 0 ? (
        <p class="hint">{t('funding:application.noPartners')}</p>
      ) : (
        <CheckboxGroup
          name="partnerIds"
          legend={t('funding:application.partners')}
          hint={t('funding:application.partnersHint')}
          values={values.partnerIds}
          error={errors?.partnerIds}
          options={props.partners.map((p) => ({
            value: p.id,
            label: `${pickText(p.name, locale).value} (${countryName(p.country, locale)})`,
          }))}
        />
      )}
      <Field
        name="requestedAmountEur"
        label={t('funding:application.requested')}
        value={values.requestedAmountEur}
        error={errors?.requestedAmountEur}
        inputmode="decimal"
      />
      <Field
        name="submittedOn"
        type="date"
        label={t('funding:application.submittedOn')}
        value={values.submittedOn}
        error={errors?.submittedOn}
      />
      <TextAreaField
        name="notes"
        label={t('funding:application.notes')}
        value={values.notes}
        error={errors?.notes}
        maxlength={4000}
      />
    </>
  )
}

/** `/app/funding/applications/new`. */
export function NewApplicationPage(props: {
  values: ApplicationFormValues
  opportunities: OpportunityChoice[]
  partners: PartnerChoice[]
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('funding:application.newTitle')} />
      <FundingTabs />
      <ErrorSummary errors={props.errors} />
      <Form action="/app/funding/applications/new">
        <ApplicationFields {...props} />
        <div class="form-actions">
          <Button>{t('funding:application.create')}</Button>
          <a href="/app/funding/applications">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

function FundedForm(props: {
  applicationId: string
  values: FundedFormValues
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const { values, errors } = props
  return (
    <section aria-labelledby="funded-heading">
      <h2 id="funded-heading">{t('funding:funded.title')}</h2>
      <p class="hint">{t('funding:funded.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`/app/funding/applications/${props.applicationId}/funded`}>
        <Field
          name="acronym"
          label={t('funding:funded.acronym')}
          value={values.acronym}
          error={errors?.acronym}
          required
          maxlength={40}
        />
        <Field
          name="grantNumber"
          label={t('funding:funded.grantNumber')}
          value={values.grantNumber}
          error={errors?.grantNumber}
          maxlength={40}
        />
        <Field
          name="startDate"
          type="date"
          label={t('funding:funded.startDate')}
          value={values.startDate}
          error={errors?.startDate}
        />
        <Field
          name="endDate"
          type="date"
          label={t('funding:funded.endDate')}
          value={values.endDate}
          error={errors?.endDate}
        />
        <Button>{t('funding:funded.submit')}</Button>
      </Form>
    </section>
  )
}

/** `/app/funding/applications/:id`: the stage, moves, the details (editable), and "funded". */
export function ApplicationPage(props: {
  application: Application
  opportunity: OpportunityView
  ownerName: string | null
  canManage: boolean
  values: ApplicationFormValues
  opportunities: OpportunityChoice[]
  partners: PartnerChoice[]
  errors?: FieldErrors | undefined
  funded: { values: FundedFormValues; errors?: FieldErrors | undefined }
  notice?: string | undefined
  error?: string | undefined
}) {
  const { t } = useUi()
  const a = props.application
  const stage: Stage = a.stage
  return (
    <>
      <PageHeader title={a.title} />
      <FundingTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.error && (
        <div class="notice notice-warning" role="alert">
          {t(props.error)}
        </div>
      )}
      <dl class="facts">
        <dt>{t('funding:application.stage')}</dt>
        <dd>{t(`funding:stage.${stage}`)}</dd>
        <dt>{t('funding:application.opportunity')}</dt>
        <dd>
          <a href={`/app/funding/opportunities/${props.opportunity.id}`}>
            <Txt text={props.opportunity.title} />
          </a>{' '}
          <span class="muted">{props.opportunity.actionCode}</span>
        </dd>
        <dt>{t('funding:application.owner')}</dt>
        <dd>{props.ownerName ?? '—'}</dd>
        {a.projectId && (
          <>
            <dt>{t('funding:application.project')}</dt>
            <dd>
              <a href={`/app/projects/${a.projectId}`}>{t('funding:pipeline.project')}</a>
            </dd>
          </>
        )}
      </dl>
      {props.canManage && (
        <section aria-labelledby="move-heading">
          <h2 id="move-heading">{t('funding:application.move')}</h2>
          <StageButtons row={a} canManage={props.canManage} />
          {stage === 'funded' && <p>{t('funding:application.final')}</p>}
        </section>
      )}
      {props.canManage && stage === 'submitted' && (
        <FundedForm
          applicationId={a.id}
          values={props.funded.values}
          errors={props.funded.errors}
        />
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('funding:application.details')}</h2>
        {props.canManage ? (
          <>
            <ErrorSummary errors={props.errors} />
            <Form action={`/app/funding/applications/${a.id}/edit`}>
              <ApplicationFields
                values={props.values}
                opportunities={props.opportunities}
                partners={props.partners}
                errors={props.errors}
              />
              <Button>{t('funding:application.save')}</Button>
            </Form>
          </>
        ) : (
          <p>{a.notes || t('funding:application.noNotes')}</p>
        )}
      </section>
    </>
  )
}
