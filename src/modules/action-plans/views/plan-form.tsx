import type { FieldErrors } from '#src/lib/errors.ts'
import { Button, ErrorSummary, Field, Form, PageHeader, SelectField } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { PlanFormValues } from '../inputs.ts'

export const EMPTY_PLAN: PlanFormValues = { title: '', startsOn: '', endsOn: '', roundId: '' }

/** A new plan: title, period and the round it answers. */
export function PlanFormPage(props: {
  values: PlanFormValues
  rounds: { id: string; title: string }[]
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const e = props.errors ?? {}
  return (
    <>
      <PageHeader title={t('plans:form.newTitle')} />
      <ErrorSummary errors={props.errors} />
      <Form action="/app/plans/new">
        <Field
          name="title"
          label={t('plans:fields.title')}
          value={props.values.title}
          error={e.title}
          required
        />
        <Field
          name="startsOn"
          type="date"
          label={t('plans:fields.startsOn')}
          value={props.values.startsOn}
          error={e.startsOn}
          required
        />
        <Field
          name="endsOn"
          type="date"
          label={t('plans:fields.endsOn')}
          value={props.values.endsOn}
          error={e.endsOn}
          required
        />
        <SelectField
          name="roundId"
          label={t('plans:fields.round')}
          hint={t('plans:form.roundHint')}
          value={props.values.roundId}
          options={[
            { value: '', label: t('plans:form.noRound') },
            ...props.rounds.map((r) => ({ value: r.id, label: r.title })),
          ]}
          error={e.roundId}
        />
        <Button>{t('plans:form.create')}</Button> <a href="/app/plans">{t('plans:form.cancel')}</a>
      </Form>
    </>
  )
}
