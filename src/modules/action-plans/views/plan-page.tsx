import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, ErrorSummary, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { TaskChoice } from '../../projects/index.ts'
import { TEXT_LANGUAGES } from '../inputs.ts'
import { OPEN_STATUSES } from '../realism.ts'
import { PLAN_STATUSES } from '../schema.ts'
import type { CheckedAction } from '../service/checks.ts'
import type { PlanView } from '../service/view.ts'
import {
  ActionStatusBadge,
  CivilDate,
  FlagBadges,
  formatMean,
  PlanStatusBadge,
  Txt,
} from './parts.tsx'

type Props = {
  view: PlanView
  today: string
  canManage: boolean
  /** The reader: an action's owner updates its progress even without managing plans. */
  userId: string | null
  notice?: string | undefined
  error?: { key: string; params: Record<string, unknown> } | undefined
  objectiveErrors?: FieldErrors | undefined
}

/** The project task an action is carried out by, linked to its page. */
function TaskLink({ task }: { task: TaskChoice }) {
  const { t } = useUi()
  return (
    <p class="muted">
      {t('plans:fields.task')}:{' '}
      <a href={`/app/projects/${task.projectId}/tasks/${task.id}`}>
        {task.acronym}: {task.title}
      </a>
    </p>
  )
}

function isOverdue(a: CheckedAction, today: string) {
  return OPEN_STATUSES.includes(a.status) && a.deadline < today
}

