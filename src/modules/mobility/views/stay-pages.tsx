import type { FieldErrors } from '#src/lib/errors.ts'
import { dateTimeFormat } from '#src/lib/intl.ts'
import {
  Button,
  DateTime,
  Field,
  Form,
  Notice,
  PageHeader,
  SelectField,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MobilityAccess } from '../access.ts'
import { INCIDENT_SEVERITIES, type mobilityTodos, TODO_ASSIGNEES } from '../schema.ts'
import type { SensitiveView } from '../service/sensitive.ts'
import { canTick } from '../service/todos.ts'
import { mobilityTitle } from './overview-page.tsx'
import { FormErrors, MobilityTabs, str } from './shared.tsx'

type Common = {
  access: MobilityAccess
  participantName: string
  notice?: string | undefined
  errors?: FieldErrors | undefined
  values?: Record<string, unknown>
}

function Header({ access, participantName, notice, current }: Common & { current: string }) {
  const { t } = useUi()
  const m = access.mobility
  return (
    <>
      <PageHeader title={mobilityTitle(t, participantName, m.activityType)} />
      <MobilityTabs id={m.id} relation={access.relation} current={current} />
      {notice && <Notice>{t(notice)}</Notice>}
    </>
  )
}

type Todo = typeof mobilityTodos.$inferSelect

