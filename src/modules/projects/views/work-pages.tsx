import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Checkbox,
  Field,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { ProjectAccess } from '../policy.ts'
import { MILESTONE_STATUSES } from '../schema.ts'
import type { Milestone } from '../service/plan.ts'
import type { WorkPackage } from '../service/work.ts'
import { languagesFor } from './project-form.tsx'
import {
  AccessNote,
  checked,
  DateOnly,
  Money,
  Name,
  type PartnerOption,
  Percent,
  ProjectFormPage,
  ProjectNav,
  partnerOptions,
  str,
  text,
  type Values,
  wpOptions,
} from './shared.tsx'

type ProjectRef = { id: string; acronym: string; currency: string }

/** The work packages (or lots) with leads, dates, lump sums and completion. */
export function WorkPackagesPage(props: {
  project: ProjectRef
  access: ProjectAccess
  rows: { wp: WorkPackage; leadName: LocalizedText | null; leadLocale: string | null }[]
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/work-packages`
  return (
    <>
      <PageHeader title={t('projects:workPackages.title', { acronym: props.project.acronym })}>
        {props.access.level === 'manager' && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:workPackages.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <AccessNote access={props.access} />
      {props.rows.length === 0 ? (
        <p>{t('projects:workPackages.empty')}</p>
      ) : (
        <TableWrap labelledBy="work-packages-caption">
          <table>
            <caption id="work-packages-caption">{t('projects:workPackages.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.title')}</th>
                <th scope="col">{t('projects:fields.lead')}</th>
                <th scope="col">{t('projects:list.period')}</th>
                <th scope="col">{t('projects:fields.lumpSum')}</th>
                <th scope="col">{t('projects:fields.completion')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ wp, leadName, leadLocale }) => (
                <tr>
                  <th scope="row">
                    <a href={`${base}/${wp.id}`}>
                      {wp.code} · <Name value={wp.title} />
                    </a>
                  </th>
                  <td>
                    {leadName ? <Name value={leadName} fallback={leadLocale ?? 'en'} /> : '—'}
                  </td>
                  <td>
                    <DateOnly value={wp.startDate} /> – <DateOnly value={wp.endDate} />
                  </td>
                  <td class="num">
                    {wp.isLumpSum ? (
                      <Money amount={wp.lumpSumAmount} currency={props.project.currency} />
                    ) : (
                      t('projects:workPackages.notLumpSum')
                    )}
                  </td>
                  <td class="num">
                    <Percent value={wp.completionPercent} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}

/** Add or change a work package (managers); others see the same page read-only. */
export function WorkPackageFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  values: Values
  errors?: FieldErrors | undefined
  partners: PartnerOption[]
  readOnly: boolean
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const title = text(v.title)
  const description = text(v.description)
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={`/app/projects/${props.project.id}/work-packages`}
      readOnly={props.readOnly}
      note={props.readOnly && <p class="muted">{t('projects:access.contributor')}</p>}
    >
      <fieldset disabled={props.readOnly}>
        <legend>{t('projects:workPackages.legend')}</legend>
        <Field
          name="code"
          label={t('projects:fields.code')}
          hint={t('projects:workPackages.codeHint')}
          value={str(v.code)}
          error={e.code}
          required
          maxlength={20}
        />
        <MultilingualField
          name="title"
          label={t('projects:fields.title')}
          value={title}
          languages={languagesFor(title)}
          errors={e}
          requireAny
          maxlength={300}
        />
        <MultilingualField
          name="description"
          label={t('projects:fields.description')}
          value={description}
          languages={languagesFor(description)}
          errors={e}
          multiline
          maxlength={4000}
        />
        <SelectField
          name="leadOrganisationId"
          label={t('projects:fields.lead')}
          value={str(v.leadOrganisationId)}
          error={e.leadOrganisationId}
          placeholder={t('projects:form.none')}
          options={partnerOptions(props.partners, locale)}
        />
        <Field
          name="startDate"
          type="date"
          label={t('projects:fields.startDate')}
          value={str(v.startDate)}
          error={e.startDate}
        />
        <Field
          name="endDate"
          type="date"
          label={t('projects:fields.endDate')}
          value={str(v.endDate)}
          error={e.endDate}
        />
        <Checkbox
          name="isLumpSum"
          label={t('projects:fields.isLumpSum')}
          checked={checked(v.isLumpSum)}
        />
        <Field
          name="lumpSumAmount"
          label={t('projects:fields.lumpSum')}
          hint={t('projects:form.amountHint')}
          value={str(v.lumpSumAmount)}
          error={e.lumpSumAmount}
          inputmode="decimal"
        />
        <Field
          name="completionPercent"
          type="number"
          label={t('projects:fields.completion')}
          hint={t('projects:workPackages.completionHint')}
          value={str(v.completionPercent ?? 0)}
          error={e.completionPercent}
          inputmode="numeric"
        />
      </fieldset>
    </ProjectFormPage>
  )
}

/** The project's milestones by due date. */
export function MilestonesPage(props: {
  project: ProjectRef
  access: ProjectAccess
  rows: { milestone: Milestone; wpCode: string | null }[]
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/milestones`
  return (
    <>
      <PageHeader title={t('projects:milestones.title', { acronym: props.project.acronym })}>
        {props.access.level === 'manager' && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:milestones.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.rows.length === 0 ? (
        <p>{t('projects:milestones.empty')}</p>
      ) : (
        <TableWrap labelledBy="milestones-caption">
          <table>
            <caption id="milestones-caption">{t('projects:milestones.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.title')}</th>
                <th scope="col">{t('projects:fields.workPackage')}</th>
                <th scope="col">{t('projects:fields.dueDate')}</th>
                <th scope="col">{t('projects:fields.status')}</th>
                <th scope="col">{t('projects:fields.meansOfVerification')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ milestone: m, wpCode }) => (
                <tr>
                  <th scope="row">
                    {props.access.level === 'manager' ? (
                      <a href={`${base}/${m.id}`}>
                        {m.code} · <Name value={m.title} />
                      </a>
                    ) : (
                      <>
                        {m.code} · <Name value={m.title} />
                      </>
                    )}
                  </th>
                  <td>{wpCode ?? '—'}</td>
                  <td>
                    <DateOnly value={m.dueDate} />
                  </td>
                  <td>{t(`projects:milestoneStatus.${m.status}`)}</td>
                  <td>{m.meansOfVerification || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}

/** Add or change a milestone (managers only). */
export function MilestoneFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  values: Values
  errors?: FieldErrors | undefined
  workPackages: { id: string; code: string; title: LocalizedText }[]
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const title = text(v.title)
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={`/app/projects/${props.project.id}/milestones`}
    >
      <Field
        name="code"
        label={t('projects:fields.code')}
        hint={t('projects:milestones.codeHint')}
        value={str(v.code)}
        error={e.code}
        required
        maxlength={20}
      />
      <MultilingualField
        name="title"
        label={t('projects:fields.title')}
        value={title}
        languages={languagesFor(title)}
        errors={e}
        requireAny
        maxlength={300}
      />
      <SelectField
        name="workPackageId"
        label={t('projects:fields.workPackage')}
        value={str(v.workPackageId)}
        error={e.workPackageId}
        placeholder={t('projects:form.none')}
        options={wpOptions(props.workPackages, locale)}
      />
      <Field
        name="dueDate"
        type="date"
        label={t('projects:fields.dueDate')}
        value={str(v.dueDate)}
        error={e.dueDate}
        required
      />
      <TextAreaField
        name="meansOfVerification"
        label={t('projects:fields.meansOfVerification')}
        value={str(v.meansOfVerification)}
        error={e.meansOfVerification}
        rows={3}
      />
      <SelectField
        name="status"
        label={t('projects:fields.status')}
        value={str(v.status)}
        error={e.status}
        options={MILESTONE_STATUSES.map((s) => ({
          value: s,
          label: t(`projects:milestoneStatus.${s}`),
        }))}
      />
    </ProjectFormPage>
  )
}
