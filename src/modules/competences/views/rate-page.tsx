import type { FieldErrors } from '#src/lib/errors.ts'
import { hasText, type LocalizedText, presentLanguages } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import {
  type CompetenceInfo,
  competenceFrameworks,
  frameworkById,
  OWN_FRAMEWORK,
} from '../../competence-frameworks/index.ts'
import type { RatingTarget } from '../service/ratings.ts'
import { Attribution, CompetenceName, EnglishNote, Txt } from './parts.tsx'

/** "Rate yourself on: DigComp 2.2 · DigCompEdu · … · Our own competences", the current one marked. */
function FrameworkSwitch({ current }: { current: string | null }) {
  const { t } = useUi()
  const items = [
    ...competenceFrameworks().map((f) => ({ id: f.id, label: f.name, lang: 'en' })),
    { id: OWN_FRAMEWORK, label: t('competences:own.title'), lang: undefined },
  ]
  return (
    <nav class="content-langs" aria-label={t('competences:rate.frameworks')}>
      <span>{t('competences:rate.frameworks')}</span>{' '}
      <ul class="inline-list">
        {items.map((i) => (
          <li>
            <a
              href={`/app/competences/rate?phase=self&framework=${i.id}`}
              lang={i.lang}
              aria-current={i.id === current ? 'page' : undefined}
            >
              {i.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** Any language the text has, to ask whether it has one at all. */
function pick(text: LocalizedText): string {
  return presentLanguages(text)[0] ?? ''
}

function areaKey(c: CompetenceInfo) {
  return `${c.frameworkId}|${c.areaId}`
}

/** One competence: a radio group per level (and "not rated" when rating oneself). */
function RatingRow(props: {
  competence: CompetenceInfo
  index: number
  value: string
  optional: boolean
  error?: string | undefined
}) {
  const { t } = useUi()
  const { competence, index } = props
  const id = `f-ratings-${index}-level`
  return (
    <fieldset class={props.error ? 'field rating has-error' : 'field rating'} id={id}>
      <legend>
        <CompetenceName competence={competence} />
        {!props.optional && <span class="req"> ({t('common:form.required')})</span>}
      </legend>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {t(props.error)}
        </p>
      )}
      {competence.frameworkId === OWN_FRAMEWORK &&
        hasText(competence.description, pick(competence.description)) && (
          <p class="hint">
            <Txt text={competence.description} />
          </p>
        )}
      <input type="hidden" name={`ratings.${index}.code`} value={competence.code} />
      <div class="rating-options">
        {props.optional && (
          <label class="check">
            <input
              type="radio"
              name={`ratings.${index}.level`}
              value=""
              checked={props.value === ''}
            />{' '}
            {t('competences:rate.notRated')}
          </label>
        )}
        {competence.scale.levels.map((l) => (
          <label class="check">
            <input
              type="radio"
              name={`ratings.${index}.level`}
              value={l.id}
              checked={props.value === l.id}
              aria-describedby={props.error ? `${id}-error` : undefined}
            />{' '}
            {t(`competences:level.${competence.scale.id}.${l.id}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** `/app/competences/rate`: before or after a course, or on one's own. */
export function RatePage({
  target,
  values,
  errors,
}: {
  target: RatingTarget
  /** Level ids by competence code: what was typed, or what was saved before. */
  values: Map<string, string>
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const optional = target.phase === 'self'
  const frameworks = [...new Set(target.competences.map((c) => c.frameworkId))]
  let lastArea = ''
  return (
    <>
      <PageHeader title={t(`competences:rate.${target.phase}Title`)} />
      {target.course && (
        <p class="course-title">
          <a href={`/app/learning/courses/${target.course.id}`}>
            <Txt text={target.course.title} />
          </a>
        </p>
      )}
      <p>{t(`competences:rate.${target.phase}Intro`)}</p>
      <p class="hint">{t('competences:rate.privacy')}</p>
      {optional && <FrameworkSwitch current={target.frameworkId} />}
      {frameworks.some((f) => f !== OWN_FRAMEWORK) && <EnglishNote />}
      <ErrorSummary errors={errors} />
      {target.competences.length === 0 ? (
        <p class="muted">{t('competences:own.empty')}</p>
      ) : (
        <Form action="/app/competences/rate">
          <input type="hidden" name="phase" value={target.phase} />
          {target.course && <input type="hidden" name="courseId" value={target.course.id} />}
          {target.frameworkId && (
            <input type="hidden" name="framework" value={target.frameworkId} />
          )}
          <div id="f-ratings" class={errors?.ratings ? 'has-error' : undefined}>
            {errors?.ratings && <p class="error">{t(errors.ratings)}</p>}
            {target.competences.map((c, i) => {
              const key = areaKey(c)
              const heading = key !== lastArea && c.areaId !== ''
              lastArea = key
              return (
                <>
                  {heading && (
                    <h2 class="rating-area" lang="en">
                      {frameworkById(c.frameworkId)?.name} · {c.areaId}. {c.areaName.en}
                    </h2>
                  )}
                  <RatingRow
                    competence={c}
                    index={i}
                    value={values.get(c.code) ?? ''}
                    optional={optional}
                    error={errors?.[`ratings.${i}.level`] ?? errors?.[`ratings.${i}.code`]}
                  />
                </>
              )
            })}
          </div>
          <div class="form-actions">
            <Button>{t('competences:rate.save')}</Button>
            <a
              href={
                target.course ? `/app/learning/courses/${target.course.id}` : '/app/competences/me'
              }
            >
              {t('common:form.cancel')}
            </a>
          </div>
        </Form>
      )}
      {frameworks.map((f) => (
        <Attribution frameworkId={f} />
      ))}
    </>
  )
}
