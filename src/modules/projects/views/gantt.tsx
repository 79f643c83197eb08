import { dateTimeFormat } from '#src/lib/intl.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { DateOnly, nameText } from './shared.tsx'

export type GanttInput = {
  acronym: string
  startDate: string | null
  endDate: string | null
  today: string
  workPackages: {
    id: string
    code: string
    title: LocalizedText
    startDate: string | null
    endDate: string | null
    completionPercent: number
  }[]
  milestones: { id: string; code: string; title: LocalizedText; dueDate: string; status: string }[]
  deliverables: {
    id: string
    code: string
    title: LocalizedText
    dueDate: string
    status: string
    workPackageId: string | null
  }[]
}

const LABEL = 150
const WIDTH = 900
const ROW = 30
const AXIS = 34
const DAY = 86_400_000

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`)

/** The time span the chart covers: the project's dates, or whatever its items span. */
export function ganttRange(g: GanttInput): { from: number; to: number } | null {
  const dates = [
    g.startDate,
    g.endDate,
    ...g.workPackages.flatMap((w) => [w.startDate, w.endDate]),
    ...g.milestones.map((m) => m.dueDate),
    ...g.deliverables.map((d) => d.dueDate),
  ].filter((d): d is string => Boolean(d))
  if (dates.length === 0) return null
  const from = g.startDate ? ms(g.startDate) : Math.min(...dates.map(ms))
  const to = Math.max(g.endDate ? ms(g.endDate) : 0, ...dates.map(ms)) + DAY
  return to > from ? { from, to } : null
}

function monthTicks(from: number, to: number) {
  const out: number[] = []
  const d = new Date(from)
  d.setUTCDate(1)
  while (d.getTime() <= to) {
    if (d.getTime() >= from) out.push(d.getTime())
    d.setUTCMonth(d.getUTCMonth() + 1)
  }
  return out
}

/**
 * The project's timeline as an SVG Gantt chart, drawn on the server: work packages as bars
 * (the darker part is their completion), deliverables as circles on their work package's row,
 * milestones as diamonds on a row of their own, and a line for today. It is an image with a
 * title and a description for screen readers; the table beside it holds the same data. On a phone
 * it scrolls sideways in a region named by its title.
 */
export function GanttChart({ g }: { g: GanttInput }) {
  const { t, locale } = useUi()
  const range = ganttRange(g)
  if (!range) return null
  const span = range.to - range.from
  const x = (date: string) => LABEL + ((ms(date) - range.from) / span) * (WIDTH - LABEL)
  const loose = g.deliverables.filter(
    (d) => !d.workPackageId || !g.workPackages.some((w) => w.id === d.workPackageId),
  )
  const rows = g.workPackages.length + 1 + (loose.length > 0 ? 1 : 0)
  const height = AXIS + rows * ROW + 8
  const ticks = monthTicks(range.from, range.to)
  const everyNth = Math.max(1, Math.ceil(ticks.length / 12))
  const monthFmt = dateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' })
  const titleId = `gantt-title-${g.acronym.replace(/\W/g, '')}`
  const statusOf = (s: string, kind: 'd' | 'm') =>
    t(kind === 'd' ? `projects:deliverableStatus.${s}` : `projects:milestoneStatus.${s}`)
  const deliverableMark = (d: GanttInput['deliverables'][number], y: number) => (
    <g class={`gantt-deliverable gantt-${d.status}`}>
      <title>
        {t('projects:gantt.deliverableTip', {
          code: d.code,
          title: nameText(d.title, locale),
          status: statusOf(d.status, 'd'),
        })}
      </title>
      <circle cx={x(d.dueDate)} cy={y + ROW / 2} r={6} />
    </g>
  )
  const todayX = ms(g.today) >= range.from && ms(g.today) <= range.to ? x(g.today) : null
  return (
    <TableWrap class="gantt-wrap" labelledBy={titleId}>
      <svg
        class="gantt"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${titleId}-desc`}
        focusable="false"
      >
        <title id={titleId}>{t('projects:gantt.title', { acronym: g.acronym })}</title>
        <desc id={`${titleId}-desc`}>
          {t('projects:gantt.desc', {
            workPackages: g.workPackages.length,
            milestones: g.milestones.length,
            deliverables: g.deliverables.length,
          })}
        </desc>
        <g class="gantt-axis">
          {ticks.map((tick, i) => {
            const tx = LABEL + ((tick - range.from) / span) * (WIDTH - LABEL)
            return (
              <g>
                <line x1={tx} x2={tx} y1={AXIS - 6} y2={height} class="gantt-grid" />
                {i % everyNth === 0 && (
                  <text x={tx + 2} y={AXIS - 12}>
                    {monthFmt.format(new Date(tick))}
                  </text>
                )}
              </g>
            )
          })}
        </g>
        {g.workPackages.map((w, i) => {
          const y = AXIS + i * ROW
          const start = w.startDate ?? g.startDate
          const end = w.endDate ?? g.endDate
          const x1 = start ? x(start) : null
          const x2 = end ? x(end) + ((WIDTH - LABEL) * DAY) / span : null
          return (
            <g class="gantt-row">
              <text x={4} y={y + ROW / 2 + 4} class="gantt-label">
                {w.code}
              </text>
              {x1 !== null && x2 !== null && x2 > x1 && (
                <g class="gantt-wp">
                  <title>
                    {t('projects:gantt.wpTip', {
                      code: w.code,
                      title: nameText(w.title, locale),
                      percent: w.completionPercent,
                    })}
                  </title>
                  <rect x={x1} y={y + 6} width={x2 - x1} height={ROW - 12} rx={3} />
                  <rect
                    class="gantt-done"
                    x={x1}
                    y={y + 6}
                    width={((x2 - x1) * w.completionPercent) / 100}
                    height={ROW - 12}
                    rx={3}
                  />
                </g>
              )}
              {g.deliverables
                .filter((d) => d.workPackageId === w.id)
                .map((d) => deliverableMark(d, y))}
            </g>
          )
        })}
        {loose.length > 0 && (
          <g class="gantt-row">
            <text x={4} y={AXIS + g.workPackages.length * ROW + ROW / 2 + 4} class="gantt-label">
              {t('projects:gantt.otherDeliverables')}
            </text>
            {loose.map((d) => deliverableMark(d, AXIS + g.workPackages.length * ROW))}
          </g>
        )}
        <g class="gantt-row">
          <text x={4} y={AXIS + (rows - 1) * ROW + ROW / 2 + 4} class="gantt-label">
            {t('projects:gantt.milestones')}
          </text>
          {g.milestones.map((m) => {
            const cx = x(m.dueDate)
            const cy = AXIS + (rows - 1) * ROW + ROW / 2
            return (
              <g class={`gantt-milestone gantt-${m.status}`}>
                <title>
                  {t('projects:gantt.milestoneTip', {
                    code: m.code,
                    title: nameText(m.title, locale),
                    status: statusOf(m.status, 'm'),
                  })}
                </title>
                <polygon
                  points={`${cx},${cy - 8} ${cx + 8},${cy} ${cx},${cy + 8} ${cx - 8},${cy}`}
                />
              </g>
            )
          })}
        </g>
        {todayX !== null && (
          <g class="gantt-today">
            <line x1={todayX} x2={todayX} y1={AXIS - 6} y2={height} />
            <text x={todayX + 3} y={height - 4}>
              {t('projects:gantt.today')}
            </text>
          </g>
        )}
      </svg>
    </TableWrap>
  )
}

