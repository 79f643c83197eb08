import { countryName, countryOptions } from '#src/lib/countries.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { languageName } from '#src/lib/i18n.ts'
import { hasText, pickText } from '#src/lib/localized-text.ts'
import { Button, ErrorSummary, Form, Notice, PageHeader, SelectField } from '#src/ui/components.tsx'
import { LocalizedTextView } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { type Applicant, checkEligibility } from '../eligibility.ts'
import { formatBudget, reasonText } from '../format.ts'
import { WESTERN_BALKANS } from '../reference.ts'
import { COUNTRY_GROUPS, FUNDING_ORG_TYPES, FUNDING_ROLES } from '../schema.ts'
import type { OpportunityView } from '../service/opportunities.ts'
import { AnswerBadge, ConfidenceBadge, DeadlineText, FundingTabs, Txt } from './parts.tsx'

function Answers({
  opportunity,
  who,
  id,
}: {
  opportunity: OpportunityView
  who: Applicant
  id: string
}) {
  const { t, locale } = useUi()
  const answers = checkEligibility(opportunity, who)
  return (
    <TableWrap labelledBy={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>
          {t('funding:eligibility.caption', {
            country: countryName(who.country, locale),
            type: t(`funding:orgType.${who.organisationType}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('funding:eligibility.role')}</th>
            <th scope="col">{t('funding:eligibility.answer')}</th>
            <th scope="col">{t('funding:eligibility.why')}</th>
          </tr>
        </thead>
        <tbody>
          {FUNDING_ROLES.map((role) => {
            const a = answers[role]
            return (
              <tr>
                <th scope="row">{t(`funding:role.${role}`)}</th>
                <td>
                  <AnswerBadge answer={a} /> <ConfidenceBadge confidence={a.confidence} />
                </td>
                <td>
                  {reasonText(t, locale, a.reason)}
                  {a.rule && presentNote(a.rule.note) && (
                    <p class="muted">
                      <Txt text={a.rule.note} />
                    </p>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}

const presentNote = (note: Record<string, string | undefined>) =>
  Object.keys(note).some((l) => hasText(note, l))

function CheckForm(props: {
  opportunityId: string
  values: { country: string; organisationType: string }
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const first = WESTERN_BALKANS.map((code) => ({ value: code, label: countryName(code, locale) }))
  const rest = countryOptions(locale)
    .filter((c) => !(WESTERN_BALKANS as readonly string[]).includes(c.code))
    .map((c) => ({ value: c.code, label: c.name }))
  return (
    <Form action={`/app/funding/opportunities/${props.opportunityId}`} method="get" id="check">
      <ErrorSummary errors={props.errors} />
      <SelectField
        name="country"
        label={t('funding:check.country')}
        value={props.values.country}
        error={props.errors?.country}
        options={[...first, ...rest]}
      />
      <SelectField
        name="organisationType"
        label={t('funding:check.type')}
        value={props.values.organisationType}
        error={props.errors?.organisationType}
        options={FUNDING_ORG_TYPES.map((o) => ({ value: o, label: t(`funding:orgType.${o}`) }))}
      />
      <Button variant="secondary">{t('funding:check.submit')}</Button>
    </Form>
  )
}

/** `/app/funding/opportunities/:id`: the facts, who may apply (the school's answer), watch, apply. */
export function OpportunityPage(props: {
  opportunity: OpportunityView
  school: (Applicant & { name: string }) | null
  check: {
    values: { country: string; organisationType: string }
    who: Applicant | null
    errors?: FieldErrors | undefined
  }
  watchers: { names: string[]; isWatching: boolean }
  canEdit: boolean
  canWatch: boolean
  canApply: boolean
  now: Date
  notice?: string | undefined
}) {
  const { t, locale } = useUi()
  const o = props.opportunity
  const base = `/app/funding/opportunities/${o.id}`
  const budget = formatBudget(t, locale, o)
  return (
    <>
      <PageHeader title={pickText(o.title, locale).value || o.actionCode}>
        {props.canEdit && (
          <a class="btn btn-secondary" href={`${base}/edit`}>
            {t('funding:page.edit')}
          </a>
        )}
        {props.canApply && (
          <a class="btn btn-primary" href={`/app/funding/applications/new?opportunity=${o.id}`}>
            {t('funding:page.apply')}
          </a>
        )}
      </PageHeader>
      <FundingTabs />
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {o.confidence === 'unconfirmed' && (
        <div class="notice notice-warning">
          <p>
            <ConfidenceBadge confidence="unconfirmed" /> {t('funding:page.unconfirmedIntro')}
          </p>
          {presentNote(o.sourceNote) && <LocalizedTextView value={o.sourceNote} />}
        </div>
      )}
      <p>
        <LocalizedTextView value={o.summary} />
      </p>
      <dl class="facts">
        <dt>{t('funding:fields.programme')}</dt>
        <dd>{t(`funding:programme.${o.programme}`)}</dd>
        <dt>{t('funding:fields.actionCode')}</dt>
        <dd>{o.actionCode || '—'}</dd>
        <dt>{t('funding:fields.scope')}</dt>
        <dd>{t(`funding:scope.${o.scope}`)}</dd>
        <dt>{t('funding:fields.budget')}</dt>
        <dd>
          {budget ?? t('funding:budget.unknown')}
          {presentNote(o.budgetNote) && (
            <>
              {' '}
              <span class="muted">
                <Txt text={o.budgetNote} />
              </span>
            </>
          )}
        </dd>
        <dt>{t('funding:fields.coFinancingRate')}</dt>
        <dd>
          {o.coFinancingRate === null
            ? t('funding:page.notStated')
            : t('funding:page.percent', { rate: o.coFinancingRate })}
        </dd>
        <dt>{t('funding:fields.applicationLanguages')}</dt>
        <dd>
          {o.applicationLanguages.length === 0
            ? t('funding:page.notStated')
            : o.applicationLanguages.map((l) => languageName(l, locale)).join(', ')}
        </dd>
        <dt>{t('funding:fields.url')}</dt>
        <dd>
          {o.url ? (
            <a href={o.url} rel="noopener noreferrer">
              {o.url}
            </a>
          ) : (
            '—'
          )}
        </dd>
        <dt>{t('funding:fields.confidence')}</dt>
        <dd>
          <ConfidenceBadge confidence={o.confidence} />
        </dd>
      </dl>

      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">{t('funding:page.deadlines')}</h2>
        {o.deadlines.length === 0 ? (
          <p>{t('funding:page.noDeadlines')}</p>
        ) : (
          <ul>
            {o.deadlines.map((d) => (
              <li>
                <DeadlineText deadline={d} now={props.now} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="eligibility-heading">
        <h2 id="eligibility-heading">{t('funding:page.eligibility')}</h2>
        {props.school ? (
          <>
            <p>{t('funding:page.forSchool', { school: props.school.name })}</p>
            <Answers opportunity={o} who={props.school} id="school" />
          </>
        ) : (
          <p>{t('funding:page.noSchool')}</p>
        )}
        <h3>{t('funding:check.title')}</h3>
        <p class="hint">{t('funding:check.hint')}</p>
        <CheckForm opportunityId={o.id} values={props.check.values} errors={props.check.errors} />
        {props.check.who && <Answers opportunity={o} who={props.check.who} id="checked" />}
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('funding:page.rules')}</h2>
        {o.eligibility.length === 0 ? (
          <p>{t('funding:page.noRules')}</p>
        ) : (
          <ul>
            {o.eligibility.map((r) => (
              <li>
                <strong>{t(`funding:role.${r.role}`)}</strong>:{' '}
                {r.countries
                  .map((c) =>
                    (COUNTRY_GROUPS as readonly string[]).includes(c)
                      ? t(`funding:group.${c}`)
                      : countryName(c, locale),
                  )
                  .join(', ')}
                {' · '}
                {r.organisationTypes.length === 0
                  ? t('funding:page.anyType')
                  : r.organisationTypes.map((ty) => t(`funding:orgType.${ty}`)).join(', ')}{' '}
                <ConfidenceBadge confidence={r.confidence} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {props.canWatch && (
        <section aria-labelledby="watch-heading">
          <h2 id="watch-heading">{t('funding:watch.title')}</h2>
          <p>
            {props.watchers.names.length === 0
              ? t('funding:watch.nobody')
              : t('funding:watch.who', { names: props.watchers.names.join(', ') })}
          </p>
          <p class="hint">{t('funding:watch.hint')}</p>
          <Form
            action={`${base}/${props.watchers.isWatching ? 'unwatch' : 'watch'}`}
            class="inline-form"
          >
            <Button variant={props.watchers.isWatching ? 'secondary' : 'primary'}>
              {t(props.watchers.isWatching ? 'funding:watch.stop' : 'funding:watch.start')}
            </Button>
          </Form>
        </section>
      )}
    </>
  )
}
