import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { displayNames } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Field, Form, PageHeader, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatAmount, isCurrency, minorUnits, money } from '../money.ts'
import type { BudgetProject, ProjectWorkPackage } from '../project.ts'
import { ACTUAL_CATEGORIES, RATE_SOURCES } from '../schema.ts'
import { ProjectCrumbs } from './shared.tsx'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The currencies of our partners first, then every other ISO currency with two decimals or fewer. */
const FIRST = ['EUR', 'ALL', 'BAM', 'MKD', 'RSD']
const OTHERS = Intl.supportedValuesOf('currency').filter(
  (c) => !FIRST.includes(c) && isCurrency(c) && minorUnits(c) <= 2,
)

function currencyOptions(locale: string) {
  const names = displayNames(locale, 'currency')
  return [...FIRST, ...OTHERS].map((code) => ({
    value: code,
    label: `${code} – ${names.of(code) ?? code}`,
  }))
}

export type EntryFormProps = {
  project: BudgetProject
  workPackages: ProjectWorkPackage[]
  action: string
  values: FormValues
  errors?: FieldErrors | undefined
  isNew: boolean
}

function useWpOptions(workPackages: ProjectWorkPackage[]) {
  const { locale } = useUi()
  return workPackages.map((w) => ({
    value: w.id,
    label: `${w.code} – ${pickText(w.title, locale, ['en']).value}`,
  }))
}

function FormHead({ project, title }: { project: BudgetProject; title: string }) {
  const { t } = useUi()
  return (
    <>
      <ProjectCrumbs project={project}>
        <li>
          <a href={`/app/projects/${project.id}/budget`}>{t('budgets:page.crumb')}</a>
        </li>
        <li aria-current="page">{title}</li>
      </ProjectCrumbs>
      <PageHeader title={title} />
    </>
  )
}

/** A partner's actual cost: what, when, how much in which currency, and at which rate. */
export function ExpenseFormPage(props: EntryFormProps) {
  const { t, locale } = useUi()
  const { project, values, errors } = props
  const title = props.isNew ? t('budgets:expense.newTitle') : t('budgets:expense.editTitle')
  const example = formatAmount(money(123_456n, 'EUR'), locale)
  return (
    <section class="narrow">
      <FormHead project={project} title={title} />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <SelectField
          name="workPackageId"
          label={t('budgets:fields.workPackage')}
          value={str(values.workPackageId)}
          options={useWpOptions(props.workPackages)}
          placeholder={t('budgets:fields.choose')}
          error={errors?.workPackageId}
          required
        />
        <SelectField
          name="category"
          label={t('budgets:fields.category')}
          value={str(values.category)}
          options={ACTUAL_CATEGORIES.map((c) => ({ value: c, label: t(`budgets:category.${c}`) }))}
          placeholder={t('budgets:fields.choose')}
          error={errors?.category}
          required
        />
        <Field
          name="spentOn"
          type="date"
          label={t('budgets:fields.spentOn')}
          value={str(values.spentOn)}
          error={errors?.spentOn}
          required
        />
        <Field
          name="description"
          label={t('budgets:fields.description')}
          hint={t('budgets:fields.descriptionHint')}
          value={str(values.description)}
          error={errors?.description}
          maxlength={500}
          required
        />
        <Field
          name="amount"
          label={t('budgets:fields.amount')}
          hint={t('budgets:fields.amountHint', { example })}
          value={str(values.amount)}
          inputmode="decimal"
          error={errors?.amount}
          required
        />
        <SelectField
          name="currency"
          label={t('budgets:fields.currency')}
          value={str(values.currency) || project.currency}
          options={currencyOptions(locale)}
          error={errors?.currency}
          required
        />
        <Field
          name="exchangeRate"
          label={t('budgets:fields.exchangeRate')}
          hint={t('budgets:fields.exchangeRateHint', { currency: project.currency })}
          value={str(values.exchangeRate)}
          inputmode="decimal"
          error={errors?.exchangeRate}
        />
        <Field
          name="rateDate"
          type="date"
          label={t('budgets:fields.rateDate')}
          hint={t('budgets:fields.rateDateHint')}
          value={str(values.rateDate)}
          error={errors?.rateDate}
        />
        <SelectField
          name="rateSource"
          label={t('budgets:fields.rateSource')}
          value={str(values.rateSource) || 'inforeuro'}
          options={RATE_SOURCES.map((s) => ({ value: s, label: t(`budgets:rateSource.${s}`) }))}
          error={errors?.rateSource}
          required
        />
        <div class="form-actions">
          <Button>{props.isNew ? t('budgets:expense.create') : t('budgets:expense.save')}</Button>
          <a href={`/app/projects/${project.id}/budget/entries`}>{t('budgets:actions.cancel')}</a>
        </div>
      </Form>
    </section>
  )
}

/** A month of one person's time on a work package, at an hourly rate in the project's currency. */
export function TimesheetFormPage(props: EntryFormProps) {
  const { t, locale } = useUi()
  const { project, values, errors } = props
  const title = props.isNew ? t('budgets:timesheet.newTitle') : t('budgets:timesheet.editTitle')
  return (
    <section class="narrow">
      <FormHead project={project} title={title} />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <SelectField
          name="workPackageId"
          label={t('budgets:fields.workPackage')}
          value={str(values.workPackageId)}
          options={useWpOptions(props.workPackages)}
          placeholder={t('budgets:fields.choose')}
          error={errors?.workPackageId}
          required
        />
        <Field
          name="personName"
          label={t('budgets:fields.personName')}
          value={str(values.personName)}
          autocomplete="off"
          error={errors?.personName}
          maxlength={120}
          required
        />
        <Field
          name="month"
          type="month"
          label={t('budgets:fields.month')}
          hint={t('budgets:fields.monthHint')}
          value={str(values.month)}
          error={errors?.month}
          required
        />
        <Field
          name="hours"
          label={t('budgets:fields.hours')}
          hint={t('budgets:fields.hoursHint')}
          value={str(values.hours)}
          inputmode="decimal"
          error={errors?.hours}
          required
        />
        <Field
          name="hourlyRate"
          label={t('budgets:fields.hourlyRate', { currency: project.currency })}
          hint={t('budgets:fields.amountHint', {
            example: formatAmount(money(2_835n, 'EUR'), locale),
          })}
          value={str(values.hourlyRate)}
          inputmode="decimal"
          error={errors?.hourlyRate}
          required
        />
        <div class="form-actions">
          <Button>
            {props.isNew ? t('budgets:timesheet.create') : t('budgets:timesheet.save')}
          </Button>
          <a href={`/app/projects/${project.id}/budget/entries`}>{t('budgets:actions.cancel')}</a>
        </div>
      </Form>
    </section>
  )
}
