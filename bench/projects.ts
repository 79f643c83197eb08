/**
 * `npm run bench:projects`: 2,000 projects and 200,000 tasks across 200 organisations on
 * PostgreSQL (a database the bench creates and drops). Latency of the portfolio page
 * (`/app/projects`, filters and search) and of a project's overview (`/app/projects/:id`), target
 * p95 < 100 ms, each measured three ways: the real page over HTTP with a signed-in cookie, the
 * service calls in process, and the same SQL (captured from the services) run directly with `pg`.
 * See bench/README.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import type { Db } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import type { Ctx } from '#src/lib/context.ts'
import { hashPassword } from '#src/lib/crypto.ts'
import { loadEnv } from '#src/lib/env.ts'
import { createLogger } from '#src/lib/logger.ts'
import { createRecordingMailer } from '#src/lib/mailer.ts'
import { getProjectOverview, listProjectsFor } from '#src/modules/projects/index.ts'
import { loadActor } from '#src/modules/users/index.ts'
import * as schema from '#src/server/schema.ts'
import { signIn } from './lib/http.ts'
import { stop } from './lib/proc.ts'
import { buildAll, startUra } from './lib/servers.ts'
import { table } from './lib/stats.ts'

const ORGS = 200
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 2_000)
const TASKS = Number(process.env.BENCH_TASKS ?? 200_000)
/** Each project: its coordinator and this many partners, picked round the ring of schools. */
const PARTNERS = 5
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300)
const WARMUP = 30
const PASSWORD = 'bench-password-2026'
const LOGIN = 'coordinator-1@bench.example'
const TARGET_P95 = 100

const log = (line: string) => process.stderr.write(`${line}\n`)

