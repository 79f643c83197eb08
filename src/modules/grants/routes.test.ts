import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

function query(values: Record<string, string>) {
  return new URLSearchParams(values).toString()
}

const jobShadowing = {
  callYear: '2026',
  activityType: 'SM-JOB-SHDW',
  receivingCountry: 'IT',
  distanceKm: '1365,28',
  activityDays: '5',
  travelDays: '2',
  individualSupportBaseRate: '150',
  participantsBefore: '0',
}

describe('GET /:locale/grant-calculator', () => {
  it('[GRANTS][PAGE]: anonymous visitors get the empty form, with alternates and the source', async () => {
    const res = await t.anonymous().get('/en/grant-calculator')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<h1>Erasmus+ VET grant calculator</h1>')
    expect(html).toContain('method="get"')
    expect(html).toContain('hreflang="sq" href="http://ura.test/sq/grant-calculator"')
    expect(html).toContain('Erasmus+ Programme Guide 2026, version 1 (12/11/2025)')
    expect(html).toContain('<option value="SM-JOB-SHDW">Job shadowing (SM-JOB-SHDW)</option>')
    expect(html).not.toContain('error-summary')
    expect(html).not.toContain('<table')
  })

  it('[GRANTS][PAGE]: a signed-in member sees the same public page', async () => {
    const { login } = await t.make.member('staff')
    const client = await t.signedIn(login)
    expect((await client.get('/en/grant-calculator')).status).toBe(200)
  })

  it('[GRANTS][PAGE]: the page renders in Albanian, with results and Albanian number formats', async () => {
    const res = await t.anonymous().get(`/sq/grant-calculator?${query(jobShadowing)}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="sq"')
    expect(html).toContain('Llogaritësi i grantit Erasmus+ për AFP')
    expect(html).toContain(
      '<caption id="estimate-caption">Granti i vlerësuar për një pjesëmarrës, thirrja 2026</caption>',
    )
    expect(html).toContain('<th scope="row">Mbështetje organizative</th>')
    // 309 + 350 + 7 × 150 = 1709 (Albanian does not group four-digit numbers).
    const text = await textOf(new Response(html))
    expect(text).toMatch(/Gjithsej 1709\s€/)
    expect(text).toContain('1365,28 km: brezi i distancës 3 (500–1999 km)')
    expect(html).toContain('value="1365,28"')
  })

  it('[GRANTS][PAGE]: the page renders in Macedonian, a range without a base rate, and notes', async () => {
    const { individualSupportBaseRate: _, ...noRate } = jobShadowing
    const res = await t.anonymous().get(`/mk/grant-calculator?${query(noRate)}`)
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('Калкулатор за Erasmus+ грант за СОО')
    expect(text).toContain('Забелешки')
    expect(text).toContain('Без основниот износ на вашата национална агенција')
    // 7 days × 107…191 = 749…1337, + 309 + 350 = 1408…1996.
    expect(text).toMatch(/1\.?408\s?€?\s?[–-]\s?1\.?996\s€/)
    expect(text).toContain('основниот износ е помеѓу 107 € и 191 € дневно')
  })

  it('[GRANTS][PAGE]: serbian Latin and Kosovo: group 3 not associated, with the footnote', async () => {
    const res = await t
      .anonymous()
      .get(
        `/sr-Latn/grant-calculator?${query({ ...jobShadowing, receivingCountry: 'XK', individualSupportBaseRate: '100' })}`,
      )
    expect(res.status).toBe(200)
    const text = await textOf(res)
    expect(text).toContain('Grupa zemalja 3: treće zemlje koje nisu pridružene Programu.')
    expect(text.match(/1244\/1999/g)).toHaveLength(1)
    // Organisational support for an individual activity in a not-associated country: 500.
    expect(text).toMatch(/Organizaciona podrška .*500\s€/)
  })

  it('[GRANTS][PAGE]: bad input answers 422 with field errors and the typed values kept', async () => {
    const res = await t
      .anonymous()
      .get(
        `/en/grant-calculator?${query({ ...jobShadowing, distanceKm: '-5', activityDays: 'five', greenTravel: '1' })}`,
      )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('id="error-summary"')
    expect(html).toContain('href="#f-distanceKm"')
    expect(html).toContain('Enter the distance in kilometres: a number, 0 or more.')
    expect(html).toContain('Enter the activity days as a whole number.')
    expect(html).toContain('value="-5"')
    expect(html).toContain('value="five"')
    expect(html).toMatch(/name="greenTravel" value="1" checked/)
    expect(html).toContain('<option value="SM-JOB-SHDW" selected="">')
    expect(html).not.toContain('<table')
  })

  it('[GRANTS][PAGE]: rule errors name the allowed range, translated, 422', async () => {
    const res = await t
      .anonymous()
      .get(
        `/sq/grant-calculator?${query({ ...jobShadowing, activityDays: '61', individualSupportBaseRate: '500' })}`,
      )
    expect(res.status).toBe(422)
    const html = await res.text()
    const text = await textOf(new Response(html))
    expect(text).toContain('kohëzgjatja duhet të jetë nga 2 deri në 60 ditë')
    expect(text).toMatch(/tarifa bazë duhet të jetë nga 107\s€ deri në 191\s€ në ditë/)
    expect(html).toContain('value="500"')
    expect(html).toContain('value="61"')
  })

  it('[GRANTS][PAGE]: an unknown locale is not this page; the sitemap lists it in every language', async () => {
    expect((await t.anonymous().get('/xx/grant-calculator')).status).toBe(404)
    const sitemap = await (await t.anonymous().get('/sitemap.xml')).text()
    for (const l of ['en', 'sq', 'sr-Latn', 'mk']) {
      expect(sitemap).toContain(`<loc>http://ura.test/${l}/grant-calculator</loc>`)
    }
  })
})
