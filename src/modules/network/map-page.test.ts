import { eq } from 'drizzle-orm'
import { parseHTML } from 'linkedom'
// saxes (a strict XML parser, already installed with exceljs) checks the SVG is well-formed.
import { SaxesParser } from 'saxes'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { organisations } from '../organisations/schema.ts'
import { partnerships, twinningPairs } from './schema.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

async function place(id: string, lat: string, lon: string) {
  await t.deps.db
    .update(organisations)
    .set({ latitude: lat, longitude: lon })
    .where(eq(organisations.id, id))
}

/** The map's SVG, parsed as XML: it must stand on its own as a valid document. */
function svgOf(html: string) {
  const svg = html.match(/<svg class="network-map"[\s\S]*?<\/svg>(?=\s*<figcaption)/)?.[0]
  expect(svg).toBeTruthy()
  const errors: string[] = []
  const strict = new SaxesParser({ xmlns: true })
  strict.on('error', (err) => errors.push(err.message))
  strict.write(svg!).close()
  expect(errors).toEqual([])
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const doc = new document.defaultView!.DOMParser().parseFromString(svg!, 'image/svg+xml')
  return { svg: svg!, doc }
}

describe('/app/network/map', () => {
  it('[NETWORK][MAP]: anonymous visitors are sent to sign in; learners get 403', async () => {
    expect((await t.anonymous().get('/app/network/map')).status).toBe(302)
    const learner = await t.make.member('learner')
    expect((await (await t.signedIn(learner.login)).get('/app/network/map')).status).toBe(403)
  })

  it('[NETWORK][MAP]: an accessible SVG with one point per located organisation, lines, and the same data as a table', async () => {
    const us = await t.make.organisation({ name: { sq: 'Beqir Çela' }, city: 'Durrës' })
    const larisa = await t.make.organisation({
      name: { el: 'Ερμής' },
      country: 'GR',
      city: 'Larisa',
    })
    const coach = await t.make.organisation({
      name: { en: 'Kvarner' },
      country: 'HR',
      city: 'Rijeka',
    })
    const nowhere = await t.make.organisation({ name: { en: 'No Location School' } })
    await place(us.id, '41.317800', '19.452600')
    await place(larisa.id, '39.639000', '22.419100')
    await place(coach.id, '45.332600', '14.445100')
    await t.deps.db.insert(partnerships).values({
      tenantId: us.id,
      partnerId: larisa.id,
      kind: 'memorandum',
      validFrom: '2024-01-01',
      validTo: '2027-01-01',
    })
    await t.deps.db
      .insert(twinningPairs)
      .values({ tenantId: coach.id, coachId: coach.id, coachedId: us.id, programme: 'V2V' })
    const { login } = await t.make.member('staff', { tenantId: us.id })
    const res = await (await t.signedIn(login)).get('/app/network/map')
    expect(res.status).toBe(200)
    const html = await res.text()
    const { svg, doc } = svgOf(html)

    const root = doc.documentElement
    expect(root.getAttribute('role')).toBe('img')
    expect(root.getAttribute('aria-labelledby')).toBe('map-title map-desc')
    expect(doc.getElementById('map-title')?.textContent).toBe('Map of the partner network')
    expect(doc.getElementById('map-desc')?.textContent).toContain(
      '1 agreements and 1 twinning pairs',
    )

    const located = await t.deps.db
      .select({ id: organisations.id, lat: organisations.latitude })
      .from(organisations)
    const withCoordinates = located.filter((o) => o.lat !== null)
    const points = [...doc.querySelectorAll('circle.map-point')]
    expect(points).toHaveLength(withCoordinates.length)
    expect(new Set(points.map((p) => p.getAttribute('data-org')))).toEqual(
      new Set(withCoordinates.map((o) => o.id)),
    )
    expect(points.map((p) => p.getAttribute('data-org'))).not.toContain(nowhere.id)
    expect(doc.querySelectorAll('line.map-partnership')).toHaveLength(1)
    expect(doc.querySelectorAll('line.map-twinning')).toHaveLength(1)
    expect(svg).not.toMatch(/ style=/)
    expect(html).not.toMatch(/<script(?! type="module" src="\/static)/)

    // The table beside the map: the same organisations, with their coordinates.
    expect(html).toContain('<caption id="map-table-caption">Organisations on the map</caption>')
    expect(html).toContain('41.3178')
    expect(html).toContain('22.4191')
  })
})
