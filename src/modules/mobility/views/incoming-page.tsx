import type { FieldErrors } from '#src/lib/errors.ts'
import {
  Button,
  Checkbox,
  DateTime,
  Form,
  Notice,
  PageHeader,
  TextAreaField,
} from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { MobilityAccess } from '../access.ts'
import type { IncomingItem } from '../schema.ts'
import { mobilityTitle } from './overview-page.tsx'
import { FormErrors, MobilityTabs, str } from './shared.tsx'

export type IncomingPageProps = {
  access: MobilityAccess
  participantName: string
  checklist: { item: IncomingItem; doneAt: Date | null; note: string | null }[]
  units: string[]
  notice?: string | undefined
  errors?: FieldErrors | undefined
  values?: Record<string, unknown>
}

export function IncomingPage(props: IncomingPageProps) {
  const { t } = useUi()
  const m = props.access.mobility
  const v = props.values ?? {}
  const e = props.errors ?? {}
  const achieved = m.achievedUnits ?? []
  return (
    <>
      <PageHeader title={mobilityTitle(t, props.participantName, m.activityType)} />
      <MobilityTabs id={m.id} relation={props.access.relation} current="incoming" />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.access.relation === 'receiving' && (
        <section aria-labelledby="checklist-h">
          <h2 id="checklist-h">{t('mobility:incoming.checklist')}</h2>
          <ul class="todo-list">
            {props.checklist.map((c) => (
              <li>
                <Form action={`/app/mobility/${m.id}/incoming/checklist`}>
                  <input type="hidden" name="item" value={c.item} />
                  <span class={c.doneAt ? 'badge badge-ok' : 'badge'}>
                    {c.doneAt ? t('mobility:todo.done') : t('mobility:todo.open')}
                  </span>{' '}
                  <strong>{t(`mobility:incoming.item.${c.item}`)}</strong>
                  {/* One form per item: ids carry the item so they stay unique on the page. */}
                  <div class="field">
                    <label for={`f-note-${c.item}`}>
                      {t('mobility:incoming.note', { item: t(`mobility:incoming.item.${c.item}`) })}
                    </label>
                    <input
                      id={`f-note-${c.item}`}
                      name="note"
                      type="text"
                      value={c.note ?? ''}
                      maxlength={500}
                    />
                  </div>
                  <div class="field checkboxes">
                    <label class="check" for={`f-done-${c.item}`}>
                      <input
                        id={`f-done-${c.item}`}
                        type="checkbox"
                        name="done"
                        checked={c.doneAt !== null}
                      />{' '}
                      {t('mobility:incoming.done')}
                    </label>
                  </div>
                  <Button variant="secondary">{t('mobility:incoming.saveItem')}</Button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="attendance-h">
        <h2 id="attendance-h">{t('mobility:incoming.attendanceTitle')}</h2>
        {m.attendanceConfirmedAt && (
          <p>
            {t('mobility:incoming.confirmedOn')} <DateTime value={m.attendanceConfirmedAt} />
          </p>
        )}
        <FormErrors errors={props.errors} />
        <Form action={`/app/mobility/${m.id}/incoming/attendance`}>
          <Checkbox
            name="attended"
            label={t('mobility:incoming.attended')}
            checked={v.attended === 'on' || (!props.values && m.attendanceConfirmedAt !== null)}
            error={e.attended}
          />
          <fieldset class="field checkboxes" id="f-units">
            <legend>{t('mobility:incoming.achieved')}</legend>
            {props.units.length === 0 && <p>{t('mobility:incoming.noUnits')}</p>}
            {props.units.map((u) => (
              <label class="check">
                <input type="checkbox" name="units" value={u} checked={achieved.includes(u)} /> {u}
              </label>
            ))}
          </fieldset>
          <TextAreaField
            name="note"
            label={t('mobility:incoming.outcomesNote')}
            value={str(v.note) || (m.receivingOutcomesNote ?? '')}
            rows={3}
          />
          <Button>{t('mobility:incoming.confirm')}</Button>
        </Form>
      </section>
    </>
  )
}
