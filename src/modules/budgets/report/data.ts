import { asc, desc, eq, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { T } from '#src/lib/i18n.ts'
import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { getProjectOverview, risks } from '#src/modules/projects/index.ts'
import { formatCurrency, fromNumeric, type Money } from '../money.ts'
import { type BudgetSummary, summarise } from '../summary.ts'

/**
 * A project's status report as plain rows of text in the reader's language, ready for any
 * format: the PDF and the XLSX draw the same content. Money stays exact (Money) for the
 * spreadsheet's number cells; everything else is already formatted.
 */
export type StatusReport = {
  fileBase: string
  currency: string
  title: string
  subtitle: string
  generated: string
  sections: {
    facts: { heading: string; rows: [string, string][] }
    partners: Table
    workPackages: Table
    deliverables: Table
    budget: Table & { money: Money[][]; total: Money[] | null; note: string }
    risks: Table
  }
}

export type Table = {
  heading: string
  /** A short name for the spreadsheet tab (Excel allows 31 characters); the heading if absent. */
  sheet?: string
  columns: string[]
  rows: string[][]
  /**
   * The spreadsheet's cells where a column is not text: numbers, fractions for percentages, dates
   * (UTC midnight). Same shape as `rows`; the PDF draws `rows`, the XLSX writes these.
   */
  cells?: Cell[][]
  /** An Excel number format per column (`'0%'`, `'yyyy-mm-dd'`); text columns leave it out. */
  formats?: (string | undefined)[]
  empty: string
}

export type Cell = string | number | Date | null

const civilDate = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null)

/** All risks of the project, highest score first (the overview lists only the top open ones). */
async function listRisks(ctx: Ctx, projectId: string) {
  return ctx.db
    .select()
    .from(risks)
    .where(eq(risks.projectId, projectId))
    .orderBy(desc(sql`${risks.likelihood} * ${risks.impact}`), asc(risks.createdAt))
}

