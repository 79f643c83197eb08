import type { FieldErrors } from '#src/lib/errors.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { TaskChoice } from '../../projects/index.ts'
import type { ActionFormValues } from '../inputs.ts'
import { ACTION_STATUSES } from '../schema.ts'
import type { LowItem } from '../service/from-item.ts'
import { formatMean, Txt } from './parts.tsx'

export type ActionFormChoices = {
  plans: { id: string; title: string; objectives: { id: string; title: LocalizedText }[] }[]
  owners: { id: string; name: string }[]
  courses: { id: string; title: LocalizedText }[]
  tasks: TaskChoice[]
}

/** A new action, maybe from a low checklist item: which plan and objective, who, by when, how measured. */
export function ActionFormPage(props: {
  values: ActionFormValues
  choices: ActionFormChoices
  item: LowItem | null
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const objectives = props.choices.plans.flatMap((p) =>
    p.objectives.map((o) => ({
      value: o.id,
      label: `${p.title} — ${pickText(o.title, locale).value}`,
    })),
  )
  return (
    <>
      <PageHeader title={t('plans:action.newTitle')} />
      {props.item && (
        <div class="notice notice-info">
          <p>
            {t('plans:action.fromItem', { round: props.item.roundTitle })}{' '}
            <Txt text={props.item.text} /> (<Txt text={props.item.sectionTitle} />)
          </p>
          {props.item.mean !== null && (
            <p>{t('plans:plan.mean', { mean: formatMean(locale, props.item.mean) })}</p>
          )}
        </div>
      )}
      <ErrorSummary errors={props.errors} />
      {objectives.length === 0 ? (
        <p>
          {t('plans:action.noObjectives')} <a href="/app/plans">{t('plans:plan.back')}</a>
        </p>
      ) : (
        <Form action="/app/plans/actions/new">
          <input type="hidden" name="roundId" value={v.roundId} />
          <input type="hidden" name="questionKey" value={v.questionKey} />
          <SelectField
            name="objectiveId"
            label={t('plans:action.whichObjective')}
            value={v.objectiveId}
            placeholder={t('plans:action.choose')}
            options={objectives}
            error={e.objectiveId}
            required
          />
          <Field
            name="title"
            label={t('plans:fields.action')}
            value={v.title}
            error={e.title}
            required
          />
          <SelectField
            name="ownerId"
            label={t('plans:fields.owner')}
            value={v.ownerId}
            options={[
              { value: '', label: t('plans:action.noOwnerYet') },
              ...props.choices.owners.map((o) => ({ value: o.id, label: o.name })),
            ]}
            error={e.ownerId}
          />
          <Field
            name="deadline"
            type="date"
            label={t('plans:fields.deadline')}
            value={v.deadline}
            error={e.deadline}
            required
          />
          <TextAreaField
            name="resources"
            label={t('plans:fields.resources')}
            value={v.resources}
            error={e.resources}
            rows={2}
          />
          <Field
            name="costEur"
            label={t('plans:fields.costEur')}
            hint={t('plans:action.costHint')}
            inputmode="decimal"
            value={v.costEur}
            error={e.costEur}
          />
          <Field
            name="indicator"
            label={t('plans:fields.indicator')}
            hint={t('plans:action.indicatorHint')}
            value={v.indicator}
            error={e.indicator}
          />
          <Field name="target" label={t('plans:fields.target')} value={v.target} error={e.target} />
          <Field
            name="evidence"
            label={t('plans:fields.evidence')}
            hint={t('plans:action.evidenceHint')}
            value={v.evidence}
            error={e.evidence}
          />
          <SelectField
            name="status"
            label={t('plans:fields.status')}
            value={v.status}
            options={ACTION_STATUSES.map((s) => ({
              value: s,
              label: t(`plans:actionStatus.${s}`),
            }))}
            error={e.status}
          />
          <TextAreaField
            name="progressNote"
            label={t('plans:fields.progressNote')}
            value={v.progressNote}
            error={e.progressNote}
            rows={3}
          />
          <SelectField
            name="courseId"
            label={t('plans:fields.course')}
            hint={t('plans:action.courseHint')}
            value={v.courseId}
            options={[
              { value: '', label: t('plans:action.noCourse') },
              ...props.choices.courses.map((c) => ({
                value: c.id,
                label: pickText(c.title, locale).value,
              })),
            ]}
            error={e.courseId}
          />
          {props.choices.tasks.length > 0 && (
            <SelectField
              name="taskId"
              label={t('plans:fields.task')}
              hint={t('plans:action.taskHint')}
              value={v.taskId}
              options={[
                { value: '', label: t('plans:action.noTask') },
                ...props.choices.tasks.map((task) => ({
                  value: task.id,
                  label: `${task.acronym}: ${task.title}`,
                })),
              ]}
              error={e.taskId}
            />
          )}
          <p class="hint">{t('plans:action.flagsHint')}</p>
          <Button>{t('plans:action.save')}</Button>{' '}
          <a href="/app/plans">{t('plans:form.cancel')}</a>
        </Form>
      )}
    </>
  )
}

/** Status and progress note of one action. */
export function ProgressFormPage(props: {
  id: string
  planId: string
  title: string
  values: { status: string; progressNote: string }
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const e = props.errors ?? {}
  return (
    <>
      <PageHeader title={t('plans:progress.title', { title: props.title })} />
      <ErrorSummary errors={props.errors} />
      <Form action={`/app/plans/actions/${props.id}/progress`}>
        <SelectField
          name="status"
          label={t('plans:fields.status')}
          value={props.values.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plans:actionStatus.${s}`) }))}
          error={e.status}
          required
        />
        <TextAreaField
          name="progressNote"
          label={t('plans:fields.progressNote')}
          value={props.values.progressNote}
          error={e.progressNote}
          rows={4}
        />
        <Button>{t('plans:action.save')}</Button>{' '}
        <a href={`/app/plans/${props.planId}`}>{t('plans:form.cancel')}</a>
      </Form>
    </>
  )
}
