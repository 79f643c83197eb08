import { countryOptions } from '#src/lib/countries.ts'
import { formatDate as formatDay } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { can } from '#src/lib/policy.ts'
import { Button, ErrorSummary, Field, Form, Notice, SelectField } from '#src/ui/components.tsx'
import { Pagination } from '#src/ui/pagination.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import { ORGANISATION_TYPES, type Organisation } from '../../organisations/index.ts'
import type { DirectoryQuery } from '../inputs.ts'
import type { PartnershipView } from '../partnerships.ts'
import { Country, KosovoNote, NetworkPage, OrgName, orgNameText } from './shared.tsx'

type DirectoryProps = {
  items: Organisation[]
  total: number
  page: number
  pageCount: number
  query: DirectoryQuery
  /** Null for a platform administrator without an organisation. */
  expiring: PartnershipView[] | null
  notice?: string | undefined
}

function Filters({ query }: { query: DirectoryQuery }) {
  const { t, locale } = useUi()
  return (
    <search>
      <form method="get" action="/app/network" class="filters">
        <div class="field">
          <label for="f-q">{t('network:directory.search')}</label>
          <p class="hint" id="f-q-hint">
            {t('network:directory.searchHint')}
          </p>
          <input
            id="f-q"
            name="q"
            type="search"
            value={query.q ?? ''}
            aria-describedby="f-q-hint"
          />
        </div>
        <SelectField
          name="country"
          label={t('organisations:fields.country')}
          value={query.country}
          placeholder={t('network:directory.anyCountry')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          name="type"
          label={t('organisations:fields.type')}
          value={query.type}
          placeholder={t('network:directory.anyType')}
          options={ORGANISATION_TYPES.map((v) => ({
            value: v,
            label: t(`organisations:types.${v}`),
          }))}
        />
        <Button variant="secondary">{t('network:directory.filter')}</Button>
      </form>
    </search>
  )
}

function ExpiringList({ items }: { items: PartnershipView[] }) {
  const { t, locale } = useUi()
  return (
    <section aria-labelledby="expiring-title">
      <h2 id="expiring-title">{t('network:expiring.title')}</h2>
      {items.length === 0 ? (
        <p>{t('network:expiring.none')}</p>
      ) : (
        <ul class="action-list">
          {items.map((p) => (
            <li>
              <a href={`/app/network/partnerships/${p.id}`}>
                {t('network:expiring.item', {
                  kind: t(`network:kind.${p.kind}`),
                  partner: orgNameText(p.partnerName, locale, p.partnerLocale),
                  date: formatDay(locale, p.validTo),
                  count: p.daysLeft,
                })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** `/app/network`: every organisation in Ura, and the agreements that need renewing soon. */
export function DirectoryPage(props: DirectoryProps) {
  const { t, actor } = useUi()
  const { items, query } = props
  return (
    <NetworkPage
      title={t('network:directory.title')}
      actions={
        can(actor, 'network.manage') && (
          <a class="btn btn-primary" href="/app/network/organisations/new">
            {t('network:directory.addExternal')}
          </a>
        )
      }
    >
      {props.notice && <Notice>{t(props.notice)}</Notice>}
      {props.expiring && <ExpiringList items={props.expiring} />}
      <h2>{t('network:directory.listTitle')}</h2>
      <Filters query={query} />
      <p role="status">{t('network:directory.count', { count: props.total })}</p>
      {items.length > 0 && (
        <TableWrap labelledBy="directory-caption">
          <table>
            <caption id="directory-caption">{t('network:directory.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations:fields.name')}</th>
                <th scope="col">{t('organisations:fields.type')}</th>
                <th scope="col">{t('organisations:fields.city')}</th>
                <th scope="col">{t('organisations:fields.country')}</th>
                <th scope="col">{t('network:directory.onUra')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((org) => (
                <tr>
                  <th scope="row">
                    <OrgName
                      name={org.name}
                      defaultLocale={org.defaultLocale}
                      href={`/app/network/organisations/${org.id}`}
                    />
                  </th>
                  <td>{t(`organisations:types.${org.type}`)}</td>
                  <td>{org.city}</td>
                  <td>
                    <Country code={org.country} />
                  </td>
                  <td>
                    {org.isExternal
                      ? t('network:directory.external')
                      : t('network:directory.member')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <KosovoNote countries={items.map((o) => o.country)} />
      <Pagination
        label={t('network:directory.pagination')}
        page={props.page}
        pageCount={props.pageCount}
        base="/app/network"
        query={{ q: query.q, country: query.country, type: query.type }}
      />
    </NetworkPage>
  )
}

type DetailProps = {
  org: Organisation
  /** Null for a platform administrator without an organisation of their own. */
  partnerships: PartnershipView[] | null
  claim?: { values: Record<string, string>; errors?: FieldErrors | undefined } | undefined
  notice?: string | undefined
}

/** `/app/network/organisations/:id`: one organisation of the directory. */
export function OrganisationDetailPage({ org, partnerships, claim, notice }: DetailProps) {
  const { t, locale, actor } = useUi()
  return (
    <NetworkPage title={t('network:organisation.title')}>
      {notice && <Notice>{t(notice)}</Notice>}
      <h2>
        <OrgName name={org.name} defaultLocale={org.defaultLocale} />
      </h2>
      <dl class="facts">
        <dt>{t('organisations:fields.type')}</dt>
        <dd>{t(`organisations:types.${org.type}`)}</dd>
        <dt>{t('organisations:fields.country')}</dt>
        <dd>
          <Country code={org.country} />
        </dd>
        <dt>{t('organisations:fields.city')}</dt>
        <dd>{org.city}</dd>
        {org.website && (
          <>
            <dt>{t('organisations:fields.website')}</dt>
            <dd>
              <a href={org.website} rel="noopener noreferrer">
                {org.website}
              </a>
            </dd>
          </>
        )}
        {org.erasmusOid && (
          <>
            <dt>{t('organisations:fields.erasmusOid')}</dt>
            <dd>{org.erasmusOid}</dd>
          </>
        )}
        <dt>{t('network:directory.onUra')}</dt>
        <dd>
          {org.isExternal ? t('network:organisation.externalNote') : t('network:directory.member')}
        </dd>
      </dl>
      {!org.isExternal && (
        <p>
          <a href={`/${locale}/o/${org.slug}`}>{t('network:organisation.publicProfile')}</a>
        </p>
      )}
      {partnerships && (
        <section aria-labelledby="ours-title">
          <h2 id="ours-title">{t('network:organisation.ourAgreements')}</h2>
          {partnerships.length === 0 ? (
            <p>{t('network:organisation.noAgreements')}</p>
          ) : (
            <ul class="action-list">
              {partnerships.map((p) => (
                <li>
                  <a href={`/app/network/partnerships/${p.id}`}>
                    {t('network:organisation.agreementItem', {
                      kind: t(`network:kind.${p.kind}`),
                      date: formatDay(locale, p.validTo),
                    })}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {org.isExternal && actor?.isPlatformAdmin && (
        <section aria-labelledby="claim-title">
          <h2 id="claim-title">{t('network:claim.title')}</h2>
          <p>{t('network:claim.intro')}</p>
          <ErrorSummary errors={claim?.errors} />
          <Form action={`/app/network/organisations/${org.id}/claim`}>
            <Field
              name="email"
              type="email"
              label={t('network:claim.email')}
              value={claim?.values.email}
              error={claim?.errors?.email}
              autocomplete="off"
              required
            />
            <Field
              name="displayName"
              label={t('network:claim.displayName')}
              value={claim?.values.displayName}
              error={claim?.errors?.displayName}
              autocomplete="off"
            />
            <Button>{t('network:claim.submit')}</Button>
          </Form>
        </section>
      )}
      <KosovoNote countries={[org.country]} />
    </NetworkPage>
  )
}
