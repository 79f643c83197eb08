import { eq } from 'drizzle-orm'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'
import { computeMobilityGrant } from './grant-service.ts'
import { makeReportsWorld } from './testing.ts'

let t: TestApp
let w: Awaited<ReturnType<typeof makeReportsWorld>>
let first: { id: string }
beforeAll(async () => {
  t = await setupTestApp()
  w = await makeReportsWorld(t)
  const ctx = await t.ctxFor(w.coordinator.user.id, w.school.id)
  const form = {
    travelDays: 2,
    linguisticSupport: false,
    linguisticReinforced: false,
    exceptional: [],
  }
  first = await w.mobility({ distanceKm: '1390', distanceSource: 'ec_calculator', umidCounter: 7 })
  await computeMobilityGrant(ctx, first.id, form)
  // No counter assigned: gets the next number after 7. A formula-looking name must stay text.
  const [tricky] = await t.deps.db
    .insert(users)
    .values({ displayName: '=HYPERLINK("x")', email: 'tricky@school.test' })
    .returning()
  await w.mobility({
    participantUserId: tricky!.id,
    startDate: '2026-10-01',
    endDate: '2026-10-15',
  })
  await w.mobility({ status: 'draft' })
  await w.mobility({ status: 'cancelled' })
})

const xlsxPath = () => `/app/reports/export.xlsx?projectId=${w.project.id}`
const csvPath = (sep = '') => `/app/reports/export.csv?projectId=${w.project.id}${sep}`

async function readXlsx(res: Response) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await res.arrayBuffer())
  const sheet = workbook.getWorksheet('Mobilities')!
  const rows: unknown[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
  return rows
}

