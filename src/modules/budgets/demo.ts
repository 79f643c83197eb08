import { and, asc, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { addDemoDocument } from '#src/modules/documents/index.ts'
import { deliverables, projectPartners, projects, workPackages } from '../projects/index.ts'
import { convertedAmount } from './expenses.ts'
import { allocate, fromNumeric, subtract, sum, toNumeric } from './money.ts'
import { budgetLines, type EntryStatus, expenses, timesheets } from './schema.ts'
import { staffCost } from './timesheets.ts'

export type BudgetsDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
  /** Where the demo deliverable draft (a small PDF) is stored. */
  dataDir: string
}

type DemoExpense = {
  org: string
  by: string
  wp: number
  category: 'staff' | 'travel' | 'equipment' | 'subcontracting' | 'other'
  spentOn: string
  description: string
  amount: string
  currency: string
  rate?: string
  status: EntryStatus
  comment?: string
}

/** Actual costs of ALLIANCE partners: mostly euro, one in lek at the month's InforEuro rate. */
const EXPENSES: DemoExpense[] = [
  {
    org: 'kesk-thessaloniki',
    by: 'kesk-thessaloniki:coordinator',
    wp: 1,
    category: 'other',
    spentOn: '2025-02-12',
    description: 'Venue and catering, kick-off meeting in Thessaloniki',
    amount: '1860.00',
    currency: 'EUR',
    status: 'reviewed',
  },
  {
    org: 'beqir-cela-durres',
    by: 'coordinator',
    wp: 1,
    category: 'travel',
    spentOn: '2025-02-10',
    description: 'Flights Tirana–Thessaloniki for the kick-off meeting, two people',
    amount: '612.40',
    currency: 'EUR',
    status: 'reviewed',
  },
  {
    org: 'beqir-cela-durres',
    by: 'coordinator',
    wp: 5,
    category: 'other',
    spentOn: '2025-10-10',
    description: 'Printing of Erasmus Day leaflets, Durrës',
    amount: '24840.00',
    currency: 'ALL',
    rate: '99.36',
    status: 'submitted',
  },
  {
    org: 'drini-shkoder',
    by: 'drini-shkoder:coordinator',
    wp: 3,
    category: 'travel',
    spentOn: '2025-09-22',
    description: 'Train and bus to the Cologne workshop',
    amount: '438.90',
    currency: 'EUR',
    status: 'queried',
    comment: 'Please add the boarding passes of the return trip.',
  },
  {
    org: 'bruecke-europa-koeln',
    by: 'partner-contact',
    wp: 3,
    category: 'travel',
    spentOn: '2025-11-17',
    description: 'Two trainers’ travel to Durrës for the internship week',
    amount: '980.00',
    currency: 'EUR',
    status: 'submitted',
  },
]

const TIMESHEETS = [
  {
    org: 'kesk-thessaloniki',
    by: 'kesk-thessaloniki:coordinator',
    wp: 1,
    person: 'Ελένη Κωνσταντίνου',
    month: '2025-02-01',
    hours: '40.00',
    rate: '31.50',
    status: 'reviewed' as EntryStatus,
  },
  {
    org: 'beqir-cela-durres',
    by: 'coordinator',
    wp: 2,
    person: 'Elira Hoxha',
    month: '2025-03-01',
    hours: '24.50',
    rate: '14.20',
    status: 'reviewed' as EntryStatus,
  },
  {
    org: 'beqir-cela-durres',
    by: 'coordinator',
    wp: 2,
    person: 'Elira Hoxha',
    month: '2025-04-01',
    hours: '18.00',
    rate: '14.20',
    status: 'submitted' as EntryStatus,
  },
]

/**
 * ALLIANCE's planned budget: each work package's lump sum split over the partners by their
 * budget shares (largest remainder), the last work package taking what makes every partner's
 * row equal its share, so rows, columns and the whole are exact (EUR 399,542.28).
 */
export function planMatrix(lumpSums: string[], shares: string[], currency: string): string[][] {
  const columns = lumpSums.slice(0, -1).map((l) => allocate(fromNumeric(l, currency), shares))
  return shares.map((share, row) => {
    const cells = columns.map((col) => col[row]!)
    const last = subtract(fromNumeric(share, currency), sum(cells, currency))
    return [...cells, last].map((m) => toNumeric(m))
  })
}

