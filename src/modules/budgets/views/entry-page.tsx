import type { Child } from 'hono/jsx'
import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { numberFormat } from '#src/lib/intl.ts'
import {
  Button,
  DateTime,
  ErrorSummary,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Expense } from '../expenses.ts'
import { fromNumeric } from '../money.ts'
import type { BudgetProject } from '../project.ts'
import type { Timesheet } from '../timesheets.ts'
import { formatDay } from './entries-page.tsx'
import { Amount, ProjectCrumbs, StatusBadge } from './shared.tsx'

export type EntryRights = { canEdit: boolean; canReview: boolean }

type Common = {
  project: BudgetProject
  rights: EntryRights
  notice?: string | undefined
  review?: { values: FormValues; errors: FieldErrors } | undefined
  /** "WP2 – Training of staff" */
  wpLabel: string
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** A readable rate: the stored numeric(18, 8) without trailing zeros, in the reader's locale. */
export function rateText(rate: string, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 8 }).format(rate as unknown as number)
}

function Shell(
  props: Common & {
    title: string
    href: string
    facts: [string, Child][]
    entry: Expense | Timesheet
  },
) {
  const { t } = useUi()
  const { project, rights, entry } = props
  const errors = props.review?.errors
  return (
    <>
      <ProjectCrumbs project={project}>
        <li>
          <a href={`/app/projects/${project.id}/budget`}>{t('budgets:page.crumb')}</a>
        </li>
        <li>
          <a href={`/app/projects/${project.id}/budget/entries`}>{t('budgets:entries.crumb')}</a>
        </li>
        <li aria-current="page">{props.title}</li>
      </ProjectCrumbs>
      <PageHeader title={props.title}>
        {rights.canEdit && entry.status !== 'reviewed' && (
          <a class="btn btn-secondary" href={`${props.href}/edit`}>
            {t('budgets:actions.edit')}
          </a>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <dl class="facts">
        {props.facts.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </>
        ))}
        <dt>{t('budgets:table.status')}</dt>
        <dd>
          <StatusBadge status={entry.status} />
          {entry.reviewedAt && (
            <>
              {' '}
              <DateTime value={entry.reviewedAt} />
            </>
          )}
        </dd>
        {entry.reviewComment && (
          <>
            <dt>{t('budgets:review.comment')}</dt>
            <dd>{entry.reviewComment}</dd>
          </>
        )}
      </dl>
      {entry.status === 'reviewed' && rights.canEdit && (
        <p class="hint">{t('budgets:review.lockedHint')}</p>
      )}

      {rights.canReview && (
        <section aria-labelledby="review" class="narrow">
          <h2 id="review">{t('budgets:review.title')}</h2>
          <ErrorSummary errors={errors} />
          <Form action={`${props.href}/review`}>
            <SelectField
              name="verdict"
              label={t('budgets:review.verdict')}
              value={str(props.review?.values.verdict) || 'reviewed'}
              options={[
                { value: 'reviewed', label: t('budgets:review.accept') },
                { value: 'queried', label: t('budgets:review.query') },
              ]}
              error={errors?.verdict}
              required
            />
            <div class={errors?.comment ? 'field has-error' : 'field'}>
              <label for="f-comment">{t('budgets:review.comment')}</label>
              <p class="hint" id="f-comment-hint">
                {t('budgets:review.commentHint')}
              </p>
              {errors?.comment && (
                <p class="error" id="f-comment-error">
                  {t(errors.comment)}
                </p>
              )}
              <textarea
                id="f-comment"
                name="comment"
                rows={3}
                maxlength={2000}
                aria-invalid={errors?.comment ? 'true' : undefined}
                aria-describedby={
                  errors?.comment ? 'f-comment-hint f-comment-error' : 'f-comment-hint'
                }
              >
                {str(props.review?.values.comment)}
              </textarea>
            </div>
            <Button>{t('budgets:review.submit')}</Button>
          </Form>
        </section>
      )}

      {rights.canEdit && entry.status !== 'reviewed' && (
        <Form action={`${props.href}/delete`} class="no-print">
          <Button variant="danger">{t('budgets:actions.delete')}</Button>
        </Form>
      )}
    </>
  )
}

export function ExpensePage(props: Common & { expense: Expense }) {
  const { t, locale } = useUi()
  const e = props.expense
  const inProject = e.currency === props.project.currency
  const facts: [string, Child][] = [
    [t('budgets:fields.spentOn'), formatDay(e.spentOn, locale)],
    [t('budgets:table.workPackage'), props.wpLabel],
    [t('budgets:fields.category'), t(`budgets:category.${e.category}`)],
    [t('budgets:fields.amount'), <Amount value={fromNumeric(e.amount, e.currency)} />],
  ]
  if (!inProject) {
    facts.push(
      [
        t('budgets:fields.exchangeRate'),
        t('budgets:expense.rateFact', {
          rate: rateText(e.exchangeRate, locale),
          currency: e.currency,
          project: props.project.currency,
          date: formatDay(e.rateDate, locale),
          source: t(`budgets:rateSource.${e.rateSource}`),
        }),
      ],
      [
        t('budgets:entries.converted', { currency: props.project.currency }),
        <Amount value={fromNumeric(e.convertedAmount, props.project.currency)} />,
      ],
    )
  }
  return (
    <Shell
      {...props}
      title={e.description}
      href={`/app/projects/${props.project.id}/budget/expenses/${e.id}`}
      facts={facts}
      entry={e}
    />
  )
}

export function TimesheetPage(props: Common & { timesheet: Timesheet }) {
  const { t, locale } = useUi()
  const s = props.timesheet
  const facts: [string, Child][] = [
    [t('budgets:fields.month'), formatDay(s.month, locale, true)],
    [t('budgets:table.workPackage'), props.wpLabel],
    [
      t('budgets:fields.hours'),
      numberFormat(locale, { maximumFractionDigits: 2 }).format(s.hours as unknown as number),
    ],
    [
      t('budgets:fields.hourlyRate', { currency: props.project.currency }),
      <Amount value={fromNumeric(s.hourlyRate, props.project.currency)} />,
    ],
    [
      t('budgets:entries.staffCost'),
      <Amount value={fromNumeric(s.staffCost, props.project.currency)} />,
    ],
  ]
  return (
    <Shell
      {...props}
      title={t('budgets:timesheet.title', { person: s.personName })}
      href={`/app/projects/${props.project.id}/budget/timesheets/${s.id}`}
      facts={facts}
      entry={s}
    />
  )
}
