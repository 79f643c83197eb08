import type { FieldErrors } from '#src/lib/errors.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { type LocalizedText, presentLanguages } from '#src/lib/localized-text.ts'
import {
  Button,
  Checkbox,
  ErrorSummary,
  Field,
  Form,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { TEMPLATES } from '../inputs.ts'
import { PROJECT_STATUSES } from '../schema.ts'
import type { Project } from '../service/portfolio.ts'
import { checked, str, text, type Values } from './shared.tsx'

/** The languages a multilingual field offers: the UI languages and any already written. */
export function languagesFor(...values: (LocalizedText | null | undefined)[]) {
  return [...new Set([...LOCALES, ...values.flatMap((v) => presentLanguages(v))])]
}

export const NEW_PROJECT: Values = {
  programme: 'Erasmus+',
  status: 'preparation',
  currency: 'EUR',
  template: 'cb-vet',
}

export function valuesFromProject(p: Project): Values {
  return { ...p, isPublic: p.isPublic }
}

/** New project (with the template choice) and edit project. */
export function ProjectFormPage(props: {
  title: string
  action: string
  cancelHref: string
  isNew: boolean
  values: Values
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const title = text(v.title)
  const summary = text(v.summary)
  return (
    <>
      <PageHeader title={props.title} />
      <ErrorSummary errors={props.errors} />
      <Form action={props.action}>
        {props.isNew && (
          <SelectField
            name="template"
            label={t('projects:form.template')}
            hint={t('projects:form.templateHint')}
            value={str(v.template)}
            error={e.template}
            placeholder={t('projects:form.noTemplate')}
            options={TEMPLATES.map((k) => ({ value: k, label: t(`projects:template.${k}`) }))}
          />
        )}
        <Field
          name="acronym"
          label={t('projects:fields.acronym')}
          value={str(v.acronym)}
          error={e.acronym}
          required
          maxlength={40}
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
        <MultilingualField
          name="summary"
          label={t('projects:fields.summary')}
          value={summary}
          languages={languagesFor(summary)}
          errors={e}
          multiline
          maxlength={4000}
        />
        <Field
          name="programme"
          label={t('projects:fields.programme')}
          value={str(v.programme)}
          error={e.programme}
          required
        />
        <Field
          name="action"
          label={t('projects:fields.action')}
          hint={t('projects:form.actionHint')}
          value={str(v.action)}
          error={e.action}
        />
        <Field
          name="referenceNumber"
          label={t('projects:fields.referenceNumber')}
          value={str(v.referenceNumber)}
          error={e.referenceNumber}
        />
        <Field
          name="grantNumber"
          label={t('projects:fields.grantNumber')}
          value={str(v.grantNumber)}
          error={e.grantNumber}
        />
        <Field
          name="startDate"
          type="date"
          label={t('projects:fields.startDate')}
          value={str(v.startDate)}
          error={e.startDate}
        />
        <Field
          name="endDate"
          type="date"
          label={t('projects:fields.endDate')}
          value={str(v.endDate)}
          error={e.endDate}
        />
        <SelectField
          name="status"
          label={t('projects:fields.status')}
          value={str(v.status)}
          error={e.status}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects:status.${s}`) }))}
        />
        <Field
          name="currency"
          label={t('projects:fields.currency')}
          hint={t('projects:form.currencyHint')}
          value={str(v.currency)}
          error={e.currency}
          required
          maxlength={3}
        />
        <Field
          name="totalBudget"
          label={t('projects:fields.totalBudget')}
          hint={t('projects:form.amountHint')}
          value={str(v.totalBudget)}
          error={e.totalBudget}
          inputmode="decimal"
        />
        <Field
          name="website"
          type="url"
          label={t('projects:fields.website')}
          value={str(v.website)}
          error={e.website}
          inputmode="url"
        />
        <Checkbox
          name="isPublic"
          label={t('projects:fields.isPublic')}
          hint={t('projects:form.publicHint')}
          checked={checked(v.isPublic)}
        />
        <div class="form-actions">
          <Button>{t(props.isNew ? 'projects:form.create' : 'common:form.save')}</Button>
          <a href={props.cancelHref}>{t('projects:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
