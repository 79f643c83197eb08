import { raw } from 'hono/html'
import { Plot, renderPlot } from '#src/lib/charts.ts'
import type { T } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { EmptyState, PageHeader } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { OWN_FRAMEWORK } from '../../competence-frameworks/index.ts'
import type { GapRow } from '../aggregate.ts'
import type { ConsortiumGaps, GapView, OrganisationGaps } from '../service/gaps.ts'
import {
  Attribution,
  averageText,
  bandName,
  CompetenceName,
  EnglishNote,
  GroupTitle,
  groupTitleText,
  ShownCount,
  Txt,
} from './parts.tsx'

function shortName(row: GapRow, locale: string): string {
  const c = row.competence
  const name =
    c.frameworkId === OWN_FRAMEWORK ? pickText(c.name, locale).value : `${c.id} ${c.name.en}`
  return name.length > 32 ? `${name.slice(0, 31)}…` : name
}

/**
 * People who rated each competence, as bars. Only counts of 5 or more are drawn: a bar of a
 * hidden count would give it away. The table under it carries every figure.
 */
function ratersChart(rows: GapRow[], t: T, locale: string): string | null {
  const data = rows.flatMap((r) =>
    r.raters !== null && r.raters > 0 ? [{ name: shortName(r, locale), count: r.raters }] : [],
  )
  if (data.length === 0) return null
  const fmt = numberFormat(locale)
  return renderPlot({
    ariaLabel: t('competences:gaps.chartLabel'),
    ariaDescription: data
      .map((d) => t('competences:gaps.chartItem', { name: d.name, count: fmt.format(d.count) }))
      .join('; '),
    width: 640,
    height: 40 + data.length * 28,
    marginLeft: 240,
    marginRight: 40,
    x: {
      label: t('competences:gaps.raters'),
      grid: true,
      tickFormat: (v: number) => fmt.format(v),
    },
    y: { label: null, domain: data.map((d) => d.name) },
    marks: [
      Plot.barX(data, { y: 'name', x: 'count', fill: '#1d4ed8' }),
      Plot.text(data, {
        y: 'name',
        x: 'count',
        text: (d: { count: number }) => fmt.format(d.count),
        dx: 12,
      }),
      Plot.ruleX([0]),
    ],
  })
}

function BeforeAfter({ row }: { row: GapRow }) {
  const { t, locale } = useUi()
  if (row.before === null || row.after === null) {
    if (row.paired === null) return <ShownCount value={null} />
    return <span class="muted">—</span>
  }
  const scale = row.competence.scale
  return (
    <>
      {averageText(t, locale, row.before, scale)} → {averageText(t, locale, row.after, scale)}
    </>
  )
}

function GapBadges({ row }: { row: GapRow }) {
  const { t } = useUi()
  if (!row.mostLow && !row.noCourse) return <span class="muted">—</span>
  return (
    <ul class="competence-list">
      {row.mostLow && (
        <li>
          <span class="badge badge-warn">{t('competences:gaps.mostLow')}</span>
        </li>
      )}
      {row.noCourse && (
        <li>
          <span class="badge badge-warn">{t('competences:gaps.noCourse')}</span>
        </li>
      )}
    </ul>
  )
}