describe('Beneficiary Module export', () => {
  it('[REPORTS][EXPORT]: anonymous visitors are sent to sign in', async () => {
    for (const path of [
      '/app/reports/export',
      xlsxPath(),
      csvPath(),
      '/app/reports/export/profile',
    ]) {
      const res = await t.anonymous().get(path)
      expect(res.status, path).toBe(302)
    }
    expect((await t.anonymous().post('/app/reports/export/profile', {})).status).toBe(302)
    expect((await t.anonymous().post('/app/reports/export/profile/reset', {})).status).toBe(302)
  })

  it('[REPORTS][EXPORT]: another organisation gets 404 for the project’s files', async () => {
    const client = await t.signedIn(w.outsider.login)
    expect((await client.get(xlsxPath())).status).toBe(404)
    expect((await client.get(csvPath())).status).toBe(404)
    expect((await client.get(`/app/reports/export?projectId=${w.project.id}`)).status).toBe(404)
  })

  it('[REPORTS][EXPORT]: staff get 403', async () => {
    const client = await t.signedIn(w.staff.login)
    expect((await client.get('/app/reports/export')).status).toBe(403)
    expect((await client.get(xlsxPath())).status).toBe(403)
    expect((await client.get('/app/reports/export/profile')).status).toBe(403)
    expect((await client.post('/app/reports/export/profile', {})).status).toBe(403)
    expect((await client.post('/app/reports/export/profile/reset', {})).status).toBe(403)
  })

  it('[REPORTS][EXPORT]: the page previews the rows and offers the files', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const text = await textOf(await client.get('/app/reports/export'))
    expect(text).toContain('KA121-KOELN (2026-1-DE02-KA121-VET-000123456), 2 mobilities')
    expect(text).toContain('2026-SHORT-0007-KA121-VET-000123456')
    expect(text).toContain('1 mobility has no computed grant')
    expect(text).toContain(
      'The 5-letter activity codes of the Unique Mobility ID for VET are to be confirmed',
    )
  })

  it('[REPORTS][EXPORT]: the XLSX reads back with the default columns, the IDs and the grant', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.get(xlsxPath())
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="KA121-KOELN-mobilities.xlsx"',
    )
    const rows = await readXlsx(res)
    expect(rows).toHaveLength(3)
    const header = rows[0]!
    expect(header.slice(0, 3)).toEqual(['Mobility ID', 'Activity Type', 'Participant Name'])
    const col = (name: string) => header.indexOf(name)
    const lena = rows.find((r) => r[col('Participant Name')] === 'Lena Vogel')!
    expect(lena[col('Mobility ID')]).toBe('2026-SHORT-0007-KA121-VET-000123456')
    expect(lena[col('Receiving Country')]).toBe('GR')
    expect(lena[col('Sending Organisation OID')]).toMatch(/^E1/)
    expect(lena[col('Distance Band')]).toBe(3)
    expect(lena[col('Green Travel')]).toBe('No')
    expect(lena[col('Total Grant')]).toBe(2263)
    const tricky = rows.find((r) => r !== lena && r !== header)!
    expect(tricky[col('Participant Name')]).toBe('\'=HYPERLINK("x")')
    expect(tricky[col('Mobility ID')]).toBe('2026-SHORT-0008-KA121-VET-000123456')
    expect(tricky[col('Total Grant')]).toBeUndefined()
  })

  it('[REPORTS][EXPORT]: the CSV starts with a BOM and can be separated by semicolons', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.get(csvPath('&separator=semicolon'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]!.startsWith('"Mobility ID";"Activity Type"')).toBe(true)
    expect(text).toContain('"2026-SHORT-0007-KA121-VET-000123456";"LM-SHORT-VET";"Lena Vogel"')
    const comma = new TextDecoder().decode(
      new Uint8Array(await (await client.get(csvPath())).arrayBuffer()),
    )
    expect(comma).toContain('"Mobility ID","Activity Type"')
  })

  it('[REPORTS][EXPORT]: a file without a project, or with a malformed one, answers 400 with the page', async () => {
    const client = await t.signedIn(w.coordinator.login)
    for (const path of [
      '/app/reports/export.xlsx',
      '/app/reports/export.csv',
      '/app/reports/export.xlsx?projectId=not-a-uuid',
      '/app/reports/export.csv?projectId=1%27%20or%201=1&separator=semicolon',
    ]) {
      const res = await client.get(path)
      expect(res.status, path).toBe(400)
      expect(res.headers.get('content-type'), path).toContain('text/html')
      const html = await res.text()
      expect(html, path).toContain('Choose a project.')
      expect(html, path).toContain('href="#f-projectId"')
    }
  })

  it('[REPORTS][EXPORT]: a sending organisation without an Erasmus OID is named on the page and in the preview', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const page = `/app/reports/export?projectId=${w.project.id}`
    expect(await textOf(await client.get(page))).not.toContain('Erasmus OID')
    const oid = `E1${w.school.id.slice(0, 7)}`
    await t.deps.db
      .update(organisations)
      .set({ erasmusOid: null })
      .where(eq(organisations.id, w.school.id))
    try {
      const html = await (await client.get(page)).text()
      const text = await textOf(new Response(html))
      expect(text).toContain('1 sending organisation has no Erasmus OID')
      expect(text).toMatch(/: 2 mobilities/)
      expect(html.match(/class="cell-missing"/g)).toHaveLength(2)
      expect(text).toContain('OID missing')
    } finally {
      await t.deps.db
        .update(organisations)
        .set({ erasmusOid: oid })
        .where(eq(organisations.id, w.school.id))
    }
  })

  it('[REPORTS][EXPORT]: a profile with other columns, order and headers changes the files', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const form = await textOf(await client.get('/app/reports/export/profile'))
    expect(form).toContain('Unique Mobility ID')
    const res = await client.post('/app/reports/export/profile', {
      release: 'BM 2027',
      'columns.umid.include': '1',
      'columns.umid.position': '2',
      'columns.umid.header': 'UMID',
      'columns.receivingCountryEu.include': '1',
      'columns.receivingCountryEu.position': '1',
      'columns.receivingCountryEu.header': 'Country of destination',
      'codes.LM-SHORT-VET': 'stvet',
    })
    expect(res.status).toBe(303)
    const rows = await readXlsx(await client.get(xlsxPath()))
    expect(rows[0]).toEqual(['Country of destination', 'UMID'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(['EL', 'EL'])
    expect(rows[1]![1]).toBe('2026-STVET-0007-KA121-VET-000123456')
    const page = await textOf(await client.get('/app/reports/export'))
    expect(page).toContain('Your organisation’s own profile is in use: BM 2027, 2 columns.')
    await client.post('/app/reports/export/profile/reset', {})
    const back = await readXlsx(await client.get(xlsxPath()))
    expect(back[0]![0]).toBe('Mobility ID')
  })

  it('[REPORTS][EXPORT]: a bad profile re-renders with 422 and keeps what was typed', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const res = await client.post('/app/reports/export/profile', {
      release: 'Mine',
      'columns.umid.include': '1',
      'columns.umid.header': '   ',
      'columns.status.header': 'Kept header',
      'codes.LM-SHORT-VET': 'SHRT',
      'codes.LM-LONG-VET': 'GROUP',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('Write the header of this column.')
    expect(html).toContain('Write the code as 5 capital letters, such as SHORT.')
    expect(html).toContain('This code is already used for another activity type.')
    expect(html).toMatch(/name="columns.status.header"[^>]*value="Kept header"/)
    expect(html).toMatch(/name="codes.LM-SHORT-VET"[^>]*value="SHRT"/)
    expect(html).toContain('href="#f-columns-umid-header"')
  })
})

describe('/app/reports/grants', () => {
  it('[REPORTS][TOTALS]: anonymous, staff and another organisation', async () => {
    expect((await t.anonymous().get('/app/reports/grants')).status).toBe(302)
    expect((await (await t.signedIn(w.staff.login)).get('/app/reports/grants')).status).toBe(403)
    const outsider = await t.signedIn(w.outsider.login)
    expect((await outsider.get(`/app/reports/grants/${w.project.id}`)).status).toBe(404)
    expect((await outsider.get('/app/reports/grants/not-a-uuid')).status).toBe(404)
    const own = await textOf(await outsider.get('/app/reports/grants'))
    expect(own).toContain('No grant has been computed yet.')
  })

  it('[REPORTS][TOTALS]: totals per project, per activity type and per call, with the mobilities still without a grant', async () => {
    const client = await t.signedIn(w.coordinator.login)
    const list = await textOf(await client.get('/app/reports/grants'))
    expect(list).toContain('KA121-KOELN')
    expect(list).toContain('1 without a grant')
    expect(list).toContain('Without a call')
    const text = await textOf(await client.get(`/app/reports/grants/${w.project.id}`))
    expect(text).toContain('Project KA121-KOELN')
    expect(text).toContain('€2,263 for 1 mobility with a computed grant.')
    expect(text).toContain('1 mobility of this project has no computed grant yet.')
    expect(text).toContain('Short-term learning mobility of VET learners')
  })
})
