import { countryName } from '#src/lib/countries.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { EmptyState, Notice, PageHeader } from '#src/ui/components.tsx'
import { LocalizedTextView } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { DELIVERABLE_STATUSES, TASK_STATUSES } from '../schema.ts'
import type { ProjectOverview } from '../service/overview.ts'
import { GanttChart, GanttTable } from './gantt.tsx'
import { DateOnly, Money, Name, Percent, ProjectNav } from './shared.tsx'

function Facts({ o }: { o: ProjectOverview }) {
  const { t, locale } = useUi()
  const p = o.project
  return (
    <dl class="facts">
      <dt>{t('projects:fields.programme')}</dt>
      <dd>{p.programme}</dd>
      <dt>{t('projects:fields.action')}</dt>
      <dd>{p.action || '—'}</dd>
      <dt>{t('projects:fields.grantNumber')}</dt>
      <dd>{p.grantNumber ?? '—'}</dd>
      <dt>{t('projects:fields.referenceNumber')}</dt>
      <dd>{p.referenceNumber ?? '—'}</dd>
      <dt>{t('projects:list.period')}</dt>
      <dd>
        <DateOnly value={p.startDate} /> – <DateOnly value={p.endDate} />
      </dd>
      <dt>{t('projects:fields.status')}</dt>
      <dd>{t(`projects:status.${p.status}`)}</dd>
      <dt>{t('projects:fields.totalBudget')}</dt>
      <dd>
        <Money amount={p.totalBudget} currency={p.currency} />
      </dd>
      <dt>{t('projects:list.coordinator')}</dt>
      <dd>
        <Name value={o.coordinatorName} fallback={o.coordinatorLocale} />
      </dd>
      <dt>{t('projects:overview.ourRole')}</dt>
      <dd>
        {t(`projects:partnerRole.${o.access.partnerRole}`)} ·{' '}
        {t(`projects:level.${o.access.level}`)}
      </dd>
      <dt>{t('projects:overview.publicLabel')}</dt>
      <dd>
        {p.isPublic ? (
          <a href={`/${locale}/p/${p.slug}`}>{t('projects:overview.publicPage')}</a>
        ) : (
          t('projects:overview.notPublic')
        )}
      </dd>
    </dl>
  )
}

