import { countryOptions } from '#src/lib/countries.ts'
import { can } from '#src/lib/policy.ts'
import { Button, Notice, SelectField } from '#src/ui/components.tsx'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import type { HostCompanyView } from '../host-companies.ts'
import type { HostQuery } from '../inputs.ts'
import { iscedBroadFields } from '../reference.ts'
import { Badge, Country, KosovoNote, NetworkPage, OrgName } from './shared.tsx'

/** ISCED-F 2013 broad fields as options, "10 Services". */
export function sectorOptions(t: (k: string) => string) {
  return iscedBroadFields().map((f) => ({
    value: f.code,
    label: `${f.code} ${t(`network:sector.${f.code}`)}`,
  }))
}

function Filters({ query }: { query: HostQuery }) {
  const { t, locale } = useUi()
  return (
    <search>
      <form method="get" action="/app/network/host-companies" class="filters">
        <SelectField
          name="sector"
          label={t('network:hosts.sector')}
          value={query.sector}
          placeholder={t('network:hosts.anySector')}
          options={sectorOptions(t)}
        />
        <SelectField
          name="country"
          label={t('organisations:fields.country')}
          value={query.country}
          placeholder={t('network:directory.anyCountry')}
          options={countryOptions(locale).map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          name="minors"
          label={t('network:hosts.acceptsMinors')}
          value={query.minors}
          placeholder={t('network:hosts.either')}
          options={[
            { value: 'yes', label: t('network:hosts.yes') },
            { value: 'no', label: t('network:hosts.no') },
          ]}
        />
        <Button variant="secondary">{t('network:directory.filter')}</Button>
      </form>
    </search>
  )
}

/** `/app/network/host-companies`: the register of companies that host learners. */
export function HostListPage({
  items,
  query,
  notice,
}: {
  items: HostCompanyView[]
  query: HostQuery
  notice?: string | undefined
}) {
  const { t, actor } = useUi()
  return (
    <NetworkPage
      title={t('network:hosts.title')}
      actions={
        can(actor, 'network.manage') && (
          <a class="btn btn-primary" href="/app/network/host-companies/new">
            {t('network:hosts.new')}
          </a>
        )
      }
    >
      {notice && <Notice>{t(notice)}</Notice>}
      <Filters query={query} />
      <p role="status">{t('network:hosts.count', { count: items.length })}</p>
      {items.length > 0 && (
        <TableWrap labelledBy="hosts-caption">
          <table>
            <caption id="hosts-caption">{t('network:hosts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:hosts.company')}</th>
                <th scope="col">{t('network:hosts.sector')}</th>
                <th scope="col">{t('organisations:fields.city')}</th>
                <th scope="col">{t('organisations:fields.country')}</th>
                <th scope="col">{t('network:hosts.acceptsMinors')}</th>
                <th scope="col">{t('network:hosts.safeguarding')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => (
                <tr>
                  <th scope="row">
                    <OrgName
                      name={h.name}
                      defaultLocale={h.defaultLocale}
                      href={`/app/network/host-companies/${h.id}`}
                    />
                  </th>
                  <td>{t(`network:sector.${h.sector}`)}</td>
                  <td>{h.city}</td>
                  <td>
                    <Country code={h.country} />
                  </td>
                  <td>{h.acceptsMinors ? t('network:hosts.yes') : t('network:hosts.no')}</td>
                  <td>
                    <Badge
                      status={h.safeguarding}
                      label={t(`network:safeguarding.${h.safeguarding}`)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <KosovoNote countries={items.map((h) => h.country)} />
      <p class="footnote">{t('network:hosts.iscedSource')}</p>
    </NetworkPage>
  )
}
