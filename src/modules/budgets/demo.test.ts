import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { loadDemoData } from '../demo/index.ts'
import { documentLinks, documentVersions } from '../documents/schema.ts'
import { deliverables, projectPartners, projects, workPackages } from '../projects/schema.ts'
import { draftPdf, planMatrix } from './demo.ts'
import { fromNumeric, sum } from './money.ts'
import { budgetLines, expenses, timesheets } from './schema.ts'

let t: TestApp
let projectId: string

const total = (amounts: string[]) =>
  sum(
    amounts.map((a) => fromNumeric(a, 'EUR')),
    'EUR',
  ).minor

beforeAll(async () => {
  t = await setupTestApp()
  t.deps.env.dataDir = await mkdtemp(path.join(tmpdir(), 'ura-demo-'))
  await loadDemoData(t.deps)
  const [alliance] = await t.deps.db.select().from(projects).where(eq(projects.slug, 'alliance'))
  projectId = alliance!.id
})

describe('budgets demo', () => {
  it('splits a plan so rows, columns and the whole are exact', () => {
    const m = planMatrix(['10.00', '0.01', '5.00'], ['7.50', '7.51'], 'EUR')
    expect(m.map(total)).toEqual([750n, 751n])
    expect([0, 1, 2].map((col) => total(m.map((r) => r[col]!)))).toEqual([1000n, 1n, 500n])
  })
  it('plans ALLIANCE at exactly EUR 399,542.28, per partner and per work package', async () => {
    const lines = await t.deps.db
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.projectId, projectId))
    expect(total(lines.map((l) => l.amount))).toBe(39_954_228n)
    const wps = await t.deps.db
      .select()
      .from(workPackages)
      .where(eq(workPackages.projectId, projectId))
    expect(wps).toHaveLength(5)
    for (const wp of wps) {
      const column = lines.filter((l) => l.workPackageId === wp.id).map((l) => l.amount)
      expect(total(column), wp.code).toBe(fromNumeric(wp.lumpSumAmount!, 'EUR').minor)
    }
    const partners = await t.deps.db
      .select()
      .from(projectPartners)
      .where(eq(projectPartners.projectId, projectId))
    for (const p of partners) {
      const row = lines.filter((l) => l.tenantId === p.organisationId).map((l) => l.amount)
      expect(total(row)).toBe(fromNumeric(p.budgetShare!, 'EUR').minor)
    }
  })
  it('records actuals in euro and one in lek at its rate, and timesheets', async () => {
    const rows = await t.deps.db.select().from(expenses).where(eq(expenses.projectId, projectId))
    const lek = rows.filter((r) => r.currency === 'ALL')
    expect(lek).toHaveLength(1)
    expect(lek[0]).toMatchObject({
      amount: '24840.00',
      exchangeRate: '99.36000000',
      convertedAmount: '250.00',
    })
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['submitted', 'reviewed', 'queried']),
    )
    const sheets = await t.deps.db
      .select()
      .from(timesheets)
      .where(eq(timesheets.projectId, projectId))
    expect(sheets.length).toBeGreaterThanOrEqual(2)
    expect(sheets.find((s) => s.hours === '24.50')?.staffCost).toBe('347.90')
  })
  it('writes a valid small PDF: every cross-reference points at its object', () => {
    const pdf = draftPdf('Protocols (draft)', ['Line one', 'Back\\slash'])
    const text = pdf.toString('latin1')
    expect(text.startsWith('%PDF-1.4')).toBe(true)
    expect(text).toContain('(Protocols \\(draft\\)) Tj')
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1])
    expect(text.slice(xref, xref + 4)).toBe('xref')
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((o, i) => {
      expect(text.slice(o, o + 7)).toBe(`${i + 1} 0 obj`)
    })
    const length = Number(/\/Length (\d+)/.exec(text)?.[1])
    const start = text.indexOf('stream\n') + 7
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream')
  })
  it('attaches a generated PDF draft to deliverable D4.1', async () => {
    const [link] = await t.deps.db
      .select({ code: deliverables.code, version: documentVersions })
      .from(documentLinks)
      .innerJoin(deliverables, eq(deliverables.id, documentLinks.deliverableId))
      .innerJoin(documentVersions, eq(documentVersions.documentId, documentLinks.documentId))
    expect(link?.code).toBe('D4.1')
    const bytes = await readFile(path.join(t.deps.env.dataDir, 'files', link!.version.storageKey))
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.length).toBe(link!.version.size)
  })
})