export function TodosPage(props: Common & { items: Todo[] }) {
  const { t } = useUi()
  const m = props.access.mobility
  const text = (i: Todo) => i.label ?? t(`mobility:todo.${i.kind}.${i.assignedTo}`)
  return (
    <>
      <Header {...props} current="todos" />
      <h2>{t('mobility:todo.title')}</h2>
      <p>{t('mobility:todo.lead')}</p>
      {TODO_ASSIGNEES.map((who) => {
        const items = props.items.filter((i) => i.assignedTo === who)
        if (items.length === 0) return null
        return (
          <section aria-labelledby={`todo-${who}`}>
            <h3 id={`todo-${who}`}>{t(`mobility:assignee.${who}`)}</h3>
            <ul class="todo-list">
              {items.map((i) => (
                <li>
                  <span class={i.doneAt ? 'badge badge-ok' : 'badge'}>
                    {i.doneAt ? t('mobility:todo.done') : t('mobility:todo.open')}
                  </span>{' '}
                  {text(i)}
                  {canTick(props.access.relation, i.assignedTo) && (
                    <Form action={`/app/mobility/${m.id}/todos/${i.id}`} class="inline">
                      <input type="hidden" name="done" value={i.doneAt ? 'no' : 'yes'} />{' '}
                      <button
                        class="btn btn-secondary"
                        type="submit"
                        aria-label={`${i.doneAt ? t('mobility:todo.reopen') : t('mobility:todo.tick')}: ${text(i)}`}
                      >
                        {i.doneAt ? t('mobility:todo.reopen') : t('mobility:todo.tick')}
                      </button>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {props.access.relation === 'sending' && (
        <section aria-labelledby="todo-add">
          <h2 id="todo-add">{t('mobility:todo.addTitle')}</h2>
          <FormErrors errors={props.errors} />
          <Form action={`/app/mobility/${m.id}/todos`}>
            <Field
              name="label"
              label={t('mobility:todo.label')}
              value={str(props.values?.label)}
              error={props.errors?.label}
            />
            <SelectField
              name="assignedTo"
              label={t('mobility:todo.assignedTo')}
              value={str(props.values?.assignedTo)}
              options={TODO_ASSIGNEES.map((a) => ({
                value: a,
                label: t(`mobility:assignee.${a}`),
              }))}
              error={props.errors?.assignedTo}
            />
            <Button>{t('mobility:todo.add')}</Button>
          </Form>
        </section>
      )}
    </>
  )
}

const CONTACT_ROWS = 3

export function SensitivePage(props: Common & { data: SensitiveView }) {
  const { t, locale } = useUi()
  const m = props.access.mobility
  const { data } = props
  const v = props.values
  const e = props.errors ?? {}
  const typed = v?.contacts as Record<string, Record<string, unknown>> | undefined
  const contacts = typed
    ? Object.values(typed)
    : [
        ...data.emergencyContacts,
        ...Array.from({ length: CONTACT_ROWS - data.emergencyContacts.length }, () => ({})),
      ]
  return (
    <>
      <Header {...props} current="sensitive" />
      <h2>{t('mobility:sensitive.title')}</h2>
      <p>
        {data.medical === undefined
          ? t('mobility:sensitive.leadReceiving')
          : t('mobility:sensitive.lead')}
      </p>
      {data.deleteAfter && (
        <p class="footnote">
          {t('mobility:sensitive.deleteAfter', {
            date: dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(
              new Date(`${data.deleteAfter}T00:00:00Z`),
            ),
          })}
        </p>
      )}
      {!data.canEdit ? (
        <>
          <h3>{t('mobility:sensitive.contacts')}</h3>
          {data.emergencyContacts.length === 0 ? (
            <p>{t('mobility:sensitive.noContacts')}</p>
          ) : (
            <ul>
              {data.emergencyContacts.map((c) => (
                <li>
                  {c.name}
                  {c.relation && <> ({c.relation})</>}:{' '}
                  <a href={`tel:${c.phone.replace(/[^+0-9]/g, '')}`}>{c.phone}</a>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <FormErrors errors={props.errors} />
          <Form action={`/app/mobility/${m.id}/sensitive`}>
            {contacts.map((c, i) => {
              const r = c as Record<string, unknown>
              return (
                <fieldset>
                  <legend>{t('mobility:sensitive.contactN', { n: i + 1 })}</legend>
                  <Field
                    name={`contacts.${i}.name`}
                    label={t('mobility:sensitive.name')}
                    value={str(r.name)}
                    error={e[`contacts.${i}.name`]}
                    autocomplete="off"
                  />
                  <Field
                    name={`contacts.${i}.relation`}
                    label={t('mobility:sensitive.relation')}
                    value={str(r.relation)}
                    error={e[`contacts.${i}.relation`]}
                  />
                  <Field
                    name={`contacts.${i}.phone`}
                    type="tel"
                    label={t('mobility:sensitive.phone')}
                    value={str(r.phone)}
                    error={e[`contacts.${i}.phone`]}
                    autocomplete="off"
                  />
                </fieldset>
              )
            })}
            <TextAreaField
              name="medical"
              label={t('mobility:sensitive.medical')}
              hint={t('mobility:sensitive.medicalHint')}
              value={v ? str(v.medical) : (data.medical ?? '')}
              error={e.medical}
              rows={4}
            />
            <Button>{t('mobility:sensitive.save')}</Button>
          </Form>
        </>
      )}
    </>
  )
}

export type IncidentItem = {
  id: string
  occurredAt: Date
  kind: string
  severity: string
  description: string
  actions: string
  reportedBy: string | null
}

export function IncidentsPage(props: Common & { items: IncidentItem[] }) {
  const { t } = useUi()
  const m = props.access.mobility
  const v = props.values ?? {}
  const e = props.errors ?? {}
  return (
    <>
      <Header {...props} current="incidents" />
      <h2>{t('mobility:incident.title')}</h2>
      {props.items.length === 0 ? (
        <p>{t('mobility:incident.none')}</p>
      ) : (
        <ul class="incident-list">
          {props.items.map((i) => (
            <li>
              <h3>
                {i.kind}{' '}
                <span class={i.severity === 'high' ? 'badge badge-warn' : 'badge'}>
                  {t(`mobility:severity.${i.severity}`)}
                </span>
              </h3>
              <p>
                <DateTime value={i.occurredAt} />
                {i.reportedBy && (
                  <span class="muted"> · {t('mobility:incident.by', { name: i.reportedBy })}</span>
                )}
              </p>
              <p class="prewrap">{i.description}</p>
              {i.actions && (
                <p class="prewrap">
                  <strong>{t('mobility:incident.actions')}:</strong> {i.actions}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="incident-add">
        <h2 id="incident-add">{t('mobility:incident.addTitle')}</h2>
        <FormErrors errors={props.errors} />
        <Form action={`/app/mobility/${m.id}/incidents`}>
          <Field
            name="occurredAt"
            type="datetime-local"
            label={t('mobility:incident.occurredAt')}
            value={str(v.occurredAt)}
            error={e.occurredAt}
            required
          />
          <Field
            name="kind"
            label={t('mobility:incident.kind')}
            value={str(v.kind)}
            error={e.kind}
            hint={t('mobility:incident.kindHint')}
            required
          />
          <SelectField
            name="severity"
            label={t('mobility:incident.severity')}
            value={str(v.severity) || 'low'}
            options={INCIDENT_SEVERITIES.map((s) => ({
              value: s,
              label: t(`mobility:severity.${s}`),
            }))}
            error={e.severity}
          />
          <TextAreaField
            name="description"
            label={t('mobility:incident.description')}
            value={str(v.description)}
            error={e.description}
            required
            rows={4}
          />
          <TextAreaField
            name="actions"
            label={t('mobility:incident.actions')}
            value={str(v.actions)}
            error={e.actions}
            rows={4}
          />
          <Button>{t('mobility:incident.add')}</Button>
        </Form>
      </section>
    </>
  )
}
