import { Button, Form } from '#src/ui/components.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { EXCEPTIONAL_ROWS } from './inputs.ts'
import { EXCEPTIONAL_KINDS } from './schema.ts'
import type { GrantViewProps } from './views-grant-props.ts'

/** The grant form's own fields (errors of other fields are facts of the mobility). */
export const FORM_FIELDS = ['travelDays', 'linguisticSupport', 'linguisticReinforced']

/** What the coordinator adds to the mobility's facts: travel days, linguistic support, exceptional costs. */
export function GrantForm(props: GrantViewProps) {
  const { t } = useUi()
  const v = props.values
  const e = props.errors ?? {}
  const m = props.page.mobility
  const rows = (v.exceptional as Record<string, string>[] | undefined) ?? []
  const field = (name: string) => `f-${name.replace(/\./g, '-')}`
  const err = (name: string) =>
    e[name] ? (
      <p class="error" id={`${field(name)}-error`}>
        {t(e[name]!, props.params)}
      </p>
    ) : null
  const described = (name: string, hint = false) =>
    [hint && `${field(name)}-hint`, e[name] && `${field(name)}-error`].filter(Boolean).join(' ') ||
    undefined
  return (
    <Form action={`/app/mobility/${m.id}/grant`}>
      <h2>
        {t(props.page.grant ? 'reports:grant.form.recomputeTitle' : 'reports:grant.form.title')}
      </h2>
      <div class={e.travelDays ? 'field has-error' : 'field'}>
        <label for={field('travelDays')}>{t('reports:grant.form.travelDays')}</label>
        <p class="hint" id={`${field('travelDays')}-hint`}>
          {t('reports:grant.form.travelDaysHint', props.page.context.fundedTravelDaysMax)}
        </p>
        {err('travelDays')}
        <input
          id={field('travelDays')}
          name="travelDays"
          type="text"
          inputmode="numeric"
          value={String(v.travelDays ?? '')}
          aria-invalid={e.travelDays ? 'true' : undefined}
          aria-describedby={described('travelDays', true)}
        />
      </div>
      <div class="field">
        <label class="check" for={field('linguisticSupport')}>
          <input
            id={field('linguisticSupport')}
            type="checkbox"
            name="linguisticSupport"
            value="1"
            checked={Boolean(v.linguisticSupport)}
            aria-describedby={`${field('linguisticSupport')}-hint`}
          />{' '}
          {t('reports:grant.form.linguisticSupport')}
        </label>
        <p class="hint" id={`${field('linguisticSupport')}-hint`}>
          {t('reports:grant.form.linguisticSupportHint')}
        </p>
      </div>
      {m.activityType === 'LM-LONG-VET' && (
        <div class="field">
          <label class="check" for={field('linguisticReinforced')}>
            <input
              id={field('linguisticReinforced')}
              type="checkbox"
              name="linguisticReinforced"
              value="1"
              checked={Boolean(v.linguisticReinforced)}
            />{' '}
            {t('reports:grant.form.linguisticReinforced')}
          </label>
        </div>
      )}
      <fieldset>
        <legend>{t('reports:grant.form.exceptionalLegend')}</legend>
        <p class="hint">{t('reports:grant.form.exceptionalHint')}</p>
        {Array.from({ length: EXCEPTIONAL_ROWS }, (_, i) => {
          const row = rows[i] ?? {}
          const name = (f: string) => `exceptional.${i}.${f}`
          return (
            <div class="report-exceptional-row">
              <div class={e[name('kind')] ? 'field has-error' : 'field'}>
                <label for={field(name('kind'))}>
                  {t('reports:grant.form.exceptionalKind', { n: i + 1 })}
                </label>
                {err(name('kind'))}
                <select
                  id={field(name('kind'))}
                  name={name('kind')}
                  aria-invalid={e[name('kind')] ? 'true' : undefined}
                  aria-describedby={described(name('kind'))}
                >
                  <option value="">{t('reports:grant.form.exceptionalNone')}</option>
                  {EXCEPTIONAL_KINDS.map((k) => (
                    <option value={k} selected={row.kind === k}>
                      {t(`reports:grant.exceptional.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div class={e[name('realCost')] ? 'field has-error' : 'field'}>
                <label for={field(name('realCost'))}>
                  {t('reports:grant.form.realCost', { n: i + 1 })}
                </label>
                {err(name('realCost'))}
                <input
                  id={field(name('realCost'))}
                  name={name('realCost')}
                  type="text"
                  inputmode="decimal"
                  value={row.realCost ?? ''}
                  aria-invalid={e[name('realCost')] ? 'true' : undefined}
                  aria-describedby={described(name('realCost'))}
                />
              </div>
              <div class={e[name('justification')] ? 'field has-error' : 'field'}>
                <label for={field(name('justification'))}>
                  {t('reports:grant.form.justification', { n: i + 1 })}
                </label>
                {err(name('justification'))}
                <textarea
                  id={field(name('justification'))}
                  name={name('justification')}
                  rows={2}
                  aria-invalid={e[name('justification')] ? 'true' : undefined}
                  aria-describedby={described(name('justification'))}
                >
                  {row.justification ?? ''}
                </textarea>
              </div>
            </div>
          )
        })}
      </fieldset>
      <Button>
        {t(props.page.grant ? 'reports:grant.form.recompute' : 'reports:grant.form.compute')}
      </Button>
    </Form>
  )
}
