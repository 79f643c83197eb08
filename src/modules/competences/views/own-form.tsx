import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, PageHeader } from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { OWN_LANGUAGES } from '../../competence-frameworks/index.ts'

export type OwnFormValues = { name: LocalizedText; description: LocalizedText }

/** `/app/competences/own/new` and `…/:id/edit`: a competence of the school's own list. */
export function OwnCompetenceFormPage(props: {
  action: string
  values: OwnFormValues
  isNew: boolean
  code?: string | undefined
  errors?: FieldErrors | undefined
}) {
  const { t } = useUi()
  const { values, errors } = props
  return (
    <>
      <PageHeader title={t(props.isNew ? 'competences:own.new' : 'competences:own.editTitle')} />
      <ErrorSummary errors={errors} />
      <Form action={props.action}>
        <p class="hint">{t('competences:own.formIntro')}</p>
        {props.code && (
          <p>
            {t('competences:fields.code')}: <code>{props.code}</code>
          </p>
        )}
        <MultilingualField
          name="name"
          label={t('competences:fields.name')}
          value={values.name}
          languages={OWN_LANGUAGES}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="description"
          label={t('competences:fields.description')}
          hint={t('competences:fields.descriptionHint')}
          value={values.description}
          languages={OWN_LANGUAGES}
          errors={errors}
          multiline
          maxlength={1000}
        />
        <div class="form-actions">
          <Button>{t('competences:own.save')}</Button>
          <a href="/app/competences">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}
