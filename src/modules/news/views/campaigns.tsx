import type { FieldErrors } from '#src/lib/errors.ts'
import { dateTimeFormat, numberFormat } from '#src/lib/intl.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import {
  Button,
  CheckboxGroup,
  EmptyState,
  Field,
  Form,
  Notice,
  PageHeader,
} from '#src/ui/components.tsx'
import { MultilingualField } from '#src/ui/multilingual-field.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { Campaign, getCampaignReach } from '../campaigns.ts'
import type { LinkedEvent } from '../links.ts'
import { NewsErrorSummary, PublishedDate } from './parts.tsx'

function Period({ campaign }: { campaign: Pick<Campaign, 'startsOn' | 'endsOn'> }) {
  const { t, locale } = useUi()
  const fmt = (d: string) =>
    dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${d}T12:00:00Z`),
    )
  if (campaign.startsOn && campaign.endsOn) {
    return (
      <>{t('news:campaigns.period', { from: fmt(campaign.startsOn), to: fmt(campaign.endsOn) })}</>
    )
  }
  if (campaign.startsOn) return <>{t('news:campaigns.from', { date: fmt(campaign.startsOn) })}</>
  return null
}

/** `/app/campaigns`: the organisation's campaigns. */
export function CampaignListPage({ items, notice }: { items: Campaign[]; notice?: string }) {
  const { t, locale } = useUi()
  return (
    <>
      <PageHeader title={t('news:campaigns.title')}>
        <a class="btn btn-primary" href="/app/campaigns/new">
          {t('news:campaigns.new')}
        </a>
      </PageHeader>
      {notice && <Notice>{t(notice)}</Notice>}
      <p>{t('news:campaigns.intro')}</p>
      {items.length === 0 ? (
        <EmptyState title={t('news:campaigns.emptyTitle')}>{t('news:campaigns.empty')}</EmptyState>
      ) : (
        <ul class="news-list">
          {items.map((c) => {
            const name = pickText(c.name, locale)
            return (
              <li>
                <a href={`/app/campaigns/${c.id}`} lang={name.isFallback ? name.lang : undefined}>
                  {name.value}
                </a>{' '}
                <span class="muted">
                  <Period campaign={c} />
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}

export type CampaignFormValues = {
  name: LocalizedText
  description: LocalizedText
  startsOn: string
  endsOn: string
  eventIds: string[]
}

/** `/app/campaigns/new` and `/app/campaigns/:id/edit`. */
export function CampaignFormPage(props: {
  title: string
  action: string
  cancelHref: string
  values: CampaignFormValues
  languages: readonly string[]
  events: LinkedEvent[]
  errors?: FieldErrors | undefined
}) {
  const { t, locale } = useUi()
  const { values, errors } = props
  const fmt = (e: LinkedEvent) =>
    dateTimeFormat(locale, { dateStyle: 'medium', timeZone: e.timeZone }).format(e.startsAt)
  return (
    <>
      <PageHeader title={props.title} />
      <NewsErrorSummary errors={errors} />
      <Form action={props.action}>
        <MultilingualField
          name="name"
          label={t('news:campaigns.fields.name')}
          value={values.name}
          languages={props.languages}
          requireAny
          errors={errors}
          maxlength={200}
        />
        <MultilingualField
          name="description"
          label={t('news:campaigns.fields.description')}
          value={values.description}
          languages={props.languages}
          errors={errors}
          multiline
          maxlength={2000}
        />
        <Field
          name="startsOn"
          type="date"
          label={t('news:campaigns.fields.startsOn')}
          value={values.startsOn}
          error={errors?.startsOn}
        />
        <Field
          name="endsOn"
          type="date"
          label={t('news:campaigns.fields.endsOn')}
          value={values.endsOn}
          error={errors?.endsOn}
        />
        {props.events.length > 0 ? (
          <CheckboxGroup
            name="eventIds"
            legend={t('news:campaigns.fields.events')}
            values={values.eventIds}
            error={errors?.eventIds}
            options={props.events.map((e) => {
              const title = pickText(e.title, locale)
              return { value: e.id, label: `${title.value} (${fmt(e)})`, lang: title.lang }
            })}
          />
        ) : (
          <p class="hint">{t('news:campaigns.noEvents')}</p>
        )}
        <div class="form-actions">
          <Button>{t('common:form.save')}</Button>
          <a href={props.cancelHref}>{t('common:form.cancel')}</a>
        </div>
      </Form>
    </>
  )
}

type Reach = Awaited<ReturnType<typeof getCampaignReach>>

/** `/app/campaigns/:id`: what the campaign reached, event by event, and its news. */
export function CampaignPage({
  campaign,
  reach,
  notice,
}: {
  campaign: Campaign
  reach: Reach
  notice?: string | undefined
}) {
  const { t, locale, timeZone } = useUi()
  const name = pickText(campaign.name, locale)
  const description = pickText(campaign.description, locale)
  const n = (value: number) => numberFormat(locale).format(value)
  const avg = (value: number | null) =>
    value === null ? '–' : numberFormat(locale, { minimumFractionDigits: 1 }).format(value)
  const stats: [string, string][] = [
    [t('news:campaigns.reach.events'), n(reach.totals.events)],
    [t('news:campaigns.reach.registrations'), n(reach.totals.registrations)],
    [t('news:campaigns.reach.attended'), n(reach.totals.attended)],
    [t('news:campaigns.reach.feedback'), n(reach.totals.feedbackCount)],
    [t('news:campaigns.reach.rating'), avg(reach.totals.feedbackAverage)],
  ]
  return (
    <>
      <div class="page-header">
        <h1 lang={name.isFallback ? name.lang : undefined}>{name.value}</h1>
        <div class="page-actions">
          <a class="btn btn-secondary" href={`/app/campaigns/${campaign.id}/edit`}>
            {t('news:campaigns.edit')}
          </a>
        </div>
      </div>
      {notice && <Notice>{t(notice)}</Notice>}
      <p class="muted">
        <Period campaign={campaign} />
      </p>
      {description.value && (
        <p lang={description.isFallback ? description.lang : undefined}>{description.value}</p>
      )}
      <section aria-labelledby="reach-h">
        <h2 id="reach-h">{t('news:campaigns.reach.title')}</h2>
        <dl class="stats">
          {stats.map(([label, value]) => (
            <div class="stat">
              <dt class="stat-label">{label}</dt>
              <dd class="stat-value">{value}</dd>
            </div>
          ))}
        </dl>
        {reach.rows.length > 0 && (
          <TableWrap labelledBy="reach-caption">
            <table>
              <caption id="reach-caption">{t('news:campaigns.reach.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('news:campaigns.reach.event')}</th>
                  <th scope="col">{t('news:campaigns.reach.date')}</th>
                  <th scope="col">{t('news:campaigns.reach.registrations')}</th>
                  <th scope="col">{t('news:campaigns.reach.attended')}</th>
                  <th scope="col">{t('news:campaigns.reach.feedback')}</th>
                  <th scope="col">{t('news:campaigns.reach.rating')}</th>
                </tr>
              </thead>
              <tbody>
                {reach.rows.map((r) => {
                  const title = pickText(r.event.title, locale)
                  return (
                    <tr>
                      <th scope="row" lang={title.isFallback ? title.lang : undefined}>
                        {title.value}
                      </th>
                      <td>
                        <PublishedDate value={r.event.startsAt} timeZone={r.event.timeZone} />
                      </td>
                      <td class="num">{n(r.registrations)}</td>
                      <td class="num">{n(r.attended)}</td>
                      <td class="num">{n(r.feedbackCount)}</td>
                      <td class="num">{avg(r.feedbackAverage)}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
      <section aria-labelledby="campaign-news-h">
        <h2 id="campaign-news-h">{t('news:campaigns.news')}</h2>
        {reach.posts.length === 0 ? (
          <p>{t('news:campaigns.noNews')}</p>
        ) : (
          <ul class="news-list">
            {reach.posts.map((p) => {
              const title = pickText(p.title, locale)
              return (
                <li>
                  <a href={`/app/news/${p.id}`} lang={title.isFallback ? title.lang : undefined}>
                    {title.value}
                  </a>{' '}
                  <span class="muted">
                    {t(`news:status.${p.status}`)}
                    {p.publishedAt && (
                      <>
                        {' · '}
                        <PublishedDate value={p.publishedAt} timeZone={timeZone} />
                      </>
                    )}
                  </span>
                </li>
              )
            })}
          </ul>
        )}
      </section>
    </>
  )
}
