/**
 * `npm run bench:assessment`: the results page of one self-assessment round with 2,000 responses
 * × 80 scale items (160,000 answers, six groups) on PGlite and, with DATABASE_URL, on PostgreSQL.
 *
 * Target (issue 12): the page `GET /app/assessment/rounds/:id/results`, signed in, p95 < 100 ms
 * on PostgreSQL and at most 1.5× the raw SQL aggregate it is built on (the one GROUP BY over the
 * round's answers, run through the same driver). Both are timed in this process, one request at a
 * time, after a warm-up, side by side; the page goes through the whole Hono app (session, CSRF,
 * the results service, the chart, rendering) but not through a socket.
 *
 * The round is closed, as a round is when its results are read: its counts are kept once on the
 * first reading (`assessment_round_tallies`, ADR 018). The same page is then timed with the round
 * open again, counted live on every request, and printed beside it for comparison.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { openDb } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import type { Deps } from '#src/lib/context.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { loadEnv } from '#src/lib/env.ts'
import { createLogger } from '#src/lib/logger.ts'
import { createRecordingMailer } from '#src/lib/mailer.ts'
import type { InstrumentContent } from '#src/modules/assessment/content.ts'
import { RESPONDENT_GROUPS } from '#src/modules/assessment/content.ts'
import {
  assessmentAnswers,
  assessmentInstruments,
  assessmentResponses,
  assessmentRounds,
  assessmentVersions,
} from '#src/modules/assessment/schema.ts'
import { organisations } from '#src/modules/organisations/schema.ts'
import { memberships, users } from '#src/modules/users/schema.ts'
import { createApp } from '#src/server/app.tsx'
import { table } from './lib/stats.ts'

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 2_000)
const ITEMS = Number(process.env.BENCH_ITEMS ?? 80)
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200)
const WARMUP = 20
const TARGET = { p95Ms: 100, ratio: 1.5 }
const PASSWORD = 'bench-password-2026'
const LOGIN = 'coordinator@bench.example'

const log = (line: string) => process.stderr.write(`${line}\n`)

function content(): InstrumentContent {
  const perSection = 8
  return {
    sections: Array.from({ length: Math.ceil(ITEMS / perSection) }, (_, s) => ({
      key: `area-${s + 1}`,
      title: { en: `Area ${s + 1}`, sq: `Fusha ${s + 1}` },
      questions: Array.from({ length: Math.min(perSection, ITEMS - s * perSection) }, (_, i) => ({
        key: `item-${s + 1}-${i + 1}`,
        type: 'scale' as const,
        text: {
          en: `Item ${s + 1}.${i + 1}: the office does this well`,
          sq: `Pika ${s + 1}.${i + 1}`,
        },
        levels: [1, 2, 3, 4, 5].map((n) => ({ en: `Level ${n}` })),
        allowNa: true,
        required: false,
      })),
    })),
  }
}

async function seed(deps: Deps) {
  const db = deps.db
  const [org] = await db
    .insert(organisations)
    .values({
      slug: 'bench-school',
      name: { en: 'Bench school' },
      type: 'vet_school',
      country: 'AL',
      city: 'Durrës',
    })
    .returning()
  const [user] = await db
    .insert(users)
    .values({
      email: LOGIN,
      displayName: 'Bench coordinator',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning()
  await db.insert(memberships).values({ tenantId: org!.id, userId: user!.id, role: 'coordinator' })
  const [instrument] = await db
    .insert(assessmentInstruments)
    .values({
      tenantId: org!.id,
      key: 'bench',
      kind: 'checklist',
      title: { en: 'Bench checklist' },
    })
    .returning()
  const c = content()
  const [version] = await db
    .insert(assessmentVersions)
    .values({
      instrumentId: instrument!.id,
      version: 1,
      status: 'published',
      content: c,
      publishedAt: new Date(),
    })
    .returning()
  const [round] = await db
    .insert(assessmentRounds)
    .values({
      tenantId: org!.id,
      versionId: version!.id,
      title: 'Bench round',
      status: 'closed',
      groups: [...RESPONDENT_GROUPS],
      closedAt: new Date(),
    })
    .returning()
  const keys = c.sections.flatMap((s) => s.questions.map((q) => q.key))
  let seedN = 7
  const rnd = () => {
    seedN = (seedN * 1_103_515_245 + 12_345) % 2 ** 31
    return seedN / 2 ** 31
  }
  const BATCH = 250
  for (let done = 0; done < RESPONSES; done += BATCH) {
    const n = Math.min(BATCH, RESPONSES - done)
    const rows = await db
      .insert(assessmentResponses)
      .values(
        Array.from({ length: n }, (_, i) => ({
          roundId: round!.id,
          group: RESPONDENT_GROUPS[(done + i) % RESPONDENT_GROUPS.length]!,
          submittedOn: '2026-11-20',
        })),
      )
      .returning({ id: assessmentResponses.id, group: assessmentResponses.group })
    const answers = rows.flatMap((r) =>
      keys.map((questionKey) => {
        const na = rnd() < 0.04
        return {
          responseId: r.id,
          roundId: round!.id,
          group: r.group,
          questionKey,
          num: na ? null : 1 + Math.floor(rnd() * 5),
          choice: na ? 'na' : null,
        }
      }),
    )
    for (let i = 0; i < answers.length; i += 5_000) {
      await db.insert(assessmentAnswers).values(answers.slice(i, i + 5_000))
    }
  }
  await db.execute(sql`analyze`)
  return { roundId: round!.id }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run()
  const ms: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const t0 = performance.now()
    await run()
    ms.push(performance.now() - t0)
  }
  ms.sort((a, b) => a - b)
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) }
}

type Figures = Awaited<ReturnType<typeof time>>
type Section = {
  database: string
  seedS: number
  page: Figures
  live: Figures
  raw: Figures
  bytes: number
}

async function signIn(app: ReturnType<typeof createApp>): Promise<string> {
  const first = await app.request('/signin')
  const cookies = new Map<string, string>()
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const eq = pair!.indexOf('=')
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1))
    }
  }
  keep(first)
  const body = new URLSearchParams({
    _csrf: cookies.get('ura_csrf') ?? '',
    login: LOGIN,
    password: PASSWORD,
  })
  const res = await app.request('/signin', {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  })
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`)
  keep(res)
  return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
}

async function section(database: 'pglite' | 'postgres', databaseUrl?: string): Promise<Section> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ura-bench-assess-'))
  const handle = await openDb(databaseUrl ? { databaseUrl } : { dataDir: dir })
  try {
    await runMigrations(handle)
    const deps: Deps = {
      db: handle.db,
      env: loadEnv({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        URA_DATA_DIR: dir,
        URA_BASE_URL: 'http://ura.bench',
      }),
      log: createLogger('silent'),
      mailer: createRecordingMailer(),
      now: () => new Date(),
    }
    const t0 = performance.now()
    log(`  seeding ${RESPONSES} responses × ${ITEMS} items…`)
    const { roundId } = await seed(deps)
    const seedS = (performance.now() - t0) / 1000
    const app = createApp(deps)
    const cookie = await signIn(app)
    const url = `/app/assessment/rounds/${roundId}/results`
    let bytes = 0
    log('  timing the results page…')
    const page = await time(async () => {
      const res = await app.request(url, { headers: { cookie } })
      if (res.status !== 200) throw new Error(`results page answered ${res.status}`)
      bytes = (await res.text()).length
    })
    log('  timing the results page of the same round while it is open (counted live)…')
    await handle.db.execute(sql`delete from assessment_round_tallies where round_id = ${roundId}`)
    await handle.db.execute(sql`update assessment_rounds set status = 'open' where id = ${roundId}`)
    const live = await time(async () => {
      const res = await app.request(url, { headers: { cookie } })
      if (res.status !== 200) throw new Error(`results page answered ${res.status}`)
      await res.text()
    })
    log('  timing the raw aggregate…')
    const raw = await time(() =>
      handle.db.execute(sql`select "group", question_key, num, choice, count(*)::int as n
        from assessment_answers where round_id = ${roundId} and text is null
        group by "group", question_key, num, choice`),
    )
    return { database, seedS, page, live, raw, bytes }
  } finally {
    await handle.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function postgres(url: string): Promise<Section> {
  const name = `ura_bench_assess_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  try {
    return await section('postgres', target.toString())
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`

async function main() {
  const sections: Section[] = []
  if (process.env.BENCH_PGLITE !== '0') {
    log('PGlite:')
    sections.push(await section('pglite'))
  }
  if (process.env.DATABASE_URL) {
    log('PostgreSQL:')
    sections.push(await postgres(process.env.DATABASE_URL))
  } else log('DATABASE_URL not set: skipping the PostgreSQL section')
  const cpus = os.cpus()
  const out = [
    `Ura self-assessment results benchmark, ${new Date().toISOString()}: Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim()}`,
    `one round, ${RESPONSES} responses × ${ITEMS} scale items, 6 groups; ${SAMPLES} timed requests after ${WARMUP} warm-up, one at a time, in process`,
    '',
  ]
  const rows = sections.flatMap((s) => {
    const ratio = s.page.p95 / s.raw.p95
    const p95ok = s.database === 'pglite' ? 'n/a' : s.page.p95 < TARGET.p95Ms ? 'PASS' : 'FAIL'
    return [
      [
        `${s.database}: results page`,
        ms(s.page.p50),
        ms(s.page.p95),
        ms(s.page.p99),
        `${(s.bytes / 1024).toFixed(0)} kB`,
      ],
      [
        `${s.database}: same page, round still open`,
        ms(s.live.p50),
        ms(s.live.p95),
        ms(s.live.p99),
        '',
      ],
      [`${s.database}: raw SQL aggregate`, ms(s.raw.p50), ms(s.raw.p95), ms(s.raw.p99), ''],
      [
        `${s.database}: page / aggregate (p95 ≤ ${TARGET.ratio}×)`,
        '',
        `${ratio.toFixed(2)}× ${ratio <= TARGET.ratio ? 'PASS' : 'FAIL'}`,
        '',
        `p95 < ${TARGET.p95Ms} ms: ${p95ok}`,
      ],
      [
        `${s.database}: open page / aggregate`,
        '',
        `${(s.live.p95 / s.raw.p95).toFixed(2)}×`,
        '',
        `p95 < ${TARGET.p95Ms} ms: ${s.database === 'pglite' ? 'n/a' : s.live.p95 < TARGET.p95Ms ? 'PASS' : 'FAIL'}`,
      ],
    ]
  })
  out.push(table(['', 'p50', 'p95', 'p99', ''], rows))
  out.push(
    '',
    `seeding: ${sections.map((s) => `${s.database} ${s.seedS.toFixed(0)} s`).join(', ')}`,
  )
  process.stdout.write(`${out.join('\n')}\n`)
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`)
  process.exit(1)
})
