import type { FieldErrors } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import {
  Button,
  Checkbox,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { getMeeting, Meeting } from '../service/meetings.ts'
import {
  checked,
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

/** The project's meetings, latest first. */
export function MeetingsPage(props: {
  project: ProjectRef
  canCreate: boolean
  rows: Meeting[]
  notice?: string | undefined
}) {
  const { t } = useUi()
  const base = `/app/projects/${props.project.id}/meetings`
  return (
    <>
      <PageHeader title={t('projects:meetings.title', { acronym: props.project.acronym })}>
        {props.canCreate && (
          <a class="btn btn-primary" href={`${base}/new`}>
            {t('projects:meetings.new')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.rows.length === 0 ? (
        <p>{t('projects:meetings.empty')}</p>
      ) : (
        <ul class="meeting-list">
          {props.rows.map((m) => (
            <li>
              <a href={`${base}/${m.id}`}>{m.title}</a> · <DateTime value={m.startsAt} />
              {m.location && <> · {m.location}</>}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

type Detail = Awaited<ReturnType<typeof getMeeting>>

/** A meeting: agenda, attendance, minutes and decisions (which can become tasks). */
export function MeetingPage(props: {
  project: ProjectRef
  detail: Detail
  partners: PartnerOption[]
  workPackages: { id: string; code: string; title: LocalizedText }[]
  notice?: string | undefined
  form?: { name: 'attendee' | 'decision'; values: Values; errors: FieldErrors } | undefined
}) {
  const { t, locale } = useUi()
  const { meeting: m, access, attendees, decisions } = props.detail
  const manage = access.level === 'manager'
  const base = `/app/projects/${props.project.id}/meetings/${m.id}`
  const af = props.form?.name === 'attendee' ? props.form : undefined
  const df = props.form?.name === 'decision' ? props.form : undefined
  return (
    <>
      <PageHeader title={m.title}>
        {manage && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('projects:meetings.edit')}
          </a>
        )}
      </PageHeader>
      <ProjectNav projectId={props.project.id} acronym={props.project.acronym} />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      <dl class="facts">
        <dt>{t('projects:fields.startsAt')}</dt>
        <dd>
          <DateTime value={m.startsAt} />
        </dd>
        <dt>{t('projects:fields.location')}</dt>
        <dd>{m.location || '—'}</dd>
        <dt>{t('projects:fields.onlineUrl')}</dt>
        <dd>
          {m.onlineUrl ? (
            <a href={m.onlineUrl} rel="noopener noreferrer external">
              {m.onlineUrl}
            </a>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      <h2>{t('projects:fields.agenda')}</h2>
      <p class="pre-line">{m.agenda || t('projects:meetings.noAgenda')}</p>
      <h2>{t('projects:meetings.attendance')}</h2>
      {attendees.length === 0 ? (
        <p>{t('projects:meetings.noAttendees')}</p>
      ) : (
        <ul>
          {attendees.map((a) => (
            <li>
              {a.attendee.name} ·{' '}
              <Name value={a.organisationName} fallback={a.organisationLocale} /> ·{' '}
              {t(a.attendee.attended ? 'projects:meetings.present' : 'projects:meetings.excused')}
              {manage && (
                <Form action={`${base}/attendees/${a.attendee.id}/remove`} class="inline">
                  <button
                    class="link-button"
                    type="submit"
                    aria-label={t('projects:meetings.removeNamed', { name: a.attendee.name })}
                  >
                    {t('projects:meetings.remove')}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <section aria-labelledby="add-attendee">
          <h3 id="add-attendee">{t('projects:meetings.addAttendee')}</h3>
          <ErrorSummary errors={af?.errors} />
          <Form action={`${base}/attendees`}>
            <SelectField
              name="organisationId"
              label={t('projects:consortium.organisation')}
              value={str(af?.values.organisationId)}
              error={af?.errors.organisationId}
              required
              placeholder={t('projects:form.choose')}
              options={partnerOptions(props.partners, locale)}
            />
            <Field
              name="name"
              label={t('projects:meetings.personName')}
              value={str(af?.values.name)}
              error={af?.errors.name}
              required
              maxlength={120}
            />
            <Checkbox
              name="attended"
              label={t('projects:meetings.attended')}
              checked={af ? checked(af.values.attended) : true}
            />
            <Button variant="secondary">{t('projects:meetings.addAttendeeSubmit')}</Button>
          </Form>
        </section>
      )}
      <h2>{t('projects:fields.minutes')}</h2>
      <p class="pre-line">{m.minutes || t('projects:meetings.noMinutes')}</p>
      <h2>{t('projects:meetings.decisions')}</h2>
      {decisions.length === 0 ? (
        <p>{t('projects:meetings.noDecisions')}</p>
      ) : (
        <ol>
          {decisions.map((d) => (
            <li>
              {d.decision.text}
              {d.decision.taskId && (
                <div class="muted">
                  {t('projects:meetings.becameTask')}{' '}
                  <a href={`/app/projects/${props.project.id}/tasks/${d.decision.taskId}`}>
                    {d.taskTitle}
                  </a>{' '}
                  · {t(`projects:taskStatus.${d.taskStatus}`)} · <DateOnly value={d.taskDue} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {manage && (
        <section aria-labelledby="add-decision">
          <h3 id="add-decision">{t('projects:meetings.addDecision')}</h3>
          <ErrorSummary errors={df?.errors} />
          <Form action={`${base}/decisions`}>
            <TextAreaField
              name="text"
              label={t('projects:meetings.decision')}
              value={str(df?.values.text)}
              error={df?.errors.text}
              required
              rows={3}
            />
            <Checkbox
              name="makeTask"
              label={t('projects:meetings.makeTask')}
              hint={t('projects:meetings.makeTaskHint')}
              checked={df ? checked(df.values.makeTask) : true}
            />
            <SelectField
              name="ownerOrganisationId"
              label={t('projects:fields.owner')}
              value={str(df?.values.ownerOrganisationId)}
              error={df?.errors.ownerOrganisationId}
              placeholder={t('projects:form.choose')}
              options={partnerOptions(props.partners, locale)}
            />
            <Field
              name="dueDate"
              type="date"
              label={t('projects:fields.dueDate')}
              value={str(df?.values.dueDate)}
              error={df?.errors.dueDate}
            />
            <SelectField
              name="workPackageId"
              label={t('projects:fields.workPackage')}
              value={str(df?.values.workPackageId)}
              error={df?.errors.workPackageId}
              placeholder={t('projects:form.none')}
              options={wpOptions(props.workPackages, locale)}
            />
            <Button variant="secondary">{t('projects:meetings.addDecisionSubmit')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}

/** Schedule or change a meeting (managers only). */
export function MeetingFormPage(props: {
  project: ProjectRef
  title: string
  action: string
  cancelHref: string
  values: Values
  errors?: FieldErrors | undefined
}) {
  const { t, timeZone } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  return (
    <ProjectFormPage
      project={props.project}
      title={props.title}
      action={props.action}
      errors={props.errors}
      cancelHref={props.cancelHref}
    >
      <Field
        name="title"
        label={t('projects:fields.title')}
        value={str(v.title)}
        error={e.title}
        required
        maxlength={200}
      />
      <Field
        name="startsAt"
        type="datetime-local"
        label={t('projects:fields.startsAt')}
        hint={t('projects:meetings.timeZoneHint', { zone: timeZone })}
        value={str(v.startsAt)}
        error={e.startsAt}
        required
      />
      <Field
        name="location"
        label={t('projects:fields.location')}
        value={str(v.location)}
        error={e.location}
        maxlength={200}
      />
      <Field
        name="onlineUrl"
        type="url"
        label={t('projects:fields.onlineUrl')}
        value={str(v.onlineUrl)}
        error={e.onlineUrl}
        inputmode="url"
      />
      <TextAreaField
        name="agenda"
        label={t('projects:fields.agenda')}
        value={str(v.agenda)}
        error={e.agenda}
        rows={6}
      />
      <TextAreaField
        name="minutes"
        label={t('projects:fields.minutes')}
        hint={t('projects:meetings.minutesHint')}
        value={str(v.minutes)}
        error={e.minutes}
        rows={8}
      />
    </ProjectFormPage>
  )
}
