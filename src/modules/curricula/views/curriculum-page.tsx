import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { competenceByCode } from '../../learning/index.ts'
import { pathPercent } from '../progress.ts'
import type { Role } from '../service/access.ts'
import type { Curriculum, PathEntry } from '../service/curricula.ts'
import type { FollowerView } from '../service/following.ts'
import { LearningTabs, Meter, SharingLabel, Txt } from './parts.tsx'

export type CurriculumPageProps = {
  curriculum: Curriculum
  role: Role
  path: PathEntry[]
  view: FollowerView | null
  ownerName: string
  counts: { followers: number; completed: number } | null
  notice?: string | undefined
  error?: string | undefined
}

/** "Complete all 3 required courses. Also complete 1 of the 2 optional ones." */
export function RuleText({
  path,
  optionalToComplete,
}: {
  path: PathEntry[]
  optionalToComplete: number
}) {
  const { t } = useUi()
  const required = path.filter((p) => p.required).length
  const optional = path.length - required
  const needed = Math.min(optionalToComplete, optional)
  return (
    <p class="path-rule">
      {required > 0 && t('curricula:rule.required', { count: required })}{' '}
      {optional > 0 &&
        (needed === 0
          ? t('curricula:rule.optionalFree', { count: optional })
          : needed === optional
            ? t('curricula:rule.optionalAll', { count: optional })
            : t('curricula:rule.optional', { count: needed, total: optional }))}
    </p>
  )
}

function StateBadge({ entry, view }: { entry: PathEntry; view: FollowerView }) {
  const { t } = useUi()
  const state = view.states.get(entry.courseId)
  if (state?.status === 'completed') {
    return <span class="badge badge-ok">{t('curricula:state.done')}</span>
  }
  if (state?.status === 'active' && state.percent > 0) {
    return (
      <span class="badge badge-warn">
        {t('curricula:state.inProgress', { percent: state.percent })}
      </span>
    )
  }
  if (state?.status === 'active') return <span class="badge">{t('curricula:state.enrolled')}</span>
  return <span class="badge">{t('curricula:state.notStarted')}</span>
}

function Competences({ path }: { path: PathEntry[] }) {
  const { t } = useUi()
  const codes = [...new Set(path.flatMap((p) => p.course?.competences ?? []))]
  const found = codes.flatMap((code) => {
    const c = competenceByCode(code)
    return c ? [c] : []
  })
  if (found.length === 0) return null
  return (
    <section aria-labelledby="competences-heading">
      <h2 id="competences-heading">{t('curricula:page.competences')}</h2>
      <ul>
        {found.map((c) => (
          <li>
            <span lang="en">
              {c.framework.name} {c.id} — {c.name}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function FollowerBox({ curriculum, path, view }: CurriculumPageProps & { view: FollowerView }) {
  const { t, locale } = useUi()
  const { progress, credential } = view
  if (view.follower.completedAt) {
    return (
      <div class="notice notice-success" role="status">
        <p>{t('curricula:page.completed')}</p>
        {credential && (
          <p class="inline-actions">
            <a class="btn btn-primary" href={`/${locale}/credentials/${credential.code}`}>
              {t('curricula:page.certificate')}
            </a>
            <a href={`/${locale}/credentials/${credential.code}/certificate.pdf`}>
              {t('curricula:page.certificatePdf')}
            </a>
          </p>
        )}
      </div>
    )
  }
  const next = path.find((p) => p.courseId === progress.nextCourseId)
  return (
    <section class="path-next" aria-labelledby="next-heading">
      <h2 id="next-heading">{t('curricula:page.yourProgress')}</h2>
      <Meter percent={pathPercent(progress)} label={t('curricula:progress.label')} />
      <p>{t('curricula:page.remaining', { count: progress.remaining })}</p>
      {next?.course && (
        <p>
          {t('curricula:page.nextStep')}{' '}
          <a class="btn btn-primary" href={`/app/learning/courses/${next.courseId}`}>
            <Txt text={next.course.title} />
          </a>
        </p>
      )}
      {curriculum.status !== 'published' && (
        <p class="muted">{t('curricula:page.draftFollowed')}</p>
      )}
    </section>
  )
}

/** `/app/learning/curricula/:id`: the path, its rule, where I stand, and the next step. */
export function CurriculumPage(props: CurriculumPageProps) {
  const { t } = useUi()
  const { curriculum, path, view } = props
  const base = `/app/learning/curricula/${curriculum.id}`
  const required = path.filter((p) => p.required).length
  return (
    <>
      <PageHeader title={t('curricula:page.heading')}>
        {props.role === 'author' && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('curricula:page.edit')}
          </a>
        )}
      </PageHeader>
      <LearningTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.error && (
        <div class="notice notice-warning" role="alert">
          {t(props.error)}
        </div>
      )}
      <h2 class="course-title">
        <Txt text={curriculum.title} />
      </h2>
      <p>
        <Txt text={curriculum.summary} />
      </p>
      <p class="muted">
        {props.ownerName} · {t('curricula:list.courses', { count: path.length })} ·{' '}
        <SharingLabel visibility={curriculum.visibility} />
        {curriculum.status === 'draft' && (
          <>
            {' '}
            · <span class="badge badge-warn">{t('curricula:status.draft')}</span>
          </>
        )}
      </p>
      <RuleText path={path} optionalToComplete={curriculum.optionalToComplete} />
      {view ? (
        <FollowerBox {...props} view={view} />
      ) : (
        curriculum.status === 'published' && (
          <Form action={`${base}/follow`}>
            <p class="hint" id="follow-hint">
              {t('curricula:page.followHint', { count: required })}
            </p>
            <Button>{t('curricula:page.follow')}</Button>
          </Form>
        )
      )}
      <section aria-labelledby="path-heading">
        <h2 id="path-heading">{t('curricula:page.courses')}</h2>
        {path.length === 0 ? (
          <p class="muted">{t('curricula:page.noCourses')}</p>
        ) : (
          <ol class="path-steps">
            {path.map((entry) => (
              <li>
                {entry.course?.readable ? (
                  <a href={`/app/learning/courses/${entry.courseId}`}>
                    <Txt text={entry.course.title} />
                  </a>
                ) : entry.course ? (
                  <>
                    <Txt text={entry.course.title} />{' '}
                    <span class="muted">({t('curricula:page.notAvailable')})</span>
                  </>
                ) : (
                  <span class="muted">{t('curricula:page.notAvailable')}</span>
                )}{' '}
                <span class="badge">
                  {t(entry.required ? 'curricula:path.required' : 'curricula:path.optional')}
                </span>{' '}
                {view && <StateBadge entry={entry} view={view} />}
                {entry.course && (
                  <span class="muted">
                    {' '}
                    {t('curricula:path.lessons', { count: entry.course.lessonCount })} ·{' '}
                    {t('curricula:path.minutes', { count: entry.course.minutes })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <Competences path={path} />
      {props.counts && (
        <p class="muted">
          {t('curricula:page.followers', { count: props.counts.followers })}{' '}
          {t('curricula:page.completions', { count: props.counts.completed })}
        </p>
      )}
    </>
  )
}