function GapGroup({
  rows,
  index,
  owners,
}: {
  rows: GapRow[]
  index: number
  owners: Map<string, LocalizedText>
}) {
  const { t, locale } = useUi()
  const first = rows[0]!.competence
  const scale = first.scale
  const id = `gaps-${index}`
  const chart = ratersChart(rows, t, locale)
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <GroupTitle first={first} owners={owners} />
      </h2>
      {chart ? (
        <figure class="chart">{raw(chart)}</figure>
      ) : (
        <p class="muted">{t('competences:gaps.noChart')}</p>
      )}
      <TableWrap labelledBy={id}>
        <table class="gap-table">
          <caption id={id}>
            {t('competences:gaps.caption', {
              count: rows.length,
              group: groupTitleText(t, locale, first, owners),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('competences:fields.competence')}</th>
              <th scope="col">{t('competences:gaps.raters')}</th>
              {scale.bands.map((b) => (
                <th scope="col">{bandName(t, scale, b.id)}</th>
              ))}
              <th scope="col">{t('competences:gaps.enrolled')}</th>
              <th scope="col">{t('competences:gaps.completed')}</th>
              <th scope="col">{t('competences:gaps.beforeAfter')}</th>
              <th scope="col">{t('competences:gaps.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-code={row.competence.code}>
                <th scope="row">
                  <CompetenceName competence={row.competence} />
                </th>
                <td>
                  <ShownCount value={row.raters} />
                </td>
                {row.bands.map((b) => (
                  <td>
                    <ShownCount value={b.count} />
                  </td>
                ))}
                <td>
                  <ShownCount value={row.enrolled} />
                </td>
                <td>
                  <ShownCount value={row.completed} />
                </td>
                <td>
                  <BeforeAfter row={row} />
                </td>
                <td>
                  <GapBadges row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <Attribution frameworkId={first.frameworkId} />
    </section>
  )
}

function Groups({ view }: { view: GapView }) {
  const { t } = useUi()
  if (view.groups.length === 0) {
    return (
      <EmptyState title={t('competences:gaps.emptyTitle')}>
        {t('competences:gaps.empty')}
      </EmptyState>
    )
  }
  return (
    <>
      <p>
        {t('competences:gaps.people')}{' '}
        <strong>
          <ShownCount value={view.people} />
        </strong>
      </p>
      <EnglishNote />
      {view.groups.map((rows, i) => (
        <GapGroup rows={rows} index={i} owners={view.owners} />
      ))}
    </>
  )
}

/** `/app/competences/organisation`: the organisation's competences and where they are thin. */
export function OrganisationGapsPage({ gaps }: { gaps: OrganisationGaps }) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('competences:gaps.organisationTitle')} />
      <p>{t('competences:gaps.intro')}</p>
      <p class="hint">{t('competences:privacy.rule')}</p>
      <Groups view={gaps} />
      {gaps.members.length > 0 && (
        <section aria-labelledby="members-h">
          <h2 id="members-h">{t('competences:gaps.members')}</h2>
          <ul class="competence-list">
            {gaps.members.map((m) => (
              <li>
                <a href={`/app/competences/people/${m.userId}`}>{m.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {gaps.projects.length > 0 && (
        <section aria-labelledby="consortia-h">
          <h2 id="consortia-h">{t('competences:gaps.consortia')}</h2>
          <ul class="competence-list">
            {gaps.projects.map((p) => (
              <li>
                <a href={`/app/competences/projects/${p.id}`}>
                  {t('competences:gaps.consortiumTitle', { acronym: p.acronym })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

/** `/app/competences/projects/:id`: the same across the consortium's schools, counts only. */
export function ConsortiumGapsPage({ gaps }: { gaps: ConsortiumGaps }) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('competences:gaps.consortiumTitle', { acronym: gaps.acronym })}>
        <a class="btn btn-secondary" href="/app/competences/organisation">
          {t('competences:gaps.organisationTitle')}
        </a>
      </PageHeader>
      <p>{t('competences:gaps.consortiumIntro')}</p>
      <p class="hint">{t('competences:privacy.rule')}</p>
      <section aria-labelledby="schools-h">
        <h2 id="schools-h">{t('competences:gaps.schools')}</h2>
        <TableWrap labelledBy="schools-caption">
          <table>
            <caption id="schools-caption">
              {t('competences:gaps.schoolsCaption', { count: gaps.organisations.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('competences:gaps.school')}</th>
                <th scope="col">{t('competences:gaps.raters')}</th>
                <th scope="col">{t('competences:gaps.enrolled')}</th>
              </tr>
            </thead>
            <tbody>
              {gaps.organisations.map((o) => (
                <tr>
                  <th scope="row">
                    <Txt text={o.name} />
                  </th>
                  <td>
                    <ShownCount value={o.people} />
                  </td>
                  <td>
                    <ShownCount value={o.enrolled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <Groups view={gaps} />
    </>
  )
}
