import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

const URL = '/api/v1/grants/estimate'

function post(body: unknown, headers: Record<string, string> = {}) {
  return t.app.request(URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const jobShadowing = {
  callYear: 2026,
  activityType: 'SM-JOB-SHDW',
  receivingCountry: 'IT',
  distanceKm: 1365.28,
  greenTravel: false,
  activityDays: 5,
  travelDays: 2,
  individualSupportBaseRate: 150,
}

describe('POST /api/v1/grants/estimate', () => {
  it('[GRANTS][API]: anonymous caller gets the itemised estimate', async () => {
    // By hand: Madrid–Rome 1365.28 km is band 3 (500–1999 km), standard travel 309;
    // job shadowing organisational support 350 (first participant); 5 + 2 = 7 days × 150 = 1050;
    // no inclusion support, no course fees. Total 309 + 350 + 1050 = 1709.
    const res = await post(jobShadowing)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      callYear: 2026,
      source: expect.stringContaining('Erasmus+ Programme Guide 2026'),
      currency: 'EUR',
      activityType: 'SM-JOB-SHDW',
      receivingCountry: 'IT',
      distanceKm: 1365.28,
      distanceEstimated: false,
      distanceBand: { band: 3, minKm: 500, maxKm: 1999 },
      countryGroup: { group: 1, table: 'eu_and_associated' },
      travel: 309,
      fundedTravelDays: 2,
      organisationalSupport: 350,
      individualSupport: {
        amount: 1050,
        days: 7,
        fullRateDays: 7,
        reducedRateDays: 0,
        rate: 150,
        reducedRate: 105,
        rateRange: { min: 107, max: 191 },
        reducedRateFactor: 0.7,
      },
      inclusionSupport: 0,
      courseFees: 0,
      total: 1709,
      notes: [],
    })
  })

  it('[GRANTS][API]: no base rate gives ranges; coordinates give an estimated distance, noted', async () => {
    // Learner to Albania (not associated, group 2: 41–110 a day), green travel.
    // Madrid → Rome by haversine: 1364.17 km, band 3 green 417. Organisational support: 500
    // (individual activity, not-associated country). 12 + 4 = 16 days: 14 full + 2 at 70 %:
    // min 14 × 41 + 2 × 29 = 632, max 14 × 110 + 2 × 77 = 1694. Inclusion 125.
    // Total 417 + 500 + 125 + (632…1694) = 1674…2736.
    const res = await post({
      callYear: 2026,
      activityType: 'lm-short-vet',
      receivingCountry: 'al',
      estimateFrom: {
        origin: { lat: 40.4168, lon: -3.7038 },
        destination: { lat: 41.9028, lon: 12.4964 },
      },
      greenTravel: true,
      activityDays: 12,
      travelDays: 4,
      fewerOpportunities: true,
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      distanceKm: 1364.17,
      distanceEstimated: true,
      travel: 417,
      organisationalSupport: 500,
      individualSupport: { min: 632, max: 1694, reducedRate: { min: 29, max: 77 } },
      inclusionSupport: 125,
      total: { min: 1674, max: 2736 },
    })
    expect(body.notes.map((n: { code: string }) => n.code)).toEqual([
      'distanceEstimated',
      'orgSupportThirdCountry',
      'rangeNotAmount',
      'rounding',
      'inclusionRealCosts',
    ])
    expect(body.notes[0].message).toContain('1,364.17 km')
    expect(body.notes[2].message).toContain('€41')
  })

  it('[GRANTS][API]: missing and malformed fields answer 400 with a message per field', async () => {
    const res = await post({ callYear: 2026, activityType: 'SM-TTA', travelDays: -1 })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error.code).toBe('INVALID_INPUT')
    expect(body.error.fields).toEqual({
      receivingCountry: 'Choose a receiving country listed in the Programme Guide.',
      greenTravel: 'Answer true or false.',
      activityDays: 'Enter the activity days as a whole number.',
      travelDays: 'Enter the travel days as a whole number, 0 or more.',
      distanceKm:
        'Give either the distance in kilometres or the two points to estimate it from, not both.',
    })
  })

  it('[GRANTS][API]: rule errors are 400 too, naming the allowed range, in Albanian', async () => {
    const res = await post(
      {
        ...jobShadowing,
        activityType: 'LM-SHORT-VET',
        activityDays: 5,
        individualSupportBaseRate: 200,
      },
      { 'accept-language': 'sq-AL,sq;q=0.9' },
    )
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error.message).toBe(
      'Disa vlera mungojnë ose nuk lejohen. Kontrolloni fushat e përmendura.',
    )
    expect(body.error.fields.activityDays).toBe(
      'Për këtë aktivitet kohëzgjatja duhet të jetë nga 10 deri në 89 ditë, pa ditët e udhëtimit.',
    )
    expect(body.error.fields.individualSupportBaseRate).toMatch(/nga 48\s€ deri në 127\s€ në ditë/)
  })

  it('[GRANTS][API]: schema errors are translated as well (Accept-Language: sq)', async () => {
    const res = await post({ ...jobShadowing, distanceKm: -3 }, { 'accept-language': 'sq' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({
      distanceKm: 'Shkruani distancën në kilometra: një numër, 0 ose më shumë.',
    })
  })

  it('[GRANTS][API]: an unknown call year or country is a field error, not a crash', async () => {
    const res = await post({ ...jobShadowing, callYear: 2019 })
    expect(res.status).toBe(400)
    expect((await res.json()).error.fields).toEqual({
      callYear: 'There are no rules for that call year.',
    })
    const country = await post({ ...jobShadowing, receivingCountry: 'ZZ' })
    expect(country.status).toBe(400)
    expect(Object.keys((await country.json()).error.fields)).toEqual(['receivingCountry'])
  })

  it('[GRANTS][API]: a body that is not JSON is refused with 400', async () => {
    const res = await post('{not json')
    expect(res.status).toBe(400)
  })

  it('[GRANTS][API]: the endpoint is in the OpenAPI document, without security', async () => {
    const res = await t.app.request('/api/openapi.json')
    const doc = await res.json()
    const op = doc.paths['/v1/grants/estimate']?.post
    expect(op?.operationId).toBe('estimateGrant')
    expect(op?.security).toEqual([])
    expect(op?.responses['400']).toBeDefined()
  })
})
