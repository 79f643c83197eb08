import type { FieldErrors } from '#src/lib/errors.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
} from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { formatAmount, fromNumeric, money } from '../money.ts'
import type { BudgetLine } from '../plan.ts'
import type { BudgetProject, ConsortiumMember, ProjectWorkPackage } from '../project.ts'
import { COST_CATEGORIES } from '../schema.ts'
import { Amount, OrgName, ProjectCrumbs } from './shared.tsx'

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export type PlanPageProps = {
  project: BudgetProject
  partners: ConsortiumMember[]
  workPackages: ProjectWorkPackage[]
  lines: BudgetLine[]
  values?: FormValues
  errors?: FieldErrors | undefined
  notice?: string | undefined
}

/** The coordinator's planned budget: every line, and a form to set one. */
export function PlanPage(props: PlanPageProps) {
  const { t, locale } = useUi()
  const { project, values = {}, errors } = props
  const base = `/app/projects/${project.id}/budget`
  const partner = new Map(props.partners.map((p) => [p.organisationId, p]))
  const wp = new Map(props.workPackages.map((w) => [w.id, w]))
  const wpLabel = (w: ProjectWorkPackage) =>
    `${w.code} – ${pickText(w.title, locale, ['en']).value}`
  return (
    <>
      <ProjectCrumbs project={project}>
        <li>
          <a href={base}>{t('budgets:page.crumb')}</a>
        </li>
        <li aria-current="page">{t('budgets:plan.crumb')}</li>
      </ProjectCrumbs>
      <PageHeader title={t('budgets:plan.title', { project: project.acronym })} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p class="lead">{t('budgets:plan.intro', { currency: project.currency })}</p>

      <section aria-labelledby="set-line" class="narrow">
        <h2 id="set-line">{t('budgets:plan.formTitle')}</h2>
        <ErrorSummary errors={errors} />
        <Form action={`${base}/plan`}>
          <SelectField
            name="organisationId"
            label={t('budgets:table.partner')}
            value={str(values.organisationId)}
            options={props.partners.map((p) => ({
              value: p.organisationId,
              label: pickText(p.name, locale, [p.defaultLocale, 'en']).value,
            }))}
            placeholder={t('budgets:fields.choose')}
            error={errors?.organisationId}
            required
          />
          <SelectField
            name="workPackageId"
            label={t('budgets:fields.workPackage')}
            value={str(values.workPackageId)}
            options={props.workPackages.map((w) => ({ value: w.id, label: wpLabel(w) }))}
            placeholder={t('budgets:fields.choose')}
            error={errors?.workPackageId}
            required
          />
          <SelectField
            name="category"
            label={t('budgets:fields.category')}
            hint={t('budgets:plan.categoryHint')}
            value={str(values.category)}
            options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`budgets:category.${c}`) }))}
            placeholder={t('budgets:fields.choose')}
            error={errors?.category}
            required
          />
          <Field
            name="amount"
            label={t('budgets:plan.amount', { currency: project.currency })}
            hint={t('budgets:plan.amountHint', {
              example: formatAmount(money(39_954_228n, 'EUR'), locale),
            })}
            value={str(values.amount)}
            inputmode="decimal"
            error={errors?.amount}
            required
          />
          <Button>{t('budgets:plan.save')}</Button>
        </Form>
      </section>

      <section aria-labelledby="lines">
        <h2 id="lines">{t('budgets:plan.linesTitle')}</h2>
        {props.lines.length === 0 ? (
          <p>{t('budgets:plan.empty')}</p>
        ) : (
          <TableWrap label={t('common:table.region', { name: t('budgets:plan.linesTitle') })}>
            <table aria-labelledby="lines">
              <thead>
                <tr>
                  <th scope="col">{t('budgets:table.partner')}</th>
                  <th scope="col">{t('budgets:table.workPackage')}</th>
                  <th scope="col">{t('budgets:table.category')}</th>
                  <th scope="col" class="num">
                    {t('budgets:table.planned')}
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">{t('budgets:plan.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.lines.map((line) => {
                  const p = partner.get(line.tenantId)
                  const w = wp.get(line.workPackageId)
                  return (
                    <tr>
                      <td>{p ? <OrgName name={p.name} fallback={p.defaultLocale} /> : ''}</td>
                      <td>{w ? w.code : ''}</td>
                      <td>{t(`budgets:category.${line.category}`)}</td>
                      <td class="num">
                        <Amount value={fromNumeric(line.amount, project.currency)} />
                      </td>
                      <td>
                        <Form action={`${base}/plan/${line.id}/delete`} class="inline">
                          <button type="submit" class="link-button">
                            {t('budgets:plan.remove')}
                            <span class="visually-hidden">
                              {' '}
                              {t('budgets:plan.removeWhich', {
                                code: w?.code ?? '',
                                category: t(`budgets:category.${line.category}`),
                                partner: p
                                  ? pickText(p.name, locale, [p.defaultLocale, 'en']).value
                                  : '',
                              })}
                            </span>
                          </button>
                        </Form>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  )
}
