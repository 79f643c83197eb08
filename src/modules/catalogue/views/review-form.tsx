import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Button,
  ErrorSummary,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { EntryTitle } from './parts.tsx'

/** `/app/catalogue/courses/:id/review`: a rating and a text, or why the person may not review. */
export function ReviewFormPage(props: {
  id: string
  title: LocalizedText
  refusal: string | null
  values: { rating: string; text: string }
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const back = `/${locale}/catalogue/courses/${props.id}`
  return (
    <>
      <PageHeader title={t('catalogue:review.title')} />
      <p>
        <EntryTitle title={props.title} />
      </p>
      {props.refusal ? (
        <Notice kind="warning">{t(props.refusal)}</Notice>
      ) : (
        <>
          <ErrorSummary errors={props.errors} />
          <Form action={`/app/catalogue/courses/${props.id}/review`}>
            <SelectField
              name="rating"
              label={t('catalogue:review.rating')}
              value={props.values.rating}
              placeholder={t('catalogue:review.chooseRating')}
              options={[5, 4, 3, 2, 1].map((n) => ({
                value: String(n),
                label: t('catalogue:review.ratingOption', { count: n }),
              }))}
              error={props.errors?.rating}
              required
            />
            <TextAreaField
              name="text"
              label={t('catalogue:review.text')}
              value={props.values.text}
              error={props.errors?.text}
              rows={5}
              maxlength={2000}
            />
            <Button>{t('catalogue:review.send')}</Button>
          </Form>
        </>
      )}
      <p>
        <a href={back}>{t('catalogue:public.back')}</a>
      </p>
    </>
  )
}
