import { countryName } from '#src/lib/countries.ts'
import { numberFormat } from '#src/lib/intl.ts'
import { TableWrap } from '#src/ui/table-wrap.tsx'
import { useUi } from '#src/ui/use-ui.ts'
import {
  equirectangular,
  extentOf,
  graticule,
  type MapData,
  type MapOrganisation,
  placeLabels,
} from '../map.ts'
import { Country, KosovoNote, NetworkPage, OrgName, orgNameText } from './shared.tsx'

// Presentation attributes, not inline styles: the strict CSP allows them and the map needs no CSS.
const COLOURS: Record<string, string> = {
  vet_school: '#1d4f91',
  company: '#a64b00',
  university: '#5b2a86',
  public_body: '#2b6a3f',
  ngo: '#2b6a3f',
  other: '#505a5f',
}
const TWINNING = '#b3261e'
const PARTNERSHIP = '#1d70b8'

type Roles = { partner: Set<string>; twinned: Set<string> }

function rolesOf(data: MapData): Roles {
  const partner = new Set<string>()
  const twinned = new Set<string>()
  for (const l of data.links) {
    if (l.kind === 'partnership') partner.add(l.toId)
    else {
      twinned.add(l.fromId)
      twinned.add(l.toId)
    }
  }
  return { partner, twinned }
}