/** Everything in bulk: one INSERT … SELECT generate_series per table, then ANALYZE. */
async function seed(db: Db) {
  const started = performance.now()
  const hash = await hashPassword(PASSWORD)
  const x = (q: ReturnType<typeof sql>) => db.execute(q)
  await x(sql`
    insert into organisations (slug, name, type, country, city, working_languages, default_locale)
    select 'bench-org-' || g, jsonb_build_object('en', 'Bench School ' || g, 'sq', 'Shkolla Bench ' || g),
           'vet_school', (array['DE','GR','IT','BE','AL','XK','MK','ME'])[1 + g % 8], 'City ' || g,
           array['en'], 'en'
    from generate_series(1, ${ORGS}::int) g`)
  await x(sql`create temp table b_orgs as
    select split_part(slug, '-', 3)::int as n, id from organisations where slug like 'bench-org-%'`)
  await x(sql`
    insert into users (email, display_name, password_hash, locale)
    select 'coordinator-' || g || '@bench.example', 'Coordinator ' || g, ${hash}, 'en'
    from generate_series(1, ${ORGS}::int) g`)
  await x(sql`
    insert into memberships (tenant_id, user_id, role)
    select o.id, u.id, 'coordinator' from b_orgs o
    join users u on u.email = 'coordinator-' || o.n || '@bench.example'`)
  // Project p is coordinated by school 1 + p % ORGS; titles mix scripts and accents.
  await x(sql`
    insert into projects (tenant_id, slug, acronym, title, summary, programme, action, grant_number,
      start_date, end_date, status, currency, total_budget, search_text)
    select o.id, 'bench-p-' || p, 'BENCH-' || p,
           jsonb_build_object('en', 'Bench project ' || p || ' on digital skills',
                              'sq', 'Projekti bench ' || p || ' për aftësitë dixhitale'),
           jsonb_build_object('en', 'A benchmark project.'),
           (array['Erasmus+','Erasmus+','Erasmus+','Interreg IPA','EU pilot project'])[1 + p % 5],
           (array['ERASMUS-EDU-2024-CB-VET','KA220-VET','KA210-VET','',''])[1 + p % 5],
           (101000000 + p)::text,
           date '2021-01-01' + (p * 3 % 1800), date '2021-01-01' + (p * 3 % 1800) + 1095,
           (array['idea','preparation','submitted','running','running','running','closed','rejected'])[1 + p % 8],
           'EUR', (100000 + p * 97 % 300000)::numeric(16,2),
           'bench-' || p || ' bench project ' || p || ' on digital skills projekti bench ' || p || ' per aftesite dixhitale ' || (101000000 + p)
    from generate_series(1, ${PROJECTS}::int) p
    join b_orgs o on o.n = 1 + p % ${ORGS}::int`)
  await x(sql`create temp table b_projects as
    select split_part(slug, '-', 3)::int as p, id, tenant_id from projects where slug like 'bench-p-%'`)
  await x(sql`
    insert into project_partners (tenant_id, project_id, organisation_id, role, budget_share)
    select bp.tenant_id, bp.id, o.id,
           case when k = 0 then 'coordinator' when k = ${PARTNERS}::int then 'associated' else 'partner' end,
           case when k = ${PARTNERS}::int then null else 20000.00 end
    from b_projects bp
    cross join generate_series(0, ${PARTNERS}::int) k
    join b_orgs o on o.n = 1 + (bp.p + k * 37) % ${ORGS}::int`)
  await x(sql`
    insert into work_packages (tenant_id, project_id, number, code, title, lead_organisation_id,
      start_date, end_date, is_lump_sum, lump_sum_amount, completion_percent)
    select bp.tenant_id, bp.id, w, 'WP' || w, jsonb_build_object('en', 'Work package ' || w),
           bp.tenant_id, p.start_date + (w - 1) * 90, p.end_date - (5 - w) * 60, true, 20000.00, (w * 17) % 100
    from b_projects bp join projects p on p.id = bp.id cross join generate_series(1, 5) w`)
  await x(sql`create temp table b_wps as
    select project_id, number, id from work_packages where project_id in (select id from b_projects)`)
  await x(sql`
    insert into tasks (tenant_id, project_id, work_package_id, title, owner_organisation_id,
      due_date, status)
    select o.id, bp.id, w.id, 'Task ' || i || ' of project ' || bp.p, o.id,
           date '2021-01-01' + (bp.p * 3 % 1800) + (i * 11 % 1095),
           (array['todo','doing','done','done','blocked'])[1 + i % 5]
    from generate_series(1, ${TASKS}::int) i
    join b_projects bp on bp.p = 1 + i % ${PROJECTS}::int
    join b_orgs o on o.n = 1 + (bp.p + (i % ${PARTNERS}::int) * 37) % ${ORGS}::int
    join b_wps w on w.project_id = bp.id and w.number = 1 + i % 5`)
  await x(sql`
    insert into milestones (tenant_id, project_id, code, title, due_date, status)
    select bp.tenant_id, bp.id, 'MS' || m, jsonb_build_object('en', 'Milestone ' || m),
           p.start_date + m * 200, case when m < 3 then 'reached' else 'planned' end
    from b_projects bp join projects p on p.id = bp.id cross join generate_series(1, 5) m`)
  await x(sql`
    insert into deliverables (tenant_id, project_id, work_package_id, code, title, due_date, status,
      lead_organisation_id, is_public)
    select bp.tenant_id, bp.id, w.id, 'D' || d || '.1', jsonb_build_object('en', 'Deliverable ' || d),
           p.start_date + d * 120,
           (array['planned','drafting','in_review','submitted','accepted'])[1 + d % 5], bp.tenant_id, d % 2 = 0
    from b_projects bp join projects p on p.id = bp.id cross join generate_series(1, 8) d
    join b_wps w on w.project_id = bp.id and w.number = 1 + d % 5`)
  await x(sql`
    insert into risks (tenant_id, project_id, description, likelihood, impact, status)
    select bp.tenant_id, bp.id, 'Risk ' || r, 1 + r % 5, 1 + (r * 2) % 5,
           (array['open','mitigated','open'])[r]
    from b_projects bp cross join generate_series(1, 3) r`)
  await x(sql`analyze`)
  const counts = await db.execute(sql`select
      (select count(*) from organisations)::int as organisations,
      (select count(*) from projects)::int as projects,
      (select count(*) from project_partners)::int as partners,
      (select count(*) from tasks)::int as tasks,
      (select count(*) from deliverables)::int as deliverables,
      (select count(*) from project_partners pp join b_orgs o on o.id = pp.organisation_id where o.n = 1)::int as "measuredSchoolProjects"`)
  return { ms: performance.now() - started, rows: counts.rows[0] as Record<string, number> }
}