/** Gathers and words the status report; NOT_FOUND outside the consortium, like the project. */
export async function getStatusReport(ctx: Ctx, projectId: string, t: T, locale: string) {
  const o = await getProjectOverview(ctx, projectId)
  const p = o.project
  const budget = await summarise(ctx, {
    access: o.access,
    project: {
      id: p.id,
      acronym: p.acronym,
      title: p.title,
      currency: p.currency,
      coordinatorId: p.tenantId,
    },
  })
  const allRisks = await listRisks(ctx, projectId)
  const day = (d: string | null) =>
    d
      ? dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        )
      : '–'
  const name = (n: Record<string, string | undefined> | null, fallback = 'en') =>
    pickText(n, locale, [fallback, 'en']).value
  const money = (m: Money) => formatCurrency(m, locale)
  const pct = numberFormat(locale, { style: 'percent' })
  const wpCode = new Map(o.workPackages.map((w) => [w.id, w.code]))
  const now = ctx.now()

  const report: StatusReport = {
    currency: p.currency,
    fileBase: `${p.acronym.replace(/[^A-Za-z0-9-]+/g, '-')}-${now.toISOString().slice(0, 10)}`,
    title: t('budgets:report.title', { project: p.acronym }),
    subtitle: name(p.title),
    generated: t('budgets:report.generated', {
      date: dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(now),
    }),
    sections: {
      facts: {
        heading: t('budgets:report.facts'),
        rows: [
          [t('budgets:report.programme'), [p.programme, p.action].filter(Boolean).join(' · ')],
          [t('budgets:report.grantNumber'), p.grantNumber ?? '–'],
          [t('budgets:report.dates'), `${day(p.startDate)} – ${day(p.endDate)}`],
          [t('budgets:report.status'), t(`projects:status.${p.status}`)],
          [t('budgets:report.coordinator'), name(o.coordinatorName)],
          [
            t('budgets:report.totalBudget'),
            p.totalBudget ? formatCurrency(fromNumeric(p.totalBudget, p.currency), locale) : '–',
          ],
        ],
      },
      partners: {
        heading: t('budgets:report.partners'),
        columns: [
          t('budgets:table.partner'),
          t('budgets:report.country'),
          t('budgets:report.role'),
        ],
        rows: o.partners.map((x) => [
          name(x.name, x.defaultLocale),
          x.country,
          t(`projects:partnerRole.${x.role}`),
        ]),
        empty: t('budgets:report.none'),
      },
      workPackages: {
        heading: t('budgets:report.workPackages'),
        columns: [
          t('budgets:table.workPackage'),
          t('budgets:report.wpTitle'),
          t('budgets:table.completion'),
        ],
        rows: o.workPackages.map((w) => [
          w.code,
          name(w.title),
          pct.format(w.completionPercent / 100),
        ]),
        cells: o.workPackages.map((w) => [w.code, name(w.title), w.completionPercent / 100]),
        formats: [undefined, undefined, '0%'],
        empty: t('budgets:report.none'),
      },
      deliverables: {
        heading: t('budgets:report.deliverables'),
        columns: [
          t('budgets:report.code'),
          t('budgets:report.wpTitle'),
          t('budgets:report.due'),
          t('budgets:report.status'),
        ],
        rows: o.deliverables.map((d) => [
          d.code,
          name(d.title),
          day(d.dueDate),
          t(`projects:deliverableStatus.${d.status}`),
        ]),
        cells: o.deliverables.map((d) => [
          d.code,
          name(d.title),
          civilDate(d.dueDate),
          t(`projects:deliverableStatus.${d.status}`),
        ]),
        formats: [undefined, undefined, 'yyyy-mm-dd', undefined],
        empty: t('budgets:report.none'),
      },
      budget: budgetTable(budget, t, locale, money),
      risks: {
        heading: t('budgets:report.risks'),
        columns: [
          t('budgets:report.risk'),
          t('budgets:table.workPackage'),
          t('budgets:report.score'),
          t('budgets:report.status'),
          t('budgets:report.mitigation'),
        ],
        rows: allRisks.map((r) => [
          r.description,
          r.workPackageId ? (wpCode.get(r.workPackageId) ?? '') : '',
          String(r.likelihood * r.impact),
          t(`projects:riskStatus.${r.status}`),
          r.mitigation,
        ]),
        cells: allRisks.map((r) => [
          r.description,
          r.workPackageId ? (wpCode.get(r.workPackageId) ?? '') : '',
          r.likelihood * r.impact,
          t(`projects:riskStatus.${r.status}`),
          r.mitigation,
        ]),
        formats: [undefined, undefined, '0', undefined, undefined],
        empty: t('budgets:report.none'),
      },
    },
  }
  return report
}

function budgetTable(
  b: BudgetSummary,
  t: T,
  locale: string,
  money: (m: Money) => string,
): StatusReport['sections']['budget'] {
  const rows = b.partners.map((x) => ({
    label: pickText(x.name, locale, [x.defaultLocale, 'en']).value,
    figures: [x.planned, x.actual, x.earned],
  }))
  return {
    heading: t('budgets:report.budget', { currency: b.project.currency }),
    sheet: t('budgets:page.crumb'),
    note: b.isConsortium
      ? t('budgets:page.scopeConsortium', { currency: b.project.currency })
      : t('budgets:page.scopeOwn', { currency: b.project.currency }),
    columns: [
      t('budgets:table.partner'),
      t('budgets:table.planned'),
      t('budgets:table.actual'),
      t('budgets:table.earned'),
    ],
    rows: [
      ...rows.map((r) => [r.label, ...r.figures.map(money)]),
      ...(b.isConsortium
        ? [
            [
              t('budgets:table.total'),
              ...[b.total.planned, b.total.actual, b.total.earned].map(money),
            ],
          ]
        : []),
    ],
    money: rows.map((r) => r.figures),
    total: b.isConsortium ? [b.total.planned, b.total.actual, b.total.earned] : null,
    empty: t('budgets:report.none'),
  }
}