function ActionsTable(props: {
  id: string
  actions: CheckedAction[]
  view: PlanView
  today: string
  canManage: boolean
  userId: string | null
}) {
  const { t } = useUi()
  return (
    <TableWrap label={t('plans:plan.actionsOf', { name: props.id })}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('plans:fields.action')}</th>
            <th scope="col">{t('plans:fields.owner')}</th>
            <th scope="col">{t('plans:fields.deadline')}</th>
            <th scope="col">{t('plans:fields.indicatorTarget')}</th>
            <th scope="col">{t('plans:fields.status')}</th>
            <th scope="col">{t('plans:plan.warnings')}</th>
          </tr>
        </thead>
        <tbody>
          {props.actions.map((a) => (
            <tr>
              <td>
                {a.title}
                {a.questionKey && a.itemText && (
                  <p class="muted">
                    {t('plans:plan.fromItem')} <Txt text={a.itemText} />
                  </p>
                )}
                {a.courseId && props.view.courses.get(a.courseId) && (
                  <p class="muted">
                    {t('plans:fields.course')}: <Txt text={props.view.courses.get(a.courseId)!} />
                  </p>
                )}
                {a.taskId && props.view.tasks.get(a.taskId) && (
                  <TaskLink task={props.view.tasks.get(a.taskId)!} />
                )}
                {(props.canManage || (a.ownerId !== null && a.ownerId === props.userId)) && (
                  <p>
                    <a href={`/app/plans/actions/${a.id}/progress`}>
                      {t('plans:plan.update')}
                      <span class="visually-hidden">: {a.title}</span>
                    </a>
                  </p>
                )}
              </td>
              <td>
                {a.ownerId ? (props.view.owners.get(a.ownerId) ?? '—') : t('plans:plan.noOwner')}
              </td>
              <td>
                <CivilDate date={a.deadline} />
                {isOverdue(a, props.today) && (
                  <>
                    {' '}
                    <span class="badge badge-bad">{t('plans:plan.overdue')}</span>
                  </>
                )}
              </td>
              <td>
                {a.indicator || '—'}
                {a.target && <span class="muted"> → {a.target}</span>}
              </td>
              <td>
                <ActionStatusBadge status={a.status} />
                {a.progressNote && <p class="muted">{a.progressNote}</p>}
              </td>
              <td>
                <FlagBadges flags={a.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}

/** Actions by month of deadline (server-rendered; no script). */
function Timeline(props: { view: PlanView; today: string }) {
  const { t, locale } = useUi()
  const months = new Map<string, CheckedAction[]>()
  for (const a of props.view.actions) {
    const key = a.deadline.slice(0, 7)
    months.set(key, [...(months.get(key) ?? []), a])
  }
  const monthName = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('plans:plan.timeline')}</h2>
      {months.size === 0 ? (
        <p>{t('plans:plan.noActions')}</p>
      ) : (
        <ol class="timeline">
          {[...months].map(([month, actions]) => (
            <li>
              <h3>{monthName.format(new Date(`${month}-01T12:00:00Z`))}</h3>
              <ul>
                {actions.map((a) => (
                  <li>
                    <CivilDate date={a.deadline} /> · {a.title} ·{' '}
                    <ActionStatusBadge status={a.status} /> ·{' '}
                    {a.ownerId
                      ? (props.view.owners.get(a.ownerId) ?? '—')
                      : t('plans:plan.noOwner')}
                    {isOverdue(a, props.today) && (
                      <>
                        {' '}
                        <span class="badge badge-bad">{t('plans:plan.overdue')}</span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** `/app/plans/:id`: the plan's priorities, objectives with their actions and warnings, timeline. */
export function PlanPage(props: Props) {
  const { t, locale } = useUi()
  const { plan, objectives, priorities, actions } = props.view
  const flagged = actions.filter((a) => a.flags.length > 0).length
  return (
    <>
      <PageHeader title={plan.title}>
        {props.canManage && objectives.length > 0 && (
          <a class="btn btn-primary" href={`/app/plans/actions/new?plan=${plan.id}`}>
            {t('plans:plan.addAction')}
          </a>
        )}
        {props.canManage && (
          <a class="btn btn-secondary" href={`/app/plans/${plan.id}/import`}>
            {t('plans:plan.import')}
          </a>
        )}
      </PageHeader>
      <p>
        <a href="/app/plans">{t('plans:plan.back')}</a>
      </p>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.error && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{t(props.error.key, props.error.params)}</p>
        </div>
      )}
      <dl class="facts">
        <dt>{t('plans:fields.period')}</dt>
        <dd>
          <CivilDate date={plan.startsOn} /> – <CivilDate date={plan.endsOn} />
        </dd>
        <dt>{t('plans:fields.status')}</dt>
        <dd>
          <PlanStatusBadge status={plan.status} />
        </dd>
        <dt>{t('plans:list.progress')}</dt>
        <dd>
          {t('plans:list.doneOf', {
            done: actions.filter((a) => a.status === 'done').length,
            count: actions.length,
          })}
          {flagged > 0 && (
            <>
              {' '}
              <span class="badge badge-warn">{t('plans:list.flagged', { count: flagged })}</span>
            </>
          )}
        </dd>
      </dl>
      {props.canManage && (
        <Form action={`/app/plans/${plan.id}/status`} class="inline-form">
          {PLAN_STATUSES.filter((s) => s !== plan.status).map((s) => (
            <>
              <Button variant="secondary" name="status" value={s}>
                {t(`plans:plan.setStatus.${s}`)}
              </Button>{' '}
            </>
          ))}
        </Form>
      )}
      <p>
        <a href={`/app/plans/${plan.id}/report.pdf`}>{t('plans:plan.pdf')}</a> ·{' '}
        <a href={`/app/plans/${plan.id}/report.xlsx`}>{t('plans:plan.xlsx')}</a>
      </p>

      {plan.roundId && (
        <section aria-labelledby="priorities-heading">
          <h2 id="priorities-heading">{t('plans:plan.priorities')}</h2>
          {priorities.length === 0 ? (
            <p>{t('plans:plan.noPriorities')}</p>
          ) : (
            <ol>
              {priorities.map((p) => (
                <li>
                  <Txt text={p.text} />{' '}
                  <span class="muted">
                    (<Txt text={p.sectionTitle} />,{' '}
                    {t('plans:plan.mean', { mean: formatMean(locale, p.mean ?? 0) })})
                  </span>
                  {props.canManage && (
                    <>
                      {' '}
                      <a
                        href={`/app/plans/actions/new?round=${p.roundId}&item=${encodeURIComponent(p.questionKey)}`}
                      >
                        {t('plans:plan.planAction')}
                        <span class="visually-hidden">: {p.questionKey}</span>
                      </a>
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{t('plans:plan.objectives')}</h2>
        {objectives.length === 0 && <p>{t('plans:plan.noObjectives')}</p>}
        {objectives.map((o, i) => (
          <section aria-labelledby={`objective-${o.id}`}>
            <h3 id={`objective-${o.id}`}>
              {i + 1}. <Txt text={o.title} />
            </h3>
            {o.actions.length === 0 ? (
              <p>{t('plans:plan.noActions')}</p>
            ) : (
              <ActionsTable
                id={String(i + 1)}
                actions={o.actions}
                view={props.view}
                today={props.today}
                canManage={props.canManage}
                userId={props.userId}
              />
            )}
          </section>
        ))}
        {props.canManage && (
          <Form action={`/app/plans/${plan.id}/objectives`}>
            <h3>{t('plans:plan.addObjective')}</h3>
            <ErrorSummary errors={props.objectiveErrors} />
            <MultilingualField
              name="title"
              label={t('plans:fields.objective')}
              value={{}}
              languages={TEXT_LANGUAGES}
              requireAny
              errors={props.objectiveErrors}
            />
            <Button variant="secondary">{t('plans:plan.addObjectiveButton')}</Button>
          </Form>
        )}
      </section>

      <Timeline view={props.view} today={props.today} />
    </>
  )
}
