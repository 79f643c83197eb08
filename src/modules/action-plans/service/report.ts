import type { Ctx } from '#src/lib/context.ts'
import { formatDate } from '#src/lib/dates.ts'
import { getT, type Locale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { type Sheet, xlsxBuffer } from '#src/lib/spreadsheet.ts'
import { OPEN_STATUSES } from '../realism.ts'
import { planView } from './view.ts'

/** The plan's actions as a spreadsheet, headed and worded in the reader's language. */
export async function planXlsx(
  ctx: Ctx,
  id: string,
  locale: Locale,
): Promise<{ title: string; body: Buffer }> {
  const t = getT(locale)
  const view = await planView(ctx, id)
  const sheet: Sheet = {
    name: t('plans:report.sheet'),
    lead: [view.plan.title, `${view.plan.startsOn} – ${view.plan.endsOn}`],
    columns: [
      { header: t('plans:fields.objective') },
      { header: t('plans:fields.action') },
      { header: t('plans:fields.owner') },
      { header: t('plans:fields.deadline'), format: 'date' },
      { header: t('plans:fields.status') },
      { header: t('plans:fields.costEur'), format: 'decimal' },
      { header: t('plans:fields.resources') },
      { header: t('plans:fields.indicator') },
      { header: t('plans:fields.target') },
      { header: t('plans:fields.evidence') },
      { header: t('plans:fields.progressNote') },
      { header: t('plans:plan.warnings') },
    ],
    rows: view.objectives.flatMap((o) =>
      o.actions.map((a) => [
        pickText(o.title, locale).value,
        a.title,
        a.ownerId ? (view.owners.get(a.ownerId) ?? '') : '',
        new Date(`${a.deadline}T00:00:00Z`),
        t(`plans:actionStatus.${a.status}`),
        a.costEur === null ? null : Number(a.costEur),
        a.resources,
        a.indicator,
        a.target,
        a.evidence,
        a.progressNote,
        a.flags.map((f) => t(`plans:flags.${f}`)).join('; '),
      ]),
    ),
  }
  return { title: view.plan.title, body: await xlsxBuffer([sheet], view.plan.title) }
}

/** The board's progress report: per objective, its actions, done of total and overdue. */
export async function planPdf(
  ctx: Ctx,
  id: string,
  locale: Locale,
  today: string,
): Promise<{ title: string; body: Buffer }> {
  const t = getT(locale)
  const view = await planView(ctx, id)
  const title = view.plan.title
  const doc = createPdf({ lang: locale, title })
  doc.font('bold').fontSize(18).text(title)
  doc.font('body').fontSize(11).moveDown(0.3)
  doc.text(
    `${formatDate(locale, view.plan.startsOn)} – ${formatDate(locale, view.plan.endsOn)} · ${t(`plans:planStatus.${view.plan.status}`)}`,
  )
  const done = view.actions.filter((a) => a.status === 'done').length
  doc.text(t('plans:list.doneOf', { done, count: view.actions.length }))
  view.objectives.forEach((o, i) => {
    const overdue = o.actions.filter((a) => OPEN_STATUSES.includes(a.status) && a.deadline < today)
    doc.moveDown()
    doc
      .font('bold')
      .fontSize(13)
      .text(`${i + 1}. ${pickText(o.title, locale).value}`)
    doc.font('body').fontSize(10)
    doc.text(
      `${t('plans:list.doneOf', { done: o.actions.filter((a) => a.status === 'done').length, count: o.actions.length })} · ${t('plans:report.overdue', { count: overdue.length })}`,
    )
    for (const a of o.actions) {
      const owner = a.ownerId ? (view.owners.get(a.ownerId) ?? '') : t('plans:plan.noOwner')
      doc.moveDown(0.3)
      doc.font('bold').text(a.title)
      doc
        .font('body')
        .text(
          [
            t(`plans:actionStatus.${a.status}`),
            owner,
            formatDate(locale, a.deadline),
            `${a.indicator || '—'} → ${a.target || '—'}`,
          ].join(' · '),
        )
    }
  })
  return { title, body: await pdfToBuffer(doc) }
}
