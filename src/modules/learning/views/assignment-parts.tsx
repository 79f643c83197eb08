import { raw } from 'hono/html'
import { pickText } from '#src/lib/localized-text.ts'
import { DateTime } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { rubricMaxScore } from '../grading.ts'
import type { SubmissionStatus } from '../schema.ts'
import type { Rubric, Submission } from '../service/assignments.ts'
import { Txt } from './parts.tsx'

const STATUS_BADGE: Record<SubmissionStatus, string> = {
  submitted: 'badge badge-warn',
  needs_revision: 'badge badge-bad',
  accepted: 'badge badge-ok',
}

/** A submission's status as a badge with its name in words (not colour alone). */
export function StatusBadge({ status }: { status: SubmissionStatus }) {
  const { t } = useUi()
  return <span class={STATUS_BADGE[status]}>{t(`learning:submissionStatus.${status}`)}</span>
}

/** What it takes to be accepted, in the rubric's unit. */
export function ThresholdNote({ rubric }: { rubric: Rubric }) {
  const { t } = useUi()
  const max = rubricMaxScore(rubric.criteria)
  return (
    <p>
      {rubric.passUnit === 'points'
        ? t('learning:rubric.thresholdPoints', { points: rubric.passThreshold, max })
        : t('learning:rubric.thresholdPercent', { percent: rubric.passThreshold, max })}
    </p>
  )
}

/** The rubric as learners and teachers read it: each criterion, what it asks, its levels. */
export function RubricView({ rubric, lang }: { rubric: Rubric; lang: string }) {
  const { t } = useUi()
  return (
    <div class="rubric">
      {rubric.criteria.map((c) => {
        const description = pickText(c.description, lang)
        return (
          <section class="rubric-criterion" aria-labelledby={`criterion-${c.key}`}>
            <h3 id={`criterion-${c.key}`}>
              <Txt text={c.name} lang={lang} />
            </h3>
            {description.value && <p lang={description.lang}>{description.value}</p>}
            <ul class="rubric-levels">
              {c.levels.map((l) => (
                <li>
                  <Txt text={l.label} lang={lang} />{' '}
                  <span class="muted">({t('learning:rubric.points', { count: l.points })})</span>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      <ThresholdNote rubric={rubric} />
    </div>
  )
}

/** The learner's text (sanitised HTML) and the link to the file handed in with it. */
export function SubmissionBody({ submission }: { submission: Submission }) {
  const { t } = useUi()
  return (
    <>
      <div class="lesson-body submission-body">{raw(submission.bodyHtml)}</div>
      {submission.fileKey && (
        <p>
          <a href={`/app/learning/submissions/${submission.id}/file`} download>
            {t('learning:submission.download', { name: submission.fileName ?? '' })}
          </a>{' '}
          <span class="muted">({formatSize(submission.fileSize ?? 0)})</span>
        </p>
      )}
    </>
  )
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/**
 * A given grade: the level chosen for every criterion with its points, the score, and the
 * teacher's comment in the language it was written in. Texts come from the grade itself, as
 * the rubric stood when it was given.
 */
export function GradeView({
  submission,
  lang,
  graderName,
}: {
  submission: Submission
  lang: string
  graderName?: string | undefined
}) {
  const { t, timeZone } = useUi()
  if (!submission.gradedAt) return null
  const caption = `grade-caption-${submission.id}`
  return (
    <div class="grade">
      <p>
        <strong>
          {t('learning:grade.score', {
            score: submission.score ?? 0,
            max: submission.maxScore ?? 0,
          })}
        </strong>{' '}
        <StatusBadge status={submission.status} />
      </p>
      <TableWrap labelledBy={caption}>
        <table>
          <caption id={caption}>{t('learning:grade.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('learning:grade.criterion')}</th>
              <th scope="col">{t('learning:grade.level')}</th>
              <th scope="col">{t('learning:grade.points')}</th>
            </tr>
          </thead>
          <tbody>
            {submission.grades.map((g) => (
              <tr>
                <th scope="row">
                  <Txt text={g.name} lang={lang} />
                </th>
                <td>
                  <Txt text={g.label} lang={lang} />
                </td>
                <td class="amount">
                  {t('learning:grade.pointsOf', { points: g.points, max: g.maxPoints })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {submission.comment && (
        <figure class="grade-comment">
          <figcaption>{t('learning:grade.comment')}</figcaption>
          <blockquote class="pre-line" lang={submission.commentLang ?? undefined}>
            {submission.comment}
          </blockquote>
        </figure>
      )}
      <p class="muted">
        {graderName ? `${t('learning:grade.by', { name: graderName })} · ` : ''}
        <DateTime value={submission.gradedAt} timeZone={timeZone} />
      </p>
    </div>
  )
}
