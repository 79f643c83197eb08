import type { LocalizedText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import { Button, Form, Notice, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Course, CourseRole } from '../service/courses.ts'
import type { Enrolment } from '../service/enrolment.ts'
import type { Outline } from '../service/outline.ts'
import {
  CompetenceList,
  ContentLanguageSwitch,
  languagesOf,
  minutesLabel,
  Progress,
  Txt,
} from './parts.tsx'
import { type ImportReport, ImportReportNotice } from './transfer-pages.tsx'

export type CoursePageProps = {
  course: Course
  role: CourseRole
  outline: Outline
  enrolment: Enrolment | null
  done: Set<string>
  percent: number
  credentialCode: string | null
  /** The school's own competences among the course's tags, with their names. */
  ownCompetences?: { code: string; name: LocalizedText }[] | undefined
  ownerName: string
  /** Prerequisites the reader has not completed yet (joining waits for them). */
  missing?: { id: string; title: LocalizedText }[] | undefined
  readLang: string
  notice?: string | undefined
  error?: string | undefined
  /** What the import that made this course left out, shown once. */
  importReport?: ImportReport | undefined
}

/** `/app/learning/courses/:id`: the course, its outline with what is done, and the next step. */
export function CoursePage(props: CoursePageProps) {
  const { t, locale, actor } = useUi()
  const { course, outline, enrolment, done, readLang } = props
  const author = props.role === 'author'
  const allLessons = outline.modules.flatMap((m) => m.lessons)
  const next = allLessons.find((l) => !done.has(l.id)) ?? allLessons[0]
  const minutes = allLessons.reduce((a, l) => a + l.minutes, 0)
  const base = `/app/learning/courses/${course.id}`
  return (
    <>
      <PageHeader title={t('learning:course.heading')}>
        {author && (
          <>
            <a class="btn btn-secondary" href={`${base}/edit`}>
              {t('learning:course.edit')}
            </a>
            <a class="btn btn-secondary" href={`${base}/report`}>
              {t('learning:report.title')}
            </a>
            <a class="btn btn-secondary" href={`${base}/export.zip`} download>
              {t('course-transfer:export')}
            </a>
          </>
        )}
        {!author && can(actor, 'learning.reports') && (
          <a class="btn btn-secondary" href={`${base}/report`}>
            {t('learning:report.title')}
          </a>
        )}
        {can(actor, 'learning.enrolOthers') && course.status === 'published' && (
          <>
            <a class="btn btn-secondary" href={`${base}/enrol`}>
              {t('learning:enrol.others')}
            </a>
            <a class="btn btn-secondary" href={`${base}/cohorts`}>
              {t('learning:course.cohorts')}
            </a>
          </>
        )}
      </PageHeader>
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.importReport && <ImportReportNotice report={props.importReport} />}
      {props.error && (
        <div class="notice notice-warning" role="alert">
          {t(props.error)}
        </div>
      )}
      <h2 class="course-title">
        <Txt text={course.title} lang={readLang} />
      </h2>
      <p>
        <Txt text={course.summary} lang={readLang} />
      </p>
      <p class="muted">
        {props.ownerName} · {t('learning:catalogue.lessons', { count: allLessons.length })} ·{' '}
        {minutesLabel(t, minutes)} · {t(`learning:visibility.${course.visibility}`)}
        {course.status === 'draft' && (
          <>
            {' '}
            · <span class="badge badge-warn">{t('learning:courseStatus.draft')}</span>
          </>
        )}
      </p>
      <ContentLanguageSwitch
        href={(l) => `${base}?lang=${l}`}
        available={languagesOf(course.title)}
        current={readLang}
      />
      {enrolment ? (
        enrolment.status === 'completed' ? (
          <div class="notice notice-success" role="status">
            <p>{t('learning:course.completedOn')}</p>
            {props.credentialCode && (
              <p>
                <a class="btn btn-primary" href={`/${locale}/credentials/${props.credentialCode}`}>
                  {t('learning:course.certificate')}
                </a>
              </p>
            )}
          </div>
        ) : (
          <>
            <Progress percent={props.percent} label={t('learning:progress.label')} />
            {next && (
              <p>
                <a class="btn btn-primary" href={`/app/learning/lessons/${next.id}`}>
                  {t(props.percent === 0 ? 'learning:course.start' : 'learning:course.continue')}
                </a>
              </p>
            )}
          </>
        )
      ) : (
        course.status === 'published' &&
        (props.missing && props.missing.length > 0 ? (
          <section class="notice notice-info" aria-labelledby="prerequisites-heading">
            <h2 id="prerequisites-heading">{t('learning:course.prerequisites')}</h2>
            <p>{t('learning:course.prerequisitesText')}</p>
            <ul>
              {props.missing.map((p) => (
                <li>
                  <a href={`/app/learning/courses/${p.id}`}>
                    <Txt text={p.title} lang={locale} />
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          <Form action={`${base}/enrol`}>
            <Button>{t('learning:course.enrol')}</Button>
          </Form>
        ))
      )}
      {enrolment && course.competences.length > 0 && (
        <p class="notice notice-info">
          <a
            href={`/app/competences/rate?course=${course.id}&phase=${enrolment.status === 'completed' ? 'post' : 'pre'}`}
          >
            {t(
              enrolment.status === 'completed'
                ? 'competences:courseBox.post'
                : 'competences:courseBox.pre',
            )}
          </a>
        </p>
      )}
      <section aria-labelledby="outline-heading">
        <h2 id="outline-heading">{t('learning:course.outline')}</h2>
        {outline.modules.map((m, i) => (
          <section class="course-module" aria-labelledby={`module-${m.id}`}>
            <h3 id={`module-${m.id}`}>
              {t('learning:course.moduleNumber', { n: i + 1 })}:{' '}
              <Txt text={m.title} lang={readLang} />
            </h3>
            {m.lessons.length === 0 ? (
              <p class="muted">{t('learning:course.noLessons')}</p>
            ) : (
              <ol class="lesson-list">
                {m.lessons.map((l) => (
                  <li>
                    {enrolment || author ? (
                      <a href={`/app/learning/lessons/${l.id}`}>
                        <Txt text={l.title} lang={readLang} />
                      </a>
                    ) : (
                      <Txt text={l.title} lang={readLang} />
                    )}{' '}
                    <span class="muted">
                      ({t(`learning:kind.${l.kind}`)}, {minutesLabel(t, l.minutes)})
                    </span>{' '}
                    {done.has(l.id) && (
                      <span class="badge badge-ok">{t('learning:lesson.done')}</span>
                    )}
                    {author && (
                      <>
                        {' '}
                        <a href={`/app/learning/lessons/${l.id}/edit`}>
                          {t('learning:course.editLesson')}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            )}
            {author && (
              <p class="inline-actions">
                <a href={`${base}/lessons/new?module=${m.id}`}>{t('learning:course.addLesson')}</a>
                <a href={`/app/learning/modules/${m.id}/edit`}>{t('learning:course.editModule')}</a>
              </p>
            )}
          </section>
        ))}
        {author && (
          <p>
            <a class="btn btn-secondary" href={`${base}/modules/new`}>
              {t('learning:course.addModule')}
            </a>
          </p>
        )}
      </section>
      <CompetenceList codes={course.competences} own={props.ownCompetences} />
    </>
  )
}