type Timing = { p50: number; p95: number; p99: number; mean: number; n: number }

function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!
  const r = (v: number) => Math.round(v * 100) / 100
  return {
    p50: r(at(0.5)),
    p95: r(at(0.95)),
    p99: r(at(0.99)),
    mean: r(s.reduce((a, b) => a + b, 0) / s.length),
    n: s.length,
  }
}

/** Runs the variants in turn: warm-up first, then `ITERATIONS` timed calls. */
async function time(variants: (() => Promise<unknown>)[]): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await variants[i % variants.length]!()
  const samples: number[] = []
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now()
    await variants[i % variants.length]!()
    samples.push(performance.now() - started)
  }
  return summarise(samples)
}

type Captured = { text: string; params: unknown[] }[]
type Three = Record<'page' | 'service' | 'sql', Timing>

async function main() {
  const started = performance.now()
  const url = process.env.DATABASE_URL
  if (!url)
    throw new Error(
      'DATABASE_URL is required (a PostgreSQL server; the bench makes its own database)',
    )
  const name = `ura_bench_proj_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const dbUrl = target.toString()
  const pool = new pg.Pool({ connectionString: dbUrl, max: 10 })
  // Sockets still closing when the database is dropped report an error: expected at the end.
  pool.on('error', () => {})
  let server: Awaited<ReturnType<typeof startUra>>['server'] | undefined
  try {
    log('building (npm run build)…')
    await buildAll()
    let captured: Captured = []
    const db = drizzle(pool, {
      schema,
      casing: 'snake_case',
      logger: { logQuery: (text, params) => captured.push({ text, params }) },
    }) as unknown as Db
    await runMigrations({
      db,
      kind: 'postgres',
      exec: async (s) => void (await pool.query(s)),
      close: async () => {},
    })
    log(`seeding ${PROJECTS} projects and ${TASKS} tasks across ${ORGS} organisations…`)
    const seeded = await seed(db)
    log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${JSON.stringify(seeded.rows)}`)

    const [who] = (
      await pool.query(
        `select u.id as "userId", m.tenant_id as "tenantId" from users u join memberships m on m.user_id = u.id where u.email = $1`,
        [LOGIN],
      )
    ).rows as { userId: string; tenantId: string }[]
    const mine = (
      await pool.query(
        `select project_id as id from project_partners where organisation_id = $1 order by project_id limit 5`,
        [who!.tenantId],
      )
    ).rows.map((r) => r.id as string)
    const deps = {
      db,
      env: loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
      log: createLogger('silent'),
      mailer: createRecordingMailer(),
      now: () => new Date(),
    }
    const ctx: Ctx = {
      ...deps,
      actor: await loadActor(db, who!.userId, who!.tenantId, 'session'),
      requestId: 'bench',
    }

    const filters: Record<string, string>[] = [
      {},
      { q: 'Bench project 1' },
      { q: 'aftësitë' },
      { status: 'running' },
      { role: 'partner', page: '2' },
      { programme: 'Erasmus+', status: 'closed' },
    ]
    const sqlOf = async (run: () => Promise<unknown>) => {
      captured = []
      await run()
      const out = captured
      captured = []
      return out
    }
    const listOf = (f: Record<string, string>) =>
      listProjectsFor(ctx, { ...f, page: Number(f.page ?? 1) } as never)
    const listSql: Captured[] = []
    for (const f of filters) listSql.push(await sqlOf(() => listOf(f)))
    const overviewSql: Captured[] = []
    for (const id of mine) overviewSql.push(await sqlOf(() => getProjectOverview(ctx, id)))
    if (process.env.BENCH_EXPLAIN) {
      for (const s of [...listSql.flat(), ...overviewSql[0]!]) {
        const plan = await pool.query(`explain (analyze, buffers) ${s.text}`, s.params)
        log(`\n${s.text}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`)
      }
    }
    const direct = (statements: Captured) => async () => {
      for (const s of statements) await pool.query(s.text, s.params)
    }
    // The overview checks access first, then runs its eight queries together; so does this.
    const accessThenAll = (statements: Captured) => async () => {
      const [first, ...rest] = statements
      await pool.query(first!.text, first!.params)
      await Promise.all(rest.map((s) => pool.query(s.text, s.params)))
    }

    log('starting the built server…')
    const ura = await startUra({ databaseUrl: dbUrl })
    server = ura.server
    const cookie = await signIn(server.port, LOGIN, PASSWORD)
    const base = `http://127.0.0.1:${server.port}`
    const page = (path: string) => async () => {
      const res = await fetch(base + path, { headers: { cookie }, redirect: 'manual' })
      await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
    }

    log('measuring the portfolio…')
    const portfolio: Three = {
      page: await time(filters.map((f) => page(`/app/projects?${new URLSearchParams(f)}`))),
      service: await time(filters.map((f) => () => listOf(f))),
      sql: await time(listSql.map(direct)),
    }
    log('measuring the project overview…')
    const overview: Three = {
      page: await time(mine.map((id) => page(`/app/projects/${id}`))),
      service: await time(mine.map((id) => () => getProjectOverview(ctx, id))),
      sql: await time(overviewSql.map(accessThenAll)),
    }
    const results = {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        loadAverageAtStart: LOAD_AT_START,
      },
      settings: {
        organisations: ORGS,
        projects: PROJECTS,
        tasks: TASKS,
        iterations: ITERATIONS,
        warmup: WARMUP,
      },
      seeded: { ...seeded.rows, seconds: Math.round(seeded.ms / 100) / 10 },
      portfolioFilters: filters.map((f) => new URLSearchParams(f).toString()),
      portfolio,
      overview,
      sql: {
        portfolio: listSql.map((s) => s.map((q) => q.text)),
        overview: overviewSql[0]!.map((q) => q.text),
      },
      totalSeconds: Math.round((performance.now() - started) / 1000),
    }
    console.log(`\n${render(results)}\n`)
    mkdirSync('bench/results', { recursive: true })
    writeFileSync('bench/results/projects-latest.json', `${JSON.stringify(results, null, 2)}\n`)
    log('figures written to bench/results/projects-latest.json')
  } finally {
    if (server) await stop(server)
    await pool.end()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

function render(r: {
  date: string
  machine: { node: string; cpus: number; cpuModel: string; loadAverageAtStart: number[] }
  seeded: Record<string, number>
  portfolio: Three
  overview: Three
  totalSeconds: number
}) {
  const m = r.machine
  const rows = (label: string, t: Three) =>
    (['page', 'service', 'sql'] as const).map((k) => [
      `${label}: ${k === 'page' ? 'page over HTTP' : k === 'service' ? 'service calls' : 'same SQL via pg'}`,
      t[k].p50.toFixed(2),
      t[k].p95.toFixed(2),
      t[k].p99.toFixed(2),
      (t[k].p95 / t.sql.p95).toFixed(2),
      k === 'sql'
        ? ''
        : t[k].p95 < TARGET_P95
          ? `PASS (< ${TARGET_P95})`
          : `FAIL (≥ ${TARGET_P95})`,
    ])
  return [
    `Ura projects benchmark, ${r.date}: Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load ${m.loadAverageAtStart.join(' ')}`,
    `PostgreSQL: ${r.seeded.organisations} organisations, ${r.seeded.projects} projects (${r.seeded.measuredSchoolProjects} of them the measured school's), ${r.seeded.partners} consortium rows, ${r.seeded.tasks} tasks, ${r.seeded.deliverables} deliverables; sequential requests, ${ITERATIONS} per target after ${WARMUP} warm-up`,
    '',
    table(
      ['target', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 / SQL p95', 'target p95'],
      [...rows('portfolio', r.portfolio), ...rows('project overview', r.overview)],
    ),
    '',
    `Whole benchmark: ${r.totalSeconds} s`,
  ].join('\n')
}

const LOAD_AT_START = os.loadavg().map((n) => Math.round(n * 100) / 100)

try {
  await main()
} catch (err) {
  console.error(err)
  process.exitCode = 1
}
