import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { Notice, PageHeader, SelectField, TextAreaField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { RISK_STATUSES } from '../schema.ts'
import type { Risk } from '../service/plan.ts'
import {
  Name,
  type PartnerOption,
  ProjectFormPage,
  ProjectNav,
  partnerOptions,
  str,
  type Values,
  wpOptions,
} from './shared.tsx'

type ProjectRef = { id: string; acronym: string }
export type RiskRow = {
  risk: Risk
  ownerName: LocalizedText | null
  ownerLocale: string | null
  wpCode: string | null
}

/** The risk register: likelihood × impact, mitigation, owner and status. */
export function RisksPage(props: {
  project: ProjectRef
  canManage: boolean
  rows: RiskRow[]
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/risks`
  return (
    <>
      <PageHeader title={t('projects:risks.title', { acronym: props.project.acronym })}>
        {props.canManage && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:risks.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <p>{t('projects:risks.intro')}</p>
      {props.rows.length === 0 ? (
        <p>{t('projects:risks.empty')}</p>
      ) : (
        <TableWrap labelledBy="risks-caption">
          <table>
            <caption id="risks-caption">{t('projects:risks.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.riskDescription')}</th>
                <th scope="col">{t('projects:risks.score')}</th>
                <th scope="col">{t('projects:fields.mitigation')}</th>
                <th scope="col">{t('projects:fields.owner')}</th>
                <th scope="col">{t('projects:fields.status')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ risk: r, ownerName, ownerLocale, wpCode }) => (
                <tr>
                  <th scope="row">
                    {props.canManage ? (
                      <a href={`${base}/${r.id}`}>{r.description}</a>
                    ) : (
                      r.description
                    )}
                    {wpCode && <div class="muted">{wpCode}</div>}
                  </th>
                  <td>
                    {t('projects:risks.scoreValue', {
                      score: r.likelihood * r.impact,
                      likelihood: r.likelihood,
                      impact: r.impact,
                    })}
                  </td>
                  <td class="pre-line">{r.mitigation || '—'}</td>
                  <td>
                    {ownerName ? <Name value={ownerName} fallback={ownerLocale ?? 'en'} /> : '—'}
                  </td>
                  <td>{t(`projects:riskStatus.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}

const SCORES = ['1', '2', '3', '4', '5']

/** Add or change a risk (managers only). */
export function RiskFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  values: Values
  errors?: FieldErrors | undefined
  partners: PartnerOption[]
  workPackages: { id: string; code: string; title: LocalizedText }[]
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const scoreOptions = (kind: 'likelihood' | 'impact') =>
    SCORES.map((s) => ({ value: s, label: t(`projects:risks.${kind}.${s}`) }))
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={`/app/projects/${props.project.id}/risks`}
    >
      <TextAreaField
        name="description"
        label={t('projects:fields.riskDescription')}
        value={str(v.description)}
        error={e.description}
        required
        rows={3}
      />
      <SelectField
        name="likelihood"
        label={t('projects:fields.likelihood')}
        value={str(v.likelihood)}
        error={e.likelihood}
        required
        placeholder={t('projects:form.choose')}
        options={scoreOptions('likelihood')}
      />
      <SelectField
        name="impact"
        label={t('projects:fields.impact')}
        value={str(v.impact)}
        error={e.impact}
        required
        placeholder={t('projects:form.choose')}
        options={scoreOptions('impact')}
      />
      <TextAreaField
        name="mitigation"
        label={t('projects:fields.mitigation')}
        value={str(v.mitigation)}
        error={e.mitigation}
        rows={4}
      />
      <SelectField
        name="ownerOrganisationId"
        label={t('projects:fields.owner')}
        value={str(v.ownerOrganisationId)}
        error={e.ownerOrganisationId}
        placeholder={t('projects:form.none')}
        options={partnerOptions(props.partners, locale)}
      />
      <SelectField
        name="workPackageId"
        label={t('projects:fields.workPackage')}
        value={str(v.workPackageId)}
        error={e.workPackageId}
        placeholder={t('projects:form.none')}
        options={wpOptions(props.workPackages, locale)}
      />
      <SelectField
        name="status"
        label={t('projects:fields.status')}
        value={str(v.status)}
        error={e.status}
        options={RISK_STATUSES.map((s) => ({ value: s, label: t(`projects:riskStatus.${s}`) }))}
      />
    </ProjectFormPage>
  )
}