/** The chart's data as a table, beside the chart. */
export function GanttTable({ g }: { g: GanttInput }) {
  const { t, locale } = useUi()
  type Row = {
    kind: string
    code: string
    title: string
    start: string | null
    end: string | null
    state: string
  }
  const rows: Row[] = [
    ...g.workPackages.map((w) => ({
      kind: t('projects:gantt.kindWp'),
      code: w.code,
      title: nameText(w.title, locale),
      start: w.startDate,
      end: w.endDate,
      state: t('projects:gantt.complete', { percent: w.completionPercent }),
    })),
    ...g.deliverables.map((d) => ({
      kind: t('projects:gantt.kindDeliverable'),
      code: d.code,
      title: nameText(d.title, locale),
      start: null,
      end: d.dueDate,
      state: t(`projects:deliverableStatus.${d.status}`),
    })),
    ...g.milestones.map((m) => ({
      kind: t('projects:gantt.kindMilestone'),
      code: m.code,
      title: nameText(m.title, locale),
      start: null,
      end: m.dueDate,
      state: t(`projects:milestoneStatus.${m.status}`),
    })),
  ]
  return (
    <TableWrap labelledBy="gantt-table-caption">
      <table class="gantt-table">
        <caption id="gantt-table-caption">
          {t('projects:gantt.tableCaption', { acronym: g.acronym })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:gantt.item')}</th>
            <th scope="col">{t('projects:gantt.kind')}</th>
            <th scope="col">{t('projects:gantt.start')}</th>
            <th scope="col">{t('projects:gantt.end')}</th>
            <th scope="col">{t('projects:fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <th scope="row">
                {r.code} · {r.title}
              </th>
              <td>{r.kind}</td>
              <td>{r.start ? <DateOnly value={r.start} /> : '—'}</td>
              <td>
                <DateOnly value={r.end} />
              </td>
              <td>{r.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
