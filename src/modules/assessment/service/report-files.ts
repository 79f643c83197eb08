import { getT, type Locale, type T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { type Cell, type Sheet, xlsxBuffer } from '#src/lib/spreadsheet.ts'
import { type Column, meanForAll, type Priority, type RoundResults } from './results.ts'

/*
 * The results as a report for the board (PDF) and as figures to work with (XLSX), in the reader's
 * language, with the same small-group rule as the page: hidden groups have no column.
 */

function colLabel(t: T, c: Column) {
  return c === 'all' ? t('assessment:results.everyone') : t(`assessment:groups.${c}`)
}

const round1 = (v: number | null | undefined): number | null =>
  typeof v === 'number' ? Math.round(v * 10) / 10 : null

/** "Safeguarding of minors, 2.1 of 5: 'There is a written protocol …' is the lowest." */
export function prioritySentence(p: Priority, t: T, locale: string): string {
  return t('assessment:results.priority', {
    area: pickText(p.sectionTitle, locale).value,
    item: pickText(p.item.question.text, locale).value,
    mean: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
      p.mean,
    ),
  })
}

export async function resultsXlsx(results: RoundResults, locale: Locale): Promise<Buffer> {
  const t = getT(locale)
  const cols: Column[] = ['all', ...results.shown]
  const lead = [
    t('assessment:results.title', { round: results.round.title }),
    pickText(results.title, locale).value,
    t('assessment:results.answered', { count: results.allSize + results.leftOut }),
  ]
  if (results.tooFew) {
    return xlsxBuffer(
      [
        {
          name: t('assessment:results.byArea'),
          lead,
          columns: [{ header: t('assessment:results.area') }],
          rows: [[t('assessment:results.tooFew', { min: 5 })]],
        },
      ],
      results.round.title,
    )
  }
  const previous = results.previous !== null
  const areas: Sheet = {
    name: t('assessment:results.byArea'),
    lead,
    columns: [
      { header: t('assessment:results.area') },
      ...cols.map((c) => ({ header: colLabel(t, c), format: 'decimal' as const })),
      ...(previous
        ? [{ header: t('assessment:results.previous'), format: 'decimal' as const }]
        : []),
      { header: t('assessment:results.gap'), format: 'decimal' as const },
    ],
    rows: results.sections.map((s) => [
      pickText(s.title, locale).value,
      ...cols.map((c) => round1(s.means[c])),
      ...(previous ? [round1(s.previous)] : []),
      round1(s.gap?.size),
    ]),
  }
  const items: Sheet = {
    name: t('assessment:results.byItem'),
    lead,
    columns: [
      { header: t('assessment:results.area') },
      { header: t('assessment:results.item') },
      ...cols.flatMap((c) => [
        { header: colLabel(t, c), format: 'decimal' as const },
        { header: `${colLabel(t, c)} (n)`, format: 'integer' as const },
      ]),
      { header: t('assessment:results.na'), format: 'integer' as const },
      ...(previous
        ? [{ header: t('assessment:results.previous'), format: 'decimal' as const }]
        : []),
    ],
    rows: results.sections.flatMap((s) =>
      s.items
        .filter((i) => i.question.type === 'scale' || i.question.type === 'number')
        .map((i): Cell[] => [
          pickText(s.title, locale).value,
          pickText(i.question.text, locale).value,
          ...cols.flatMap((c) => [round1(i.stats[c]?.mean), i.stats[c]?.n ?? 0]),
          i.stats.all?.na ?? 0,
          ...(previous ? [round1(i.previous)] : []),
        ]),
    ),
  }
  const priorities: Sheet = {
    name: t('assessment:results.priorities'),
    columns: [{ header: t('assessment:results.priorities') }],
    rows: results.priorities.map((p) => [prioritySentence(p, t, locale)]),
  }
  return xlsxBuffer([areas, items, priorities], results.round.title)
}

export async function resultsPdf(
  results: RoundResults,
  locale: Locale,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const t = getT(locale)
  const fmt = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const show = (v: number | null | undefined) => (typeof v === 'number' ? fmt.format(v) : '–')
  const title = t('assessment:results.title', { round: results.round.title })
  const doc = createPdf({ lang: locale, title, compress: options.compress })
  doc.font('bold').fontSize(18).text(title)
  doc.font('body').fontSize(11).moveDown(0.3)
  doc.text(pickText(results.title, locale).value)
  doc.text(t('assessment:results.answered', { count: results.allSize + results.leftOut }))
  doc.moveDown()
  if (results.tooFew) {
    doc.text(t('assessment:results.tooFew', { min: 5 }))
    return pdfToBuffer(doc)
  }
  for (const g of results.hidden) {
    doc.fontSize(9).text(
      t('assessment:results.hiddenGroup', {
        group: t(`assessment:groups.${g}`),
        count: results.sizes[g],
      }),
    )
  }
  doc.fontSize(11).moveDown()
  doc.font('bold').fontSize(14).text(t('assessment:results.priorities'))
  doc.font('body').fontSize(11)
  results.priorities.forEach((p, i) => {
    doc.text(`${i + 1}. ${prioritySentence(p, t, locale)}`)
  })
  doc.moveDown()
  doc.font('bold').fontSize(14).text(t('assessment:results.byArea'))
  doc.font('body').fontSize(10)
  const cols: Column[] = ['all', ...results.shown]
  doc.text(cols.map((c) => colLabel(t, c)).join(' · '))
  for (const s of results.sections) {
    const figures = cols.map((c) => show(s.means[c])).join(' · ')
    const change =
      results.previous && typeof s.means.all === 'number' && s.previous !== null
        ? ` (${t('assessment:results.previous')}: ${show(s.previous)})`
        : ''
    doc.font('bold').text(pickText(s.title, locale).value, { continued: true })
    doc.font('body').text(`: ${figures}${change}`)
  }
  doc.addPage()
  doc.font('bold').fontSize(14).text(t('assessment:results.byItem'))
  for (const s of results.sections) {
    doc.moveDown(0.5).font('bold').fontSize(11).text(pickText(s.title, locale).value)
    doc.font('body').fontSize(9)
    for (const i of s.items) {
      const mean = meanForAll(i)
      if (mean === null) continue
      doc.text(
        `${pickText(i.question.text, locale).value} — ${cols.map((c) => show(i.stats[c]?.mean)).join(' · ')}`,
      )
    }
  }
  return pdfToBuffer(doc)
}