/**
 * A one-page PDF in the standard Helvetica font, written by hand: the demo loader needs a real,
 * valid file but should not spend the few hundred milliseconds pdfkit takes to embed a font.
 */
export function draftPdf(title: string, lines: string[]): Buffer {
  const esc = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`)
  const text = [
    'BT /F1 18 Tf 56 770 Td',
    `(${esc(title)}) Tj`,
    '/F1 11 Tf 0 -30 Td',
    ...lines.flatMap((line) => [`(${esc(line)}) Tj`, '0 -18 Td']),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Lang (en) >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

/** Planned budget, actual costs, timesheets and one deliverable draft for ALLIANCE. */
export async function loadBudgetsDemo(tx: DbOrTx, ids: BudgetsDemoIds) {
  const [project] = await tx.select().from(projects).where(eq(projects.slug, 'alliance'))
  if (!project) return
  const org = (slug: string) => ids.orgIds.get(slug) ?? ''
  const user = (key: string) => ids.userIds.get(key) ?? null
  const currency = project.currency
  const wps = await tx
    .select()
    .from(workPackages)
    .where(eq(workPackages.projectId, project.id))
    .orderBy(asc(workPackages.number))
  const partners = (
    await tx.select().from(projectPartners).where(eq(projectPartners.projectId, project.id))
  ).filter((p) => p.budgetShare !== null)
  const matrix = planMatrix(
    wps.map((w) => w.lumpSumAmount ?? '0.00'),
    partners.map((p) => p.budgetShare ?? '0.00'),
    currency,
  )
  await tx.insert(budgetLines).values(
    partners.flatMap((p, row) =>
      wps.map((w, col) => ({
        tenantId: p.organisationId,
        projectId: project.id,
        workPackageId: w.id,
        category: 'lump_sum' as const,
        amount: matrix[row]?.[col] ?? '0.00',
      })),
    ),
  )

  const wpId = (n: number) => wps.find((w) => w.number === n)?.id ?? ''
  const reviewer = user('kesk-thessaloniki:coordinator')
  const review = (status: EntryStatus, comment = '') => ({
    status,
    reviewComment: comment,
    reviewedBy: status === 'submitted' ? null : reviewer,
    reviewedAt: status === 'submitted' ? null : ids.now,
  })
  await tx.insert(expenses).values(
    EXPENSES.map((e) => {
      const input = {
        workPackageId: wpId(e.wp),
        category: e.category,
        spentOn: e.spentOn,
        description: e.description,
        amount: e.amount,
        currency: e.currency,
        exchangeRate: e.rate ?? '1',
        rateDate: e.spentOn,
        rateSource: 'inforeuro' as const,
      }
      return {
        ...input,
        tenantId: org(e.org),
        projectId: project.id,
        convertedAmount: convertedAmount(input, currency),
        createdBy: user(e.by),
        ...review(e.status, e.comment),
      }
    }),
  )
  await tx.insert(timesheets).values(
    TIMESHEETS.map((s) => ({
      tenantId: org(s.org),
      projectId: project.id,
      workPackageId: wpId(s.wp),
      personName: s.person,
      userId: null,
      month: s.month,
      hours: s.hours,
      hourlyRate: s.rate,
      staffCost: staffCost(s.hours, s.rate, currency),
      createdBy: user(s.by),
      ...review(s.status),
    })),
  )

  const [d41] = await tx
    .select()
    .from(deliverables)
    .where(and(eq(deliverables.projectId, project.id), eq(deliverables.code, 'D4.1')))
  if (!d41?.leadOrganisationId) return
  await addDemoDocument(tx, {
    dataDir: ids.dataDir,
    tenantId: d41.leadOrganisationId,
    projectId: project.id,
    deliverableId: d41.id,
    title: 'D4.1 Operating protocols – first draft',
    fileName: 'ALLIANCE_D4.1_protocols_draft1.pdf',
    note: 'First draft written with Lumbardhi; the mobility procedure still needs input.',
    bytes: draftPdf('Operating protocols of the International Offices', [
      'ALLIANCE - Erasmus+ CB-VET 101183414. Deliverable D4.1, first draft.',
      '1. Purpose of the International Office',
      '2. Outgoing mobility: from the call to the return',
      '3. Incoming mobility and host companies',
      '4. Reporting to the school board and to the National Agency',
    ]),
    userId: user('coordinator'),
  })
}
