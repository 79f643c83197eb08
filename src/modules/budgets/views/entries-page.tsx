import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { Button, Notice, PageHeader, SelectField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Expense } from '../expenses.ts'
import type { EntryFilter } from '../inputs.ts'
import { fromNumeric } from '../money.ts'
import type { BudgetProject, ConsortiumMember } from '../project.ts'
import { ENTRY_STATUSES } from '../schema.ts'
import type { Timesheet } from '../timesheets.ts'
import { Amount, OrgName, ProjectCrumbs, StatusBadge } from './shared.tsx'

type Row<K extends string, V> = {
  organisationName: LocalizedText
  organisationLocale: string
  wpCode: string
} & Record<K, V>

export type EntriesPageProps = {
  project: BudgetProject
  isConsortium: boolean
  canEnter: boolean
  partners: ConsortiumMember[]
  filter: EntryFilter
  expenses: Row<'expense', Expense>[]
  timesheets: Row<'timesheet', Timesheet>[]
  notice?: string | undefined
}

export function formatDay(date: string, locale: string, month = false) {
  return dateTimeFormat(locale, {
    timeZone: 'UTC',
    ...(month ? { year: 'numeric', month: 'long' } : { dateStyle: 'medium' }),
  }).format(new Date(`${date}T00:00:00Z`))
}

function Filters(props: EntriesPageProps) {
  const { t, locale } = useUi()
  return (
    <form method="get" class="filters" action={`/app/projects/${props.project.id}/budget/entries`}>
      {props.isConsortium && (
        <SelectField
          name="organisationId"
          label={t('budgets:table.partner')}
          value={props.filter.organisationId ?? ''}
          placeholder={t('budgets:entries.allPartners')}
          options={props.partners.map((p) => ({
            value: p.organisationId,
            label: pickText(p.name, locale, [p.defaultLocale, 'en']).value,
          }))}
        />
      )}
      <SelectField
        name="status"
        label={t('budgets:table.status')}
        value={props.filter.status ?? ''}
        placeholder={t('budgets:entries.allStatuses')}
        options={ENTRY_STATUSES.map((s) => ({ value: s, label: t(`budgets:status.${s}`) }))}
      />
      <Button variant="secondary">{t('budgets:entries.filter')}</Button>
    </form>
  )
}

/** The actor's entries (or, for the coordinator, every partner's), to open, change or review. */
export function EntriesPage(props: EntriesPageProps) {
  const { t, locale } = useUi()
  const { project, isConsortium } = props
  const base = `/app/projects/${project.id}/budget`
  const hours = numberFormat(locale, { maximumFractionDigits: 2 })
  return (
    <>
      <ProjectCrumbs project={project}>
        <li>
          <a href={base}>{t('budgets:page.crumb')}</a>
        </li>
        <li aria-current="page">{t('budgets:entries.crumb')}</li>
      </ProjectCrumbs>
      <PageHeader
        title={
          isConsortium
            ? t('budgets:entries.titleAll', { project: project.acronym })
            : t('budgets:entries.titleOwn', { project: project.acronym })
        }
      >
        {props.canEnter && (
          <ul class="inline-actions">
            <li>
              <a class="btn btn-primary" href={`${base}/expenses/new`}>
                {t('budgets:actions.addExpense')}
              </a>
            </li>
            <li>
              <a class="btn btn-secondary" href={`${base}/timesheets/new`}>
                {t('budgets:actions.addTimesheet')}
              </a>
            </li>
          </ul>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <Filters {...props} />

      <section aria-labelledby="expenses">
        <h2 id="expenses">{t('budgets:entries.expenses')}</h2>
        {props.expenses.length === 0 ? (
          <p>{t('budgets:entries.noExpenses')}</p>
        ) : (
          <TableWrap label={t('common:table.region', { name: t('budgets:entries.expenses') })}>
            <table aria-labelledby="expenses">
              <thead>
                <tr>
                  <th scope="col">{t('budgets:fields.spentOn')}</th>
                  <th scope="col">{t('budgets:fields.description')}</th>
                  {isConsortium && <th scope="col">{t('budgets:table.partner')}</th>}
                  <th scope="col">{t('budgets:table.workPackage')}</th>
                  <th scope="col">{t('budgets:fields.category')}</th>
                  <th scope="col" class="num">
                    {t('budgets:fields.amount')}
                  </th>
                  <th scope="col" class="num">
                    {t('budgets:entries.converted', { currency: project.currency })}
                  </th>
                  <th scope="col">{t('budgets:table.status')}</th>
                </tr>
              </thead>
              <tbody>
                {props.expenses.map((r) => (
                  <tr>
                    <td class="nowrap">{formatDay(r.expense.spentOn, locale)}</td>
                    <td>
                      <a href={`${base}/expenses/${r.expense.id}`}>{r.expense.description}</a>
                    </td>
                    {isConsortium && (
                      <td>
                        <OrgName name={r.organisationName} fallback={r.organisationLocale} />
                      </td>
                    )}
                    <td>{r.wpCode}</td>
                    <td>{t(`budgets:category.${r.expense.category}`)}</td>
                    <td class="num">
                      <Amount value={fromNumeric(r.expense.amount, r.expense.currency)} />
                    </td>
                    <td class="num">
                      <Amount value={fromNumeric(r.expense.convertedAmount, project.currency)} />
                    </td>
                    <td>
                      <StatusBadge status={r.expense.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section aria-labelledby="timesheets">
        <h2 id="timesheets">{t('budgets:entries.timesheets')}</h2>
        {props.timesheets.length === 0 ? (
          <p>{t('budgets:entries.noTimesheets')}</p>
        ) : (
          <TableWrap label={t('common:table.region', { name: t('budgets:entries.timesheets') })}>
            <table aria-labelledby="timesheets">
              <thead>
                <tr>
                  <th scope="col">{t('budgets:fields.month')}</th>
                  <th scope="col">{t('budgets:fields.personName')}</th>
                  {isConsortium && <th scope="col">{t('budgets:table.partner')}</th>}
                  <th scope="col">{t('budgets:table.workPackage')}</th>
                  <th scope="col" class="num">
                    {t('budgets:fields.hours')}
                  </th>
                  <th scope="col" class="num">
                    {t('budgets:entries.staffCost')}
                  </th>
                  <th scope="col">{t('budgets:table.status')}</th>
                </tr>
              </thead>
              <tbody>
                {props.timesheets.map((r) => (
                  <tr>
                    <td class="nowrap">{formatDay(r.timesheet.month, locale, true)}</td>
                    <td>
                      <a href={`${base}/timesheets/${r.timesheet.id}`}>{r.timesheet.personName}</a>
                    </td>
                    {isConsortium && (
                      <td>
                        <OrgName name={r.organisationName} fallback={r.organisationLocale} />
                      </td>
                    )}
                    <td>{r.wpCode}</td>
                    <td class="num">{hours.format(r.timesheet.hours as unknown as number)}</td>
                    <td class="num">
                      <Amount value={fromNumeric(r.timesheet.staffCost, project.currency)} />
                    </td>
                    <td>
                      <StatusBadge status={r.timesheet.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  )
}
