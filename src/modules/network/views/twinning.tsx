import type { FieldErrors } from '#src/lib/errors.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { type LocalizedText, presentLanguages } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import {
  Button,
  DateTime,
  ErrorSummary,
  Field,
  Form,
  Notice,
  SelectField,
} from '#src/ui/components.tsx'
import { LocalizedTextView, MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { GOAL_STATUSES } from '../schema.ts'
import type { TwinningPair, TwinningPlan } from '../twinning.ts'
import type { Choice } from './partnerships.tsx'
import { Badge, Country, Day, KosovoNote, NetworkPage, OrgName, orgNameText } from './shared.tsx'

/** `/app/network/twinning`: the pairs the active organisation belongs to. */
export function TwinningListPage({
  pairs,
  notice,
}: {
  pairs: TwinningPair[]
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <NetworkPage
      title={t('network:twinning.title')}
      actions={
        can(actor, 'network.manage') && (
          <a class="btn btn-primary" href="/app/network/twinning/new">
            {t('network:twinning.new')}
          </a>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t('network:twinning.intro')}</p>
      {pairs.length === 0 ? (
        <p>{t('network:twinning.none')}</p>
      ) : (
        <TableWrap labelledBy="twinning-caption">
          <table>
            <caption id="twinning-caption">{t('network:twinning.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:twinning.coach')}</th>
                <th scope="col">{t('network:twinning.coached')}</th>
                <th scope="col">{t('network:twinning.programme')}</th>
                <th scope="col">{t('network:twinning.plan')}</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((p) => (
                <tr>
                  <td>
                    <OrgName name={p.coachName} defaultLocale={p.coachLocale} /> (
                    <Country code={p.coachCountry} />)
                  </td>
                  <td>
                    <OrgName name={p.coachedName} defaultLocale={p.coachedLocale} /> (
                    <Country code={p.coachedCountry} />)
                  </td>
                  <td>{p.programme}</td>
                  <td>
                    <a href={`/app/network/twinning/${p.id}`}>{t('network:twinning.openPlan')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <KosovoNote countries={pairs.flatMap((p) => [p.coachCountry, p.coachedCountry])} />
    </NetworkPage>
  )
}

type Goal = TwinningPlan['goals'][number]

function GoalSection({
  pairId,
  goal,
  errors,
  values,
}: {
  pairId: string
  goal: Goal
  errors?: FieldErrors | undefined
  values?: Record<string, string> | undefined
}) {
  const { t, actor, locale } = useUi()
  const base = `goal-${goal.id}`
  return (
    <section aria-labelledby={`${base}-title`} class="twinning-goal">
      <h3 id={`${base}-title`}>
        <LocalizedTextView value={goal.title} showOthers={false} />
      </h3>
      <p>
        <Badge status={goal.status} label={t(`network:goalStatus.${goal.status}`)} />{' '}
        {goal.targetDate && (
          <>
            {t('network:twinning.target')} <Day value={goal.targetDate} />
          </>
        )}
      </p>
      {goal.notes.length === 0 ? (
        <p class="muted">{t('network:twinning.noNotes')}</p>
      ) : (
        <ol class="notes">
          {goal.notes.map((n) => (
            <li>
              <p class="muted">
                {t('network:twinning.noteBy', {
                  name: n.authorName ?? t('network:twinning.someone'),
                  organisation: orgNameText(n.authorOrgName, locale),
                })}{' '}
                · <DateTime value={n.createdAt} />
                {n.status && ` · ${t(`network:goalStatus.${n.status}`)}`}
              </p>
              <p>{n.body}</p>
            </li>
          ))}
        </ol>
      )}
      {can(actor, 'network.manage') && (
        <details open={errors ? true : undefined}>
          <summary>{t('network:twinning.addNote')}</summary>
          <ErrorSummary
            errors={
              errors &&
              Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${k}-${goal.id}`, v]))
            }
          />
          <Form action={`/app/network/twinning/${pairId}/goals/${goal.id}/notes`}>
            <div class={errors?.body ? 'field has-error' : 'field'}>
              <label for={`f-body-${goal.id}`}>{t('network:twinning.note')}</label>
              {errors?.body && <p class="error">{t(errors.body)}</p>}
              <textarea
                id={`f-body-${goal.id}`}
                name="body"
                rows={3}
                maxlength={4000}
                aria-invalid={errors?.body ? 'true' : undefined}
              >
                {values?.body ?? ''}
              </textarea>
            </div>
            <div class="field">
              <label for={`f-status-${goal.id}`}>{t('network:twinning.goalStatus')}</label>
              <select id={`f-status-${goal.id}`} name="status">
                {GOAL_STATUSES.map((s) => (
                  <option value={s} selected={(values?.status ?? goal.status) === s}>
                    {t(`network:goalStatus.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <Button variant="secondary">{t('network:twinning.saveNote')}</Button>
          </Form>
        </details>
      )}
    </section>
  )
}

export type PlanForms = {
  goal?: { values: { title: LocalizedText; targetDate: string }; errors: FieldErrors }
  note?: { goalId: string; values: Record<string, string>; errors: FieldErrors }
}

/** `/app/network/twinning/:id`: a pair's coaching plan, seen by both schools. */
export function TwinningPlanPage({
  plan,
  forms = {},
  notice,
}: {
  plan: TwinningPlan
  forms?: PlanForms
  notice?: string | undefined
}) {
  const { t, locale, actor } = useUi()
  const { pair } = plan
  const goalValues = forms.goal?.values ?? { title: {}, targetDate: '' }
  return (
    <NetworkPage
      title={t('network:twinning.planTitle', {
        coach: orgNameText(pair.coachName, locale, pair.coachLocale),
        coached: orgNameText(pair.coachedName, locale, pair.coachedLocale),
      })}
      actions={
        can(actor, 'network.manage') &&
        pair.tenantId === actor?.tenantId && (
          <a class="btn btn-danger" href={`/app/network/twinning/${pair.id}/delete`}>
            {t('network:delete.button')}
          </a>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <dl class="facts">
        <dt>{t('network:twinning.coach')}</dt>
        <dd>
          <OrgName
            name={pair.coachName}
            defaultLocale={pair.coachLocale}
            href={`/app/network/organisations/${pair.coachId}`}
          />
        </dd>
        <dt>{t('network:twinning.coached')}</dt>
        <dd>
          <OrgName
            name={pair.coachedName}
            defaultLocale={pair.coachedLocale}
            href={`/app/network/organisations/${pair.coachedId}`}
          />
        </dd>
        {pair.programme && (
          <>
            <dt>{t('network:twinning.programme')}</dt>
            <dd>{pair.programme}</dd>
          </>
        )}
        {(pair.startsOn || pair.endsOn) && (
          <>
            <dt>{t('network:fields.validity')}</dt>
            <dd>
              <Day value={pair.startsOn} /> – <Day value={pair.endsOn} />
            </dd>
          </>
        )}
      </dl>
      <h2>{t('network:twinning.goals')}</h2>
      {plan.goals.length === 0 && <p>{t('network:twinning.noGoals')}</p>}
      {plan.goals.map((g) => (
        <GoalSection
          pairId={pair.id}
          goal={g}
          errors={forms.note?.goalId === g.id ? forms.note.errors : undefined}
          values={forms.note?.goalId === g.id ? forms.note.values : undefined}
        />
      ))}
      {can(actor, 'network.manage') && (
        <section aria-labelledby="new-goal">
          <h2 id="new-goal">{t('network:twinning.addGoal')}</h2>
          <ErrorSummary errors={forms.goal?.errors} />
          <Form action={`/app/network/twinning/${pair.id}/goals`}>
            <MultilingualField
              name="title"
              label={t('network:twinning.goalTitle')}
              value={goalValues.title}
              languages={[...new Set([...LOCALES, ...presentLanguages(goalValues.title)])]}
              requireAny
              errors={forms.goal?.errors}
              maxlength={300}
            />
            <Field
              name="targetDate"
              type="date"
              label={t('network:twinning.targetDate')}
              value={goalValues.targetDate}
              error={forms.goal?.errors.targetDate}
            />
            <Button>{t('network:twinning.saveGoal')}</Button>
          </Form>
        </section>
      )}
      <KosovoNote countries={[pair.coachCountry, pair.coachedCountry]} />
    </NetworkPage>
  )
}

export type PairFormValues = {
  partnerId: string
  ourRole: string
  programme: string
  startsOn: string
  endsOn: string
}

/** `/app/network/twinning/new`. */
export function TwinningFormPage({
  values,
  choices,
  errors,
}: {
  values: PairFormValues
  choices: Choice[]
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const e = errors ?? {}
  return (
    <NetworkPage title={t('network:twinning.newTitle')}>
      <ErrorSummary errors={errors} />
      <Form action="/app/network/twinning/new">
        <SelectField
          name="partnerId"
          label={t('network:twinning.partner')}
          value={values.partnerId}
          placeholder={t('network:fields.choosePartner')}
          options={choices.map((c) => ({
            value: c.id,
            label: `${orgNameText(c.name, locale, c.defaultLocale)} (${c.country})`,
          }))}
          error={e.partnerId}
          required
        />
        <SelectField
          name="ourRole"
          label={t('network:twinning.ourRole')}
          value={values.ourRole}
          options={[
            { value: 'coach', label: t('network:twinning.weCoach') },
            { value: 'coached', label: t('network:twinning.weAreCoached') },
          ]}
          error={e.ourRole}
          required
        />
        <Field
          name="programme"
          label={t('network:twinning.programme')}
          hint={t('network:twinning.programmeHint')}
          value={values.programme}
          error={e.programme}
          maxlength={120}
        />
        <Field
          name="startsOn"
          type="date"
          label={t('network:twinning.startsOn')}
          value={values.startsOn}
          error={e.startsOn}
        />
        <Field
          name="endsOn"
          type="date"
          label={t('network:twinning.endsOn')}
          value={values.endsOn}
          error={e.endsOn}
        />
        <div class="form-actions">
          <Button>{t('network:twinning.create')}</Button>{' '}
          <a href="/app/network/twinning">{t('common:form.cancel')}</a>
        </div>
      </Form>
    </NetworkPage>
  )
}
