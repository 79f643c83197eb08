import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { Field, Form, Notice, PageHeader, SelectField, TextAreaField } from '#src/ui/components.tsx'
import { Pagination, pageCountOf } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { canEditOwned, type ProjectAccess } from '../policy.ts'
import { TASK_STATUSES } from '../schema.ts'
import type { Task } from '../service/work.ts'
import {
  AccessNote,
  DateOnly,
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
type Wp = { id: string; code: string; title: LocalizedText }

export type TaskRow = {
  task: Task
  ownerName: LocalizedText
  ownerLocale: string
  wpCode: string | null
}

function TaskFilters(props: {
  base: string
  workPackages: Wp[]
  partners: PartnerOption[]
  filter: { wp?: string | undefined; owner?: string | undefined }
}) {
  const { t, locale } = useUi()
  return (
    <form method="get" action={props.base} class="filters">
      <div class="field">
        <label for="f-wp">{t('projects:fields.workPackage')}</label>
        <select id="f-wp" name="wp">
          <option value="">{t('projects:list.any')}</option>
          {wpOptions(props.workPackages, locale).map((o) => (
            <option value={o.value} selected={props.filter.wp === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-owner">{t('projects:fields.owner')}</label>
        <select id="f-owner" name="owner">
          <option value="">{t('projects:list.any')}</option>
          {partnerOptions(props.partners, locale).map((o) => (
            <option value={o.value} selected={props.filter.owner === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button class="btn btn-secondary" type="submit">
        {t('projects:list.filter')}
      </button>
    </form>
  )
}

/** The project's tasks, open ones first by due date; partners mark their own done here. */
export function TasksPage(props: {
  project: ProjectRef
  access: ProjectAccess
  rows: TaskRow[]
  total: number
  page: number
  pageSize: number
  workPackages: Wp[]
  partners: PartnerOption[]
  filter: { wp?: string | undefined; owner?: string | undefined }
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/tasks`
  return (
    <>
      <PageHeader title={t('projects:tasks.title', { acronym: props.project.acronym })}>
        {props.access.level !== 'viewer' && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:tasks.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <AccessNote access={props.access} />
      <TaskFilters
        base={base}
        workPackages={props.workPackages}
        partners={props.partners}
        filter={props.filter}
      />
      {props.rows.length === 0 ? (
        <p>{t('projects:tasks.empty')}</p>
      ) : (
        <TableWrap labelledBy="tasks-caption">
          <table>
            <caption id="tasks-caption">
              {t('projects:tasks.caption', { count: props.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('projects:fields.title')}</th>
                <th scope="col">{t('projects:fields.workPackage')}</th>
                <th scope="col">{t('projects:fields.owner')}</th>
                <th scope="col">{t('projects:fields.dueDate')}</th>
                <th scope="col">{t('projects:fields.status')}</th>
                <th scope="col">{t('projects:tasks.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map(({ task, ownerName, ownerLocale, wpCode }) => {
                const mine = canEditOwned(props.access, task.ownerOrganisationId)
                return (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/${task.id}`}>{task.title}</a>
                    </th>
                    <td>{wpCode ?? '—'}</td>
                    <td>
                      <Name value={ownerName} fallback={ownerLocale} />
                    </td>
                    <td>
                      <DateOnly value={task.dueDate} />
                    </td>
                    <td>
                      <span class={`badge task-${task.status}`}>
                        {t(`projects:taskStatus.${task.status}`)}
                      </span>
                    </td>
                    <td>
                      {mine && task.status !== 'done' && (
                        <Form action={`${base}/${task.id}/status`} class="inline">
                          <input type="hidden" name="status" value="done" />
                          <button
                            class="btn btn-secondary"
                            type="submit"
                            aria-label={t('projects:tasks.markDoneNamed', { title: task.title })}
                          >
                            {t('projects:tasks.markDone')}
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        page={props.page}
        pageCount={pageCountOf(props.total, props.pageSize)}
        base={base}
        query={{ wp: props.filter.wp, owner: props.filter.owner }}
      />
    </>
  )
}

/** Add or change a task. A partner picks only itself as owner; a manager picks any partner. */
export function TaskFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  values: Values
  errors?: FieldErrors | undefined
  partners: PartnerOption[]
  workPackages: Wp[]
  readOnly: boolean
}) {
  const { t, locale } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={`/app/projects/${props.project.id}/tasks`}
      readOnly={props.readOnly}
      note={props.readOnly && <p class="muted">{t('projects:tasks.readOnly')}</p>}
    >
      <fieldset disabled={props.readOnly}>
        <legend>{t('projects:tasks.legend')}</legend>
        <Field
          name="title"
          label={t('projects:fields.title')}
          value={str(v.title)}
          error={e.title}
          required
          maxlength={200}
        />
        <TextAreaField
          name="description"
          label={t('projects:fields.description')}
          value={str(v.description)}
          error={e.description}
          rows={4}
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
          name="ownerOrganisationId"
          label={t('projects:fields.owner')}
          value={str(v.ownerOrganisationId)}
          error={e.ownerOrganisationId}
          required
          options={partnerOptions(props.partners, locale)}
        />
        <Field
          name="dueDate"
          type="date"
          label={t('projects:fields.dueDate')}
          value={str(v.dueDate)}
          error={e.dueDate}
        />
        <SelectField
          name="status"
          label={t('projects:fields.status')}
          value={str(v.status)}
          error={e.status}
          options={TASK_STATUSES.map((s) => ({ value: s, label: t(`projects:taskStatus.${s}`) }))}
        />
      </fieldset>
    </ProjectFormPage>
  )
}
