import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { MultilingualField, readLocalizedText } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { DOCUMENT_KINDS } from '../schema.ts'
import type { CallDetails } from '../service/calls.ts'
import { str, TextOf } from './parts.tsx'

type SetupProps = {
  call: CallDetails
  languages: readonly string[]
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

function Back({ call }: { call: CallDetails }) {
  const { t } = useUi()
  return (
    <p>
      <a href={`/app/calls/${call.id}`}>{t('calls:setup.back')}</a>
    </p>
  )
}

function Check({
  name,
  label,
  checked,
  hint,
}: {
  name: string
  label: string
  checked: boolean
  hint?: string
}) {
  return (
    <div class="field">
      <label class="check">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-describedby={hint ? `f-${name}-hint` : undefined}
        />{' '}
        {label}
      </label>
      {hint && (
        <p class="hint" id={`f-${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  )
}

/** A draft call's weighted criteria: list, remove, add. */
export function CriteriaPage({ call, languages, values = {}, errors, notice }: SetupProps) {
  const { t } = useUi()
  const isDraft = call.status === 'draft'
  const totalWeight = call.criteria.reduce((sum, c) => sum + c.weight, 0)
  return (
    <>
      <PageHeader title={t('calls:criteria.title')} />
      <Back call={call} />
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t('calls:criteria.intro')}</p>
      {call.criteria.length === 0 ? (
        <p>{t('calls:criteria.none')}</p>
      ) : (
        <TableWrap labelledBy="criteria-caption">
          <table>
            <caption id="criteria-caption">
              {t('calls:criteria.caption', { total: totalWeight })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('calls:criteria.name')}</th>
                <th scope="col">{t('calls:criteria.weight')}</th>
                <th scope="col">{t('calls:criteria.maxScore')}</th>
                <th scope="col">{t('calls:criteria.fewerOpportunities')}</th>
                {isDraft && <th scope="col">{t('calls:setup.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {call.criteria.map((c) => (
                <tr>
                  <td>
                    <TextOf value={c.name} />
                  </td>
                  <td>{c.weight}</td>
                  <td>{c.maxScore}</td>
                  <td>{c.isFewerOpportunities ? t('calls:setup.yes') : t('calls:setup.no')}</td>
                  {isDraft && (
                    <td>
                      <Form action={`/app/calls/${call.id}/criteria/${c.id}/delete`} class="inline">
                        <Button variant="secondary">{t('calls:setup.remove')}</Button>
                      </Form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {isDraft ? (
        <section aria-labelledby="add-h">
          <h2 id="add-h">{t('calls:criteria.add')}</h2>
          <ErrorSummary errors={errors} />
          <Form action={`/app/calls/${call.id}/criteria`}>
            <MultilingualField
              name="name"
              label={t('calls:criteria.name')}
              value={readLocalizedText(values, 'name')}
              languages={languages}
              requireAny
              errors={errors}
              maxlength={200}
            />
            <Field
              name="weight"
              type="number"
              inputmode="numeric"
              label={t('calls:criteria.weight')}
              hint={t('calls:criteria.weightHint')}
              value={str(values.weight)}
              error={errors?.weight}
              required
            />
            <Field
              name="maxScore"
              type="number"
              inputmode="numeric"
              label={t('calls:criteria.maxScore')}
              hint={t('calls:criteria.maxScoreHint')}
              value={str(values.maxScore) || '10'}
              error={errors?.maxScore}
              required
            />
            <Check
              name="isFewerOpportunities"
              label={t('calls:criteria.fewerOpportunities')}
              hint={t('calls:criteria.fewerOpportunitiesHint')}
              checked={str(values.isFewerOpportunities) === 'on'}
            />
            <Button>{t('calls:criteria.addSubmit')}</Button>
          </Form>
        </section>
      ) : (
        <p>{t('calls:errors.criteriaFixed')}</p>
      )}
    </>
  )
}

/** A draft call's required documents: list, remove, add. */
export function DocumentsPage({ call, languages, values = {}, errors, notice }: SetupProps) {
  const { t } = useUi()
  const isDraft = call.status === 'draft'
  return (
    <>
      <PageHeader title={t('calls:documents.title')} />
      <Back call={call} />
      {notice && <Notice>{t(notice)}</Notice>}
      {call.documents.length === 0 ? (
        <p>{t('calls:documents.none')}</p>
      ) : (
        <ul class="action-list">
          {call.documents.map((d) => (
            <li>
              {Object.keys(d.label).length > 0 ? (
                <TextOf value={d.label} />
              ) : (
                t(`calls:kind.${d.kind}`)
              )}{' '}
              <span class="muted">
                ({t(`calls:kind.${d.kind}`)},{' '}
                {d.required ? t('calls:documents.requiredYes') : t('calls:documents.optional')}
                {d.minorsOnly && <>, {t('calls:documents.minorsOnly')}</>})
              </span>{' '}
              {isDraft && (
                <Form action={`/app/calls/${call.id}/documents/${d.id}/delete`} class="inline">
                  <Button variant="secondary">{t('calls:setup.remove')}</Button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      {isDraft ? (
        <section aria-labelledby="add-h">
          <h2 id="add-h">{t('calls:documents.add')}</h2>
          <ErrorSummary errors={errors} />
          <Form action={`/app/calls/${call.id}/documents`}>
            <SelectField
              name="kind"
              label={t('calls:documents.kind')}
              value={str(values.kind)}
              error={errors?.kind}
              required
              options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`calls:kind.${k}`) }))}
            />
            <MultilingualField
              name="label"
              label={t('calls:documents.label')}
              hint={t('calls:documents.labelHint')}
              value={readLocalizedText(values, 'label')}
              languages={languages}
              errors={errors}
              maxlength={200}
            />
            <Check
              name="required"
              label={t('calls:documents.required')}
              checked={Object.keys(values).length === 0 || str(values.required) === 'on'}
            />
            <Check
              name="minorsOnly"
              label={t('calls:documents.minorsOnlyLabel')}
              checked={str(values.minorsOnly) === 'on'}
            />
            <Button>{t('calls:documents.addSubmit')}</Button>
          </Form>
        </section>
      ) : (
        <p>{t('calls:errors.criteriaFixed')}</p>
      )}
    </>
  )
}

type PanelProps = {
  call: CallDetails
  members: { userId: string; displayName: string; role: string; scored: number }[]
  candidates: { userId: string; displayName: string; role: string }[]
  errors?: FieldErrors | undefined
  error?: string | undefined
  notice?: string | undefined
}

/** The selection panel: staff of the organisation who score the applications. */
export function PanelPage({ call, members, candidates, errors, error, notice }: PanelProps) {
  const { t } = useUi()
  return (
    <>
      <PageHeader title={t('calls:panel.title')} />
      <Back call={call} />
      {notice && <Notice>{t(notice)}</Notice>}
      {error && (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{t(error)}</p>
        </div>
      )}
      <p>{t('calls:panel.intro')}</p>
      {members.length === 0 ? (
        <p>{t('calls:panel.none')}</p>
      ) : (
        <ul class="action-list">
          {members.map((m) => (
            <li>
              {m.displayName}{' '}
              <span class="muted">
                ({t(`common:roles.${m.role}`)}, {t('calls:panel.scored', { count: m.scored })})
              </span>{' '}
              {m.scored === 0 && (
                <Form action={`/app/calls/${call.id}/panel/${m.userId}/delete`} class="inline">
                  <button
                    type="submit"
                    class="btn btn-secondary"
                    aria-label={t('calls:panel.removeNamed', { name: m.displayName })}
                  >
                    {t('calls:setup.remove')}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="add-h">
        <h2 id="add-h">{t('calls:panel.add')}</h2>
        <ErrorSummary errors={errors} />
        {candidates.length === 0 ? (
          <p>{t('calls:panel.noCandidates')}</p>
        ) : (
          <Form action={`/app/calls/${call.id}/panel`}>
            <SelectField
              name="userId"
              label={t('calls:panel.person')}
              placeholder={t('calls:panel.choose')}
              error={errors?.userId}
              required
              options={candidates.map((c) => ({
                value: c.userId,
                label: `${c.displayName} (${t(`common:roles.${c.role}`)})`,
              }))}
            />
            <Button>{t('calls:panel.addSubmit')}</Button>
          </Form>
        )}
      </section>
    </>
  )
}