function Partners({ o }: { o: ProjectOverview }) {
  const { t, locale } = useUi()
  return (
    <TableWrap labelledBy="partners-caption">
      <table>
        <caption id="partners-caption">
          {t('projects:overview.partnersCaption', { count: o.partners.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('projects:consortium.organisation')}</th>
            <th scope="col">{t('projects:consortium.country')}</th>
            <th scope="col">{t('projects:consortium.role')}</th>
            <th scope="col">{t('projects:consortium.budgetShare')}</th>
          </tr>
        </thead>
        <tbody>
          {o.partners.map((p) => (
            <tr>
              <th scope="row">
                <Name value={p.name} fallback={p.defaultLocale} />
                {p.isExternal && <span class="badge"> {t('projects:consortium.external')}</span>}
              </th>
              <td>{countryName(p.country, locale as Locale)}</td>
              <td>{t(`projects:partnerRole.${p.role}`)}</td>
              <td class="num">
                <Money amount={p.budgetShare} currency={o.project.currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

function Counts({ o }: { o: ProjectOverview }) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale)
  return (
    <>
      <h2>{t('projects:overview.progress')}</h2>
      <h3>{t('projects:nav.tasks')}</h3>
      <ul class="stats">
        {TASK_STATUSES.map((s) => (
          <li class="stat">
            <span class="stat-value">{fmt.format(o.taskCounts[s] ?? 0)}</span>
            <span class="stat-label">{t(`projects:taskStatus.${s}`)}</span>
          </li>
        ))}
        <li class="stat">
          <span class="stat-value">{fmt.format(o.overdueTasks)}</span>
          <span class="stat-label">{t('projects:overview.overdue')}</span>
        </li>
      </ul>
      <h3>{t('projects:nav.deliverables')}</h3>
      <ul class="stats">
        {DELIVERABLE_STATUSES.map((s) => (
          <li class="stat">
            <span class="stat-value">{fmt.format(o.deliverableCounts[s] ?? 0)}</span>
            <span class="stat-label">{t(`projects:deliverableStatus.${s}`)}</span>
          </li>
        ))}
      </ul>
    </>
  )
}

function Upcoming({ o }: { o: ProjectOverview }) {
  const { t } = useUi()
  const base = `/app/projects/${o.project.id}`
  const soonDeliverables = o.deliverables
    .filter((d) => d.dueDate >= o.today && d.status !== 'submitted' && d.status !== 'accepted')
    .slice(0, 5)
  const soonMilestones = o.milestones
    .filter((m) => m.dueDate >= o.today && m.status === 'planned')
    .slice(0, 5)
  const nothing = o.upcomingTasks.length + soonDeliverables.length + soonMilestones.length === 0
  return (
    <section aria-labelledby="upcoming">
      <h2 id="upcoming">{t('projects:overview.upcoming')}</h2>
      {nothing ? (
        <p>{t('projects:overview.nothingUpcoming')}</p>
      ) : (
        <ul class="deadline-list">
          {soonDeliverables.map((d) => (
            <li>
              <DateOnly value={d.dueDate} /> · {t('projects:gantt.kindDeliverable')}{' '}
              <a href={`${base}/deliverables/${d.id}`}>
                {d.code} <Name value={d.title} />
              </a>{' '}
              ({t(`projects:deliverableStatus.${d.status}`)})
            </li>
          ))}
          {soonMilestones.map((m) => (
            <li>
              <DateOnly value={m.dueDate} /> · {t('projects:gantt.kindMilestone')} {m.code}{' '}
              <Name value={m.title} />
            </li>
          ))}
          {o.upcomingTasks.map((task) => (
            <li>
              <DateOnly value={task.dueDate} /> · {t('projects:overview.task')}{' '}
              <a href={`${base}/tasks/${task.id}`}>{task.title}</a> (
              {t(`projects:taskStatus.${task.status}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function Risks({ o }: { o: ProjectOverview }) {
  const { t } = useUi()
  if (o.openRisks.length === 0) return <p>{t('projects:overview.noOpenRisks')}</p>
  return (
    <ul>
      {o.openRisks.map((r) => (
        <li>
          {t('projects:risks.scoreLine', {
            score: r.likelihood * r.impact,
            likelihood: r.likelihood,
            impact: r.impact,
          })}{' '}
          {r.description}
        </li>
      ))}
    </ul>
  )
}

/** A project at a glance: facts, consortium, work packages, deadlines, timeline and risks. */
export function OverviewPage({ o, notice }: { o: ProjectOverview; notice?: string | undefined }) {
  const { t } = useUi()
  const p = o.project
  const base = `/app/projects/${p.id}`
  const gantt = {
    acronym: p.acronym,
    startDate: p.startDate,
    endDate: p.endDate,
    today: o.today,
    workPackages: o.workPackages,
    milestones: o.milestones,
    deliverables: o.deliverables,
  }
  return (
    <>
      <PageHeader title={p.acronym}>
        {o.access.level === 'manager' && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('projects:overview.edit')}
          </a>
        )}
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="lead">
        <LocalizedTextView value={p.title} />
      </p>
      <ProjectNav projectId={p.id} acronym={p.acronym} />
      {Object.keys(p.summary).length > 0 && (
        <p>
          <LocalizedTextView value={p.summary} />
        </p>
      )}
      <h2>{t('projects:overview.facts')}</h2>
      <Facts o={o} />
      <h2>{t('projects:nav.consortium')}</h2>
      <Partners o={o} />
      <h2>{t('projects:nav.workPackages')}</h2>
      {o.workPackages.length === 0 ? (
        <p>{t('projects:workPackages.empty')}</p>
      ) : (
        <ul>
          {o.workPackages.map((w) => (
            <li>
              <a href={`${base}/work-packages/${w.id}`}>
                {w.code} · <Name value={w.title} />
              </a>{' '}
              (<Percent value={w.completionPercent} />)
            </li>
          ))}
        </ul>
      )}
      <Upcoming o={o} />
      <Counts o={o} />
      <section aria-labelledby="timeline">
        <h2 id="timeline">{t('projects:overview.timeline')}</h2>
        {o.workPackages.length + o.milestones.length + o.deliverables.length === 0 ? (
          <EmptyState title={t('projects:overview.noTimeline')}>
            {t('projects:overview.noTimelineBody')}
          </EmptyState>
        ) : (
          <>
            <GanttChart g={gantt} />
            <GanttTable g={gantt} />
          </>
        )}
      </section>
      <h2>{t('projects:overview.openRisks')}</h2>
      <Risks o={o} />
    </>
  )
}
