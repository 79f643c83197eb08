import { raw } from 'hono/html'
import { Plot, renderPlot } from '#src/lib/charts.ts'
import type { T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { ProjectNav } from '#src/modules/projects/index.ts'
import { Notice, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatCurrency, type Money, toNumeric } from '../money.ts'
import type { BudgetSummary, Figures } from '../summary.ts'
import { Amount, OrgName, ProjectCrumbs, percent } from './shared.tsx'

/** Major units as a plain number, for drawing only: every figure shown as text stays exact. */
const toChart = (m: Money) => Number(toNumeric(m))

function shortName(name: string): string {
  return name.length > 70 ? `${name.slice(0, 69)}…` : name
}

/**
 * Planned (light, full height) and actual (dark, inset) per partner: a bullet chart, each
 * partner's name written above its bar so long school names stay whole.
 */
function partnerChart(summary: BudgetSummary, t: T, locale: string): string {
  const rows = summary.partners.map((p) => ({
    name: shortName(pickText(p.name, locale, [p.defaultLocale, 'en']).value),
    planned: toChart(p.planned),
    actual: toChart(p.actual),
    plannedText: formatCurrency(p.planned, locale),
    actualText: formatCurrency(p.actual, locale),
  }))
  const fmt = numberFormat(locale, { notation: 'compact' })
  return renderPlot({
    className: 'plot',
    ariaLabel: t('budgets:chart.label'),
    ariaDescription: rows
      .map((r) =>
        t('budgets:chart.item', { name: r.name, planned: r.plannedText, actual: r.actualText }),
      )
      .join('; '),
    width: 600,
    height: 50 + rows.length * 60,
    marginLeft: 12,
    marginRight: 24,
    marginTop: 24,
    x: { label: summary.project.currency, grid: true, tickFormat: (v: number) => fmt.format(v) },
    y: { axis: null, domain: rows.map((r) => r.name), padding: 0.5 },
    marks: [
      Plot.barX(rows, { y: 'name', x: 'planned', fill: '#c9d6e8' }),
      Plot.barX(rows, { y: 'name', x: 'actual', fill: '#1f4e79', insetTop: 5, insetBottom: 5 }),
      Plot.text(rows, {
        y: 'name',
        x: 0,
        text: 'name',
        textAnchor: 'start',
        dy: -22,
        fontSize: 14,
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  })
}

function FigureCells({ f, showEarned }: { f: Figures; showEarned: boolean }) {
  const { locale } = useUi()
  return (
    <>
      <td class="num">
        <Amount value={f.planned} />
      </td>
      <td class="num">
        <Amount value={f.actual} />
      </td>
      <td class="num">{percent(f.actual, f.planned, locale)}</td>
      {showEarned && (
        <td class="num">
          <Amount value={f.earned} />
        </td>
      )}
    </>
  )
}

function Heads({ first, showEarned }: { first: string; showEarned: boolean }) {
  const { t } = useUi()
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="num">
          {t('budgets:table.planned')}
        </th>
        <th scope="col" class="num">
          {t('budgets:table.actual')}
        </th>
        <th scope="col" class="num">
          {t('budgets:table.spent')}
        </th>
        {showEarned && (
          <th scope="col" class="num">
            {t('budgets:table.earned')}
          </th>
        )}
      </tr>
    </thead>
  )
}

function TotalRow({ total, showEarned }: { total: Figures; showEarned: boolean }) {
  const { t } = useUi()
  return (
    <tfoot>
      <tr>
        <th scope="row">{t('budgets:table.total')}</th>
        <FigureCells f={total} showEarned={showEarned} />
      </tr>
    </tfoot>
  )
}

export type BudgetActions = { canEnter: boolean; canPlan: boolean }

/** Planned against actual per partner, work package and category, with the chart. */
export function BudgetPage({
  summary,
  actions,
  notice,
}: {
  summary: BudgetSummary
  actions: BudgetActions
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const { project } = summary
  const base = `/app/projects/${project.id}/budget`
  const hasLumpSums = summary.workPackages.some((w) => w.workPackage.isLumpSum)
  return (
    <>
      <ProjectCrumbs project={project}>
        <li aria-current="page">{t('budgets:page.crumb')}</li>
      </ProjectCrumbs>
      <PageHeader title={t('budgets:page.title', { project: project.acronym })}>
        <ul class="inline-actions">
          {actions.canEnter && (
            <>
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
            </>
          )}
          <li>
            <a href={`${base}/entries`}>
              {summary.isConsortium
                ? t('budgets:actions.reviewEntries')
                : t('budgets:actions.ownEntries')}
            </a>
          </li>
          {actions.canPlan && (
            <li>
              <a href={`${base}/plan`}>{t('budgets:actions.plan')}</a>
            </li>
          )}
          <li>
            <a href={`/app/projects/${project.id}/report.pdf`}>{t('budgets:actions.reportPdf')}</a>
          </li>
          <li>
            <a href={`/app/projects/${project.id}/report.xlsx`}>
              {t('budgets:actions.reportXlsx')}
            </a>
          </li>
        </ul>
      </PageHeader>
      <ProjectNav projectId={project.id} acronym={project.acronym} />
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="lead">
        {summary.isConsortium
          ? t('budgets:page.scopeConsortium', { currency: project.currency })
          : t('budgets:page.scopeOwn', { currency: project.currency })}
      </p>

      <section aria-labelledby="by-partner">
        <h2 id="by-partner">{t('budgets:page.byPartner')}</h2>
        {summary.partners.length > 0 && (
          <figure class="chart">
            {raw(partnerChart(summary, t, locale))}
            <figcaption>{t('budgets:chart.caption')}</figcaption>
          </figure>
        )}
        <TableWrap label={t('common:table.region', { name: t('budgets:page.byPartner') })}>
          <table aria-labelledby="by-partner">
            <Heads first={t('budgets:table.partner')} showEarned={hasLumpSums} />
            <tbody>
              {summary.partners.map((p) => (
                <tr>
                  <th scope="row">
                    <OrgName name={p.name} fallback={p.defaultLocale} />
                    {p.waiting > 0 && summary.isConsortium && (
                      <>
                        {' '}
                        <a
                          class="badge badge-warn"
                          href={`${base}/entries?organisationId=${p.organisationId}&status=submitted`}
                        >
                          {t('budgets:page.waiting', { count: p.waiting })}
                        </a>
                      </>
                    )}
                  </th>
                  <FigureCells f={p} showEarned={hasLumpSums} />
                </tr>
              ))}
            </tbody>
            {summary.isConsortium && <TotalRow total={summary.total} showEarned={hasLumpSums} />}
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="by-wp">
        <h2 id="by-wp">{t('budgets:page.byWorkPackage')}</h2>
        {hasLumpSums && <p class="hint">{t('budgets:page.lumpSumHint')}</p>}
        <TableWrap label={t('common:table.region', { name: t('budgets:page.byWorkPackage') })}>
          <table aria-labelledby="by-wp">
            <thead>
              <tr>
                <th scope="col">{t('budgets:table.workPackage')}</th>
                <th scope="col" class="num">
                  {t('budgets:table.planned')}
                </th>
                <th scope="col" class="num">
                  {t('budgets:table.actual')}
                </th>
                <th scope="col" class="num">
                  {t('budgets:table.spent')}
                </th>
                {hasLumpSums && (
                  <>
                    <th scope="col" class="num">
                      {t('budgets:table.completion')}
                    </th>
                    <th scope="col" class="num">
                      {t('budgets:table.earned')}
                    </th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {summary.workPackages.map((w) => {
                const title = pickText(w.workPackage.title, locale, ['en'])
                return (
                  <tr>
                    <th scope="row">
                      {w.workPackage.code} <span lang={title.lang}>{title.value}</span>
                      {w.workPackage.isLumpSum && (
                        <>
                          {' '}
                          <span class="badge">{t('budgets:page.lumpSum')}</span>
                        </>
                      )}
                    </th>
                    <td class="num">
                      <Amount value={w.planned} />
                    </td>
                    <td class="num">
                      <Amount value={w.actual} />
                    </td>
                    <td class="num">{percent(w.actual, w.planned, locale)}</td>
                    {hasLumpSums && (
                      <>
                        <td class="num">
                          {w.workPackage.isLumpSum
                            ? numberFormat(locale, { style: 'percent' }).format(
                                w.workPackage.completionPercent / 100,
                              )
                            : '–'}
                        </td>
                        <td class="num">
                          {w.workPackage.isLumpSum ? <Amount value={w.earned} /> : '–'}
                        </td>
                      </>
                    )}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      </section>

      <section aria-labelledby="by-category">
        <h2 id="by-category">{t('budgets:page.byCategory')}</h2>
        <TableWrap label={t('common:table.region', { name: t('budgets:page.byCategory') })}>
          <table aria-labelledby="by-category">
            <Heads first={t('budgets:table.category')} showEarned={hasLumpSums} />
            <tbody>
              {summary.categories
                .filter((c) => c.planned.minor !== 0n || c.actual.minor !== 0n)
                .map((c) => (
                  <tr>
                    <th scope="row">{t(`budgets:category.${c.category}`)}</th>
                    <FigureCells f={c} showEarned={hasLumpSums} />
                  </tr>
                ))}
            </tbody>
            <TotalRow total={summary.total} showEarned={hasLumpSums} />
          </table>
        </TableWrap>
      </section>
    </>
  )
}