/** The SVG map: graticule, connections, one point per organisation, non-overlapping labels. */
export function NetworkMapSvg({ data }: { data: MapData }) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale)
  const extent = extentOf(data.organisations)
  const proj = equirectangular(extent)
  const grid = graticule(extent)
  const byId = new Map(data.organisations.map((o) => [o.id, o]))
  const at = (o: MapOrganisation) => proj.project(o.lat, o.lon)
  const roles = rolesOf(data)
  const links = data.links.filter((l) => byId.has(l.fromId) && byId.has(l.toId))
  const cities = new Map<string, { x: number; y: number; text: string }>()
  for (const o of data.organisations) {
    const key = `${o.country}|${o.city}`
    if (o.city && !cities.has(key)) cities.set(key, { ...at(o), text: o.city })
  }
  const labels = placeLabels([...cities.values()])
  const top = proj.project(extent.north, extent.west)
  const bottom = proj.project(extent.south, extent.east)
  return (
    <svg
      class="network-map"
      role="img"
      aria-labelledby="map-title map-desc"
      viewBox={`0 0 ${proj.width} ${proj.height}`}
      width={proj.width}
      height={proj.height}
      xmlns="http://www.w3.org/2000/svg"
      focusable="false"
    >
      <title id="map-title">{t('network:map.svgTitle')}</title>
      <desc id="map-desc">
        {t('network:map.svgDesc', {
          count: data.organisations.length,
          partnerships: links.filter((l) => l.kind === 'partnership').length,
          pairs: links.filter((l) => l.kind === 'twinning').length,
        })}
      </desc>
      <rect
        x={top.x}
        y={top.y}
        width={bottom.x - top.x}
        height={bottom.y - top.y}
        fill="#f3f7fb"
        stroke="#b1b4b6"
      />
      <g class="graticule" stroke="#c8d1da" stroke-width="0.75" fill="#505a5f" font-size="11">
        {grid.parallels.map((lat) => {
          const a = proj.project(lat, extent.west)
          const b = proj.project(lat, extent.east)
          return (
            <>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <text x={a.x + 3} y={a.y - 3} stroke="none">
                {t('network:map.north', { value: fmt.format(lat) })}
              </text>
            </>
          )
        })}
        {grid.meridians.map((lon) => {
          const a = proj.project(extent.north, lon)
          const b = proj.project(extent.south, lon)
          return (
            <>
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              <text x={b.x + 3} y={b.y - 4} stroke="none">
                {t('network:map.east', { value: fmt.format(lon) })}
              </text>
            </>
          )
        })}
      </g>
      <g class="links" fill="none">
        {links.map((l) => {
          const a = at(byId.get(l.fromId)!)
          const b = at(byId.get(l.toId)!)
          return l.kind === 'twinning' ? (
            <line
              class="map-twinning"
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={TWINNING}
              stroke-width="3"
              stroke-dasharray="7 4"
            />
          ) : (
            <line
              class="map-partnership"
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={PARTNERSHIP}
              stroke-width="1.5"
            />
          )
        })}
      </g>
      <g class="points">
        {data.organisations.map((o) => {
          const p = at(o)
          const own = o.id === data.tenantId
          return (
            <g class="map-point-group">
              <title>{`${orgNameText(o.name, locale, o.defaultLocale)}, ${o.city}, ${countryName(o.country, locale)}`}</title>
              {(own || roles.twinned.has(o.id)) && (
                <circle
                  cx={p.x}
                  cy={p.y}
                  r="8"
                  fill="none"
                  stroke={own ? '#0b0c0c' : TWINNING}
                  stroke-width="2"
                />
              )}
              <circle
                class="map-point"
                data-org={o.id}
                cx={p.x}
                cy={p.y}
                r={own ? 5.5 : 4}
                fill={o.isExternal ? '#ffffff' : (COLOURS[o.type] ?? COLOURS.other)}
                stroke={COLOURS[o.type] ?? COLOURS.other}
                stroke-width="2"
              />
            </g>
          )
        })}
      </g>
      <g
        class="labels"
        font-size="11"
        fill="#0b0c0c"
        stroke="#ffffff"
        stroke-width="3"
        paint-order="stroke"
      >
        {labels.map((l) => (
          <text x={l.x + 7} y={l.y + 4}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  )
}

function Legend() {
  const { t } = useUi()
  const swatch = (children: unknown) => (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
  return (
    <ul class="map-legend">
      <li>
        {swatch(
          <circle
            cx="14"
            cy="7"
            r="4"
            fill={COLOURS.vet_school}
            stroke={COLOURS.vet_school}
            stroke-width="2"
          />,
        )}{' '}
        {t('network:map.legendMember')}
      </li>
      <li>
        {swatch(
          <circle cx="14" cy="7" r="4" fill="#ffffff" stroke={COLOURS.company} stroke-width="2" />,
        )}{' '}
        {t('network:map.legendExternal')}
      </li>
      <li>
        {swatch(<line x1="2" y1="7" x2="26" y2="7" stroke={PARTNERSHIP} stroke-width="1.5" />)}{' '}
        {t('network:map.legendPartnership')}
      </li>
      <li>
        {swatch(
          <line
            x1="2"
            y1="7"
            x2="26"
            y2="7"
            stroke={TWINNING}
            stroke-width="3"
            stroke-dasharray="7 4"
          />,
        )}{' '}
        {t('network:map.legendTwinning')}
      </li>
    </ul>
  )
}

/** `/app/network/map`: the map and, beside it, the same data as tables. */
export function NetworkMapPage({ data }: { data: MapData }) {
  const { t, locale } = useUi()
  const fmt = numberFormat(locale, { minimumFractionDigits: 4, maximumFractionDigits: 4 })
  const roles = rolesOf(data)
  const byId = new Map(data.organisations.map((o) => [o.id, o]))
  const relation = (o: MapOrganisation) => {
    if (o.id === data.tenantId) return t('network:map.us')
    const parts = [
      roles.partner.has(o.id) && t('network:map.partner'),
      roles.twinned.has(o.id) && t('network:map.twinned'),
    ].filter(Boolean)
    return parts.length ? parts.join(', ') : '—'
  }
  return (
    <NetworkPage title={t('network:map.title')}>
      <p>{t('network:map.intro')}</p>
      <div class="map-layout">
        <figure class="map-figure">
          <NetworkMapSvg data={data} />
          <figcaption>
            <Legend />
            <p class="muted">{t('network:map.projection')}</p>
          </figcaption>
        </figure>
        <TableWrap class="map-table" labelledBy="map-table-caption">
          <table>
            <caption id="map-table-caption">{t('network:map.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations:fields.name')}</th>
                <th scope="col">{t('organisations:fields.city')}</th>
                <th scope="col">{t('organisations:fields.country')}</th>
                <th scope="col">{t('organisations:fields.latitude')}</th>
                <th scope="col">{t('organisations:fields.longitude')}</th>
                <th scope="col">{t('network:map.relation')}</th>
              </tr>
            </thead>
            <tbody>
              {data.organisations.map((o) => (
                <tr>
                  <th scope="row">
                    <OrgName
                      name={o.name}
                      defaultLocale={o.defaultLocale}
                      href={`/app/network/organisations/${o.id}`}
                    />
                  </th>
                  <td>{o.city}</td>
                  <td>
                    <Country code={o.country} />
                  </td>
                  <td>{fmt.format(o.lat)}</td>
                  <td>{fmt.format(o.lon)}</td>
                  <td>{relation(o)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
      {data.links.length > 0 && (
        <TableWrap labelledBy="map-links-caption">
          <table>
            <caption id="map-links-caption">{t('network:map.linksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('network:map.linkKind')}</th>
                <th scope="col">{t('network:map.from')}</th>
                <th scope="col">{t('network:map.to')}</th>
              </tr>
            </thead>
            <tbody>
              {data.links.map((l) => {
                const from = byId.get(l.fromId)
                const to = byId.get(l.toId)
                return (
                  <tr>
                    <td>
                      {t(
                        l.kind === 'twinning'
                          ? 'network:map.legendTwinning'
                          : 'network:map.legendPartnership',
                      )}
                    </td>
                    <td>
                      {from
                        ? orgNameText(from.name, locale, from.defaultLocale)
                        : t('network:map.noCoordinates')}
                    </td>
                    <td>
                      {to
                        ? orgNameText(to.name, locale, to.defaultLocale)
                        : t('network:map.noCoordinates')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <KosovoNote countries={data.organisations.map((o) => o.country)} />
    </NetworkPage>
  )
}
