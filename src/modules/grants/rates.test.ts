import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { auditLog } from '../audit/schema.ts'
import { DEMO_RATES } from './demo.ts'
import {
  findNationalAgencyRate,
  getRateSheet,
  parseRateCents,
  rateCells,
  saveRateSheet,
} from './rates.ts'
import { nationalAgencyRates } from './schema.ts'

let t: TestApp
let adminLogin: string
let adminId: string
beforeAll(async () => {
  t = await setupTestApp()
  const admin = await t.make.user({ isPlatformAdmin: true })
  adminLogin = admin.email!
  adminId = admin.id
})

const FULL = {
  callYear: '2026',
  sendingCountry: 'IT',
  'learner-1': '80',
  'learner-2': '70',
  'learner-3': '60',
  'staff-1': '150',
  'staff-2': '130',
  'staff-3': '115,50',
}

describe('rates service', () => {
  it('[GRANTS][RATES]: the cells come from the rule book: learner and staff, groups 1 to 3', () => {
    expect(rateCells(2026).map((c) => `${c.key} ${c.range.min}-${c.range.max}`)).toEqual([
      'staff-1 107-191',
      'staff-2 95-169',
      'staff-3 84-148',
      'learner-1 48-127',
      'learner-2 41-110',
      'learner-3 36-93',
    ])
  })

  it('[GRANTS][RATES]: the demo rates lie inside the ranges', () => {
    for (const [country, byCategory] of Object.entries(DEMO_RATES)) {
      for (const cell of rateCells(2026)) {
        const rate = byCategory[cell.category][cell.group - 1]!
        expect(rate, `${country} ${cell.key}`).toBeGreaterThanOrEqual(cell.range.min)
        expect(rate, `${country} ${cell.key}`).toBeLessThanOrEqual(cell.range.max)
      }
    }
  })

  it('[GRANTS][RATES]: rates parse with a point or a comma, at most two decimals', () => {
    expect(parseRateCents('85')).toBe(8500n)
    expect(parseRateCents(' 85,5 ')).toBe(8550n)
    expect(parseRateCents('85.05')).toBe(8505n)
    expect(parseRateCents('85.055')).toBeNull()
    expect(parseRateCents('-1')).toBeNull()
    expect(parseRateCents('abc')).toBeNull()
  })

  it('[GRANTS][RATES]: the range edges are allowed, one cent outside is not', async () => {
    const ctx = await t.ctxFor(adminId)
    await saveRateSheet(ctx, {
      callYear: 2026,
      sendingCountry: 'at',
      rates: { 'learner-1': '48', 'learner-3': '93' },
    })
    const sheet = await getRateSheet(ctx, 2026, 'AT')
    expect(sheet.cells.find((c) => c.key === 'learner-1')?.value).toBe('48.00')
    expect(sheet.cells.find((c) => c.key === 'learner-3')?.value).toBe('93.00')
    await expect(
      saveRateSheet(ctx, {
        callYear: 2026,
        sendingCountry: 'AT',
        rates: { 'learner-1': '47.99', 'learner-3': '93.01', 'staff-1': 'x' },
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: {
        'learner-1': 'grants:rates.errors.outOfRange',
        'learner-3': 'grants:rates.errors.outOfRange',
        'staff-1': 'grants:rates.errors.number',
      },
    })
  })

  it('[GRANTS][RATES]: a country without a National Agency and an unknown year are refused', async () => {
    const ctx = await t.ctxFor(adminId)
    await expect(
      saveRateSheet(ctx, { callYear: 2026, sendingCountry: 'AL', rates: {} }),
    ).rejects.toMatchObject({ fields: { sendingCountry: 'grants:rates.errors.country' } })
    await expect(
      saveRateSheet(ctx, { callYear: 1999, sendingCountry: 'DE', rates: {} }),
    ).rejects.toMatchObject({ fields: { callYear: 'grants:errors.callYear' } })
  })

  it('[GRANTS][RATES]: only platform administrators save rates', async () => {
    const { user, tenantId } = await t.make.member('org_admin')
    const ctx = await t.ctxFor(user.id, tenantId)
    await expect(
      saveRateSheet(ctx, { callYear: 2026, sendingCountry: 'DE', rates: {} }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('[GRANTS][RATES]: saving clears the demo mark, an empty cell removes the rate, and it is audited', async () => {
    const ctx = await t.ctxFor(adminId)
    await t.deps.db.insert(nationalAgencyRates).values({
      callYear: 2026,
      sendingCountry: 'FR',
      participantType: 'learner',
      countryGroup: 1,
      ratePerDay: '90.00',
      isDemo: true,
    })
    await t.deps.db.insert(nationalAgencyRates).values({
      callYear: 2026,
      sendingCountry: 'FR',
      participantType: 'staff',
      countryGroup: 2,
      ratePerDay: '120.00',
      isDemo: true,
    })
    await saveRateSheet(ctx, { callYear: 2026, sendingCountry: 'FR', rates: { 'learner-1': '91' } })
    const rate = await findNationalAgencyRate(t.deps.db, {
      callYear: 2026,
      sendingCountry: 'fr',
      category: 'learner',
      group: 1,
    })
    expect(rate).toEqual({ ratePerDay: 91, isDemo: false, category: 'learner' })
    expect(
      await findNationalAgencyRate(t.deps.db, {
        callYear: 2026,
        sendingCountry: 'FR',
        category: 'staff',
        group: 2,
      }),
    ).toBeNull()
    const [entry] = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, '2026-FR'))
    expect(entry?.action).toBe('grant_rates.updated')
    expect(entry?.changes).toEqual({
      'learner-1': { from: '90.00', to: '91.00' },
      'staff-2': { from: '120.00', to: null },
    })
  })
})

describe('/app/admin/grant-rates', () => {
  it('[GRANTS][RATES]: anonymous visitors are sent to sign in', async () => {
    const res = await t.anonymous().get('/app/admin/grant-rates')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('/signin?next=')
    const post = await t.anonymous().post('/app/admin/grant-rates', FULL)
    expect(post.status).toBe(302)
  })

  it('[GRANTS][RATES]: an organisation administrator gets 403 on the page and the form', async () => {
    const { login } = await t.make.member('org_admin')
    const client = await t.signedIn(login)
    expect((await client.get('/app/admin/grant-rates')).status).toBe(403)
    expect((await client.post('/app/admin/grant-rates', FULL)).status).toBe(403)
    const rate = await findNationalAgencyRate(t.deps.db, {
      callYear: 2026,
      sendingCountry: 'IT',
      category: 'learner',
      group: 1,
    })
    expect(rate).toBeNull()
  })

  it('[GRANTS][RATES]: a platform administrator sees the note and saves a National Agency', async () => {
    const client = await t.signedIn(adminLogin)
    const page = await textOf(await client.get('/app/admin/grant-rates?year=2026&country=it'))
    expect(page).toContain('National Agency base rates')
    expect(page).toContain('values the reference marks as not confirmed stay editable')
    expect(page).toContain('Euros per day, from €48 to €127')
    const res = await client.post('/app/admin/grant-rates', FULL)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      '/app/admin/grant-rates?year=2026&country=IT&notice=grants:rates.saved',
    )
    const after = await textOf(await client.get(res.headers.get('location')!))
    expect(after).toContain('The rates are saved.')
    expect(after).toContain('Italy')
    const rate = await findNationalAgencyRate(t.deps.db, {
      callYear: 2026,
      sendingCountry: 'IT',
      category: 'staff',
      group: 3,
    })
    expect(rate?.ratePerDay).toBe(115.5)
  })

  it('[GRANTS][RATES]: a rate outside the range re-renders with 422, the range named and the typed values kept', async () => {
    const client = await t.signedIn(adminLogin)
    const res = await client.post('/app/admin/grant-rates', {
      ...FULL,
      sendingCountry: 'DE',
      'learner-2': '200',
      'staff-1': 'lots',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain(
      'The Programme Guide allows a rate from €41 to €110 a day for this group.',
    )
    expect(html).toContain('Enter the rate in euros per day, such as 85 or 85.50.')
    expect(html).toMatch(/name="learner-2"[^>]*value="200"/)
    expect(html).toMatch(/name="staff-1"[^>]*value="lots"/)
    expect(html).toContain('href="#f-learner-2"')
  })

  it('[GRANTS][RATES]: an unknown country is a 422 naming the problem', async () => {
    const client = await t.signedIn(adminLogin)
    const res = await client.post('/app/admin/grant-rates', { ...FULL, sendingCountry: 'AL' })
    expect(res.status).toBe(422)
    expect(await textOf(res)).toContain('Choose a country with a National Agency')
  })

  it('[GRANTS][RATES]: the Albanian page translates the range error', async () => {
    const client = await t.signedIn(adminLogin)
    await client.get('/locale/sq?next=/app')
    const res = await client.post('/app/admin/grant-rates', { ...FULL, 'learner-1': '10' })
    expect(res.status).toBe(422)
    expect(await textOf(res)).toMatch(
      /Udhëzuesi i Programit lejon për këtë grup një normë nga 48\s€ deri në 127\s€ në ditë/,
    )
  })
})
