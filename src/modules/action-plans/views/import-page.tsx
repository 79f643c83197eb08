import { Button, Form, PageHeader } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { RowError } from '../service/import.ts'

/** Upload a CSV or XLSX of actions; a bad row lists every problem and nothing is saved. */
export function ImportPage(props: {
  planId: string
  title: string
  errors?: RowError[] | undefined
}) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('plans:import.title', { title: props.title })} />
      {props.errors && props.errors.length > 0 && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <h2>{t('plans:import.errorTitle', { count: props.errors.length })}</h2>
          <ul>
            {props.errors.map((e) => (
              <li>
                <a href="#f-file">{t(e.key, e.params)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t('plans:import.intro')}</p>
      <p class="hint">{t('plans:import.columns')}</p>
      <Form action={`/app/plans/${props.planId}/import`} enctype="multipart/form-data">
        <div class="field">
          <label for="f-file">{t('plans:import.file')}</label>
          <input id="f-file" name="file" type="file" accept=".csv,.xlsx" required />
        </div>
        <Button>{t('plans:import.submit')}</Button>{' '}
        <a href={`/app/plans/${props.planId}`}>{t('plans:form.cancel')}</a>
      </Form>
    </>
  )
}
