/**
 * `npm run bench:mobility`: 100,000 mobilities across 200 organisations on PostgreSQL (a database
 * the bench creates and drops). Latency of the coordinator's filtered, paged mobility list
 * (`listMobilities`, target p95 < 100 ms) and of a project's grant totals (`getProjectGrantTotals`,
 * target < 200 ms), each measured three ways: the real page over HTTP with a signed-in cookie, the
 * service call in process, and the same SQL (captured from the service) run directly with `pg`.
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
import type { MobilityFilter } from '#src/modules/mobility/index.ts'
import { listMobilities } from '#src/modules/mobility/index.ts'
import { getProjectGrantTotals } from '#src/modules/mobility-reports/index.ts'
import { loadActor } from '#src/modules/users/index.ts'
import * as schema from '#src/server/schema.ts'
import { signIn } from './lib/http.ts'
import { stop } from './lib/proc.ts'
import { buildAll, startUra } from './lib/servers.ts'
import { table } from './lib/stats.ts'

const ORGS = 200
const MOBILITIES = Number(process.env.BENCH_MOBILITIES ?? 100_000)
/** The measured school is a big one: a tenth of all mobilities; the rest are spread evenly. */
const BIG_SHARE = 0.1
const LEARNERS_PER_ORG = 100
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300)
const WARMUP = 30
const PASSWORD = 'bench-password-2026'
const LOGIN = 'coordinator-1@bench.example'
const TARGETS = { list: 100, totals: 200 }

const log = (line: string) => process.stderr.write(`${line}\n`)

/** Everything in bulk: one statement per table with generate_series, then ANALYZE. */
async function seed(db: Db) {
  const started = performance.now()
  const hash = await hashPassword(PASSWORD)
  const big = Math.round(MOBILITIES * BIG_SHARE)
  const perOther = Math.floor((MOBILITIES - big) / (ORGS - 1))
  const first = MOBILITIES - perOther * (ORGS - 1)
  const x = (q: ReturnType<typeof sql>) => db.execute(q)
  await x(sql`
    insert into organisations (slug, name, type, country, city, latitude, longitude,
                               working_languages, default_locale, erasmus_oid)
    select 'bench-org-' || g, jsonb_build_object('en', 'Bench School ' || g), 'vet_school',
           (array['DE','GR','IT','AT','ES','AL','XK','MK'])[1 + g % 8], 'City ' || g,
           (38 + (g % 15) + 0.5)::numeric(9,6), (4 + (g % 20) + 0.25)::numeric(9,6),
           array['en'], 'en', 'E1' || lpad(g::text, 7, '0')
    from generate_series(1, ${ORGS}::int) g`)
  await x(sql`create temp table b_orgs as
    select split_part(slug, '-', 3)::int as n, id, country from organisations where slug like 'bench-org-%'`)
  await x(sql`
    insert into users (email, display_name, password_hash, locale)
    select 'coordinator-' || g || '@bench.example', 'Coordinator ' || g, ${hash}, 'en'
    from generate_series(1, ${ORGS}::int) g`)
  await x(sql`
    insert into users (username, display_name, date_of_birth)
    select 'l-' || o || '-' || k,
           (array['Ardit','Klea','Lena','Jonas','Elira','Marko','Ana','Eleni','Luca','Sara'])[1 + (o * 7 + k) % 10]
             || ' ' || (array['Meta','Shehu','Vogel','Rossi','Papadopoulou','Petrović','Hoxha','Kola'])[1 + (o + k * 3) % 8]
             || ' ' || k,
           (date '2005-01-01' + ((o * 131 + k * 17) % 3650))::text
    from generate_series(1, ${ORGS}::int) o cross join generate_series(0, ${LEARNERS_PER_ORG - 1}::int) k`)
  await x(sql`create temp table b_learners as
    select split_part(username, '-', 2)::int as n, split_part(username, '-', 3)::int as k, id, display_name
    from users where username like 'l-%'`)
  await x(sql`
    insert into memberships (tenant_id, user_id, role)
    select o.id, u.id, 'coordinator' from b_orgs o
    join users u on u.email = 'coordinator-' || o.n || '@bench.example'
    union all
    select o.id, l.id, 'learner' from b_orgs o join b_learners l on l.n = o.n`)
  await x(sql`
    insert into projects (tenant_id, slug, acronym, title, grant_number, status)
    select o.id, 'bench-proj-' || o.n || '-' || j, 'BENCH' || o.n || '-' || j,
           jsonb_build_object('en', 'Bench mobility project ' || o.n || '/' || j),
           '2026-1-DE02-KA121-VET-' || lpad((o.n * 10 + j)::text, 9, '0'), 'running'
    from b_orgs o cross join generate_series(1, 2) j`)
  await x(sql`create temp table b_projects as
    select split_part(slug, '-', 3)::int as n, split_part(slug, '-', 4)::int as j, id
    from projects where slug like 'bench-proj-%'`)
  await x(sql`
    insert into mobilities (tenant_id, project_id, participant_user_id, participant_type,
      sending_organisation_id, receiving_organisation_id, receiving_country, activity_type,
      start_date, end_date, status, is_green_travel, distance_km, distance_source,
      fewer_opportunities, search_text, created_at)
    select o.id, p.id, l.id, 'learner', o.id, r.id, r.country,
           (array['LM-SHORT-VET','LM-LONG-VET','LM-GROUP-VET','SM-JOB-SHDW','SM-TTA','SM-COUR-TRAIN','LM-SKILL-VET'])[1 + i % 7],
           date '2024-01-01' + ((i * 37 + o.n) % 1400),
           date '2024-01-01' + ((i * 37 + o.n) % 1400) + 20,
           (array['draft','approved','preparing','ongoing','completed','completed','completed','cancelled','interrupted','approved'])[1 + (i * 7) % 10],
           i % 3 = 0, (300 + (i * 13) % 2500)::numeric(10,2), 'ec_calculator', i % 5 = 0,
           lower(l.display_name) || ' bench school ' || r.n || ' ' ||
             lower((array['LM-SHORT-VET','LM-LONG-VET','LM-GROUP-VET','SM-JOB-SHDW','SM-TTA','SM-COUR-TRAIN','LM-SKILL-VET'])[1 + i % 7]),
           now() - (i || ' minutes')::interval
    from b_orgs o
    cross join lateral generate_series(1, case when o.n = 1 then ${first}::int else ${perOther}::int end) i
    join b_orgs r on r.n = 1 + (o.n + 1 + i % (${ORGS}::int - 1)) % ${ORGS}::int
    join b_learners l on l.n = o.n and l.k = i % ${LEARNERS_PER_ORG}::int
    join b_projects p on p.n = o.n and p.j = 1 + i % 2`)
  await x(sql`
    insert into mobility_grants (tenant_id, mobility_id, project_id, call_id, activity_type, call_year,
      rules_version, inputs, lines, travel, organisational_support, individual_support_min,
      individual_support_max, inclusion_support, course_fees, linguistic_support, exceptional_costs,
      total_min, total_max, computed_at)
    select m.tenant_id, m.id, m.project_id, m.call_id, m.activity_type, 2026, 'bench', '{}'::jsonb, '[]'::jsonb,
           309, 350, 1604, 1604, case when m.fewer_opportunities then 125 else 0 end, 0, 0, 0,
           2263 + case when m.fewer_opportunities then 125 else 0 end,
           2263 + case when m.fewer_opportunities then 125 else 0 end, now()
    from mobilities m where m.status not in ('draft', 'cancelled') and m.created_at < now() - interval '3 minutes'`)
  await x(sql`analyze`)
  const counts = await db.execute(sql`select
      (select count(*) from organisations)::int as organisations,
      (select count(*) from mobilities)::int as mobilities,
      (select count(*) from mobilities m join b_orgs o on o.id = m.tenant_id where o.n = 1)::int as "measuredSchool",
      (select count(*) from mobility_grants)::int as grants`)
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

/** Runs `fn` over the variants in turn: warm-up first, then `ITERATIONS` timed calls. */
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

async function main() {
  const started = performance.now()
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = `ura_bench_mob_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const dbUrl = target.toString()
  const pool = new pg.Pool({ connectionString: dbUrl, max: 4 })
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
    log(`seeding ${MOBILITIES} mobilities across ${ORGS} organisations…`)
    const seeded = await seed(db)
    log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${JSON.stringify(seeded.rows)}`)

    const [who] = (
      await pool.query(
        `select u.id as "userId", m.tenant_id as "tenantId" from users u join memberships m on m.user_id = u.id where u.email = $1`,
        [LOGIN],
      )
    ).rows as { userId: string; tenantId: string }[]
    const projects = (
      await pool.query(`select id from projects where tenant_id = $1 order by slug`, [
        who!.tenantId,
      ])
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

    const filters: MobilityFilter[] = [
      { status: 'approved' },
      { status: 'completed', page: 3 },
      { activityType: 'SM-JOB-SHDW', page: 2 },
      { q: 'klea' },
      { projectId: projects[0]!, status: 'preparing' },
      {},
    ]
    const query = (f: MobilityFilter) =>
      new URLSearchParams(Object.entries(f).map(([k, v]) => [k, String(v)])).toString()

    // The SQL each service call runs, captured once per variant, to run directly with pg.
    const sqlOf = async (run: () => Promise<unknown>) => {
      captured = []
      await run()
      const out = captured
      captured = []
      return out
    }
    // One at a time: the capture buffer is shared.
    const listSql: Captured[] = []
    for (const f of filters) listSql.push(await sqlOf(() => listMobilities(ctx, f)))
    const totalsSql = await sqlOf(() => getProjectGrantTotals(ctx, projects[0]!))
    if (process.env.BENCH_EXPLAIN) {
      for (const s of [...listSql.flat(), ...totalsSql]) {
        const plan = await pool.query(`explain (analyze, buffers) ${s.text}`, s.params)
        log(`\n${s.text}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`)
      }
    }
    const direct = (statements: Captured) => async () => {
      for (const s of statements) await pool.query(s.text, s.params)
    }
    const directAll = (statements: Captured) => async () => {
      // The service runs its three totals queries together (Promise.all); so does this.
      await Promise.all(statements.map((s) => pool.query(s.text, s.params)))
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

    log('measuring the mobility list…')
    const list = {
      page: await time(filters.map((f) => page(`/app/mobility?${query(f)}`))),
      service: await time(filters.map((f) => () => listMobilities(ctx, f))),
      sql: await time(listSql.map(direct)),
    }
    log('measuring the project grant totals…')
    const totals = {
      page: await time([page(`/app/reports/grants/${projects[0]}`)]),
      service: await time([() => getProjectGrantTotals(ctx, projects[0]!)]),
      sql: await time([directAll(totalsSql)]),
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
        mobilities: MOBILITIES,
        iterations: ITERATIONS,
        warmup: WARMUP,
      },
      seeded: { ...seeded.rows, seconds: Math.round(seeded.ms / 100) / 10 },
      listFilters: filters.map(query),
      list,
      totals,
      sql: { list: listSql.map((s) => s.map((q) => q.text)), totals: totalsSql.map((q) => q.text) },
      totalSeconds: Math.round((performance.now() - started) / 1000),
    }
    console.log(`\n${render(results)}\n`)
    mkdirSync('bench/results', { recursive: true })
    writeFileSync('bench/results/mobility-latest.json', `${JSON.stringify(results, null, 2)}\n`)
    log('figures written to bench/results/mobility-latest.json')
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
  list: Record<'page' | 'service' | 'sql', Timing>
  totals: Record<'page' | 'service' | 'sql', Timing>
  totalSeconds: number
}) {
  const m = r.machine
  const rows = (label: string, t: Record<'page' | 'service' | 'sql', Timing>, limit: number) =>
    (['page', 'service', 'sql'] as const).map((k) => [
      `${label}: ${k === 'page' ? 'page over HTTP' : k === 'service' ? 'service call' : 'same SQL via pg'}`,
      t[k].p50.toFixed(2),
      t[k].p95.toFixed(2),
      t[k].p99.toFixed(2),
      (t[k].p95 / t.sql.p95).toFixed(2),
      k === 'sql' ? '' : t[k].p95 < limit ? `PASS (< ${limit})` : `FAIL (≥ ${limit})`,
    ])
  return [
    `Ura mobility benchmark, ${r.date}: Node ${m.node}, ${m.cpus} × ${m.cpuModel}, load ${m.loadAverageAtStart.join(' ')}`,
    `PostgreSQL: ${r.seeded.organisations} organisations, ${r.seeded.mobilities} mobilities (${r.seeded.measuredSchool} in the measured school), ${r.seeded.grants} grants; sequential requests, ${ITERATIONS} per target after ${WARMUP} warm-up`,
    '',
    table(
      ['target', 'p50 ms', 'p95 ms', 'p99 ms', 'p95 / SQL p95', 'target p95'],
      [
        ...rows('mobility list', r.list, TARGETS.list),
        ...rows('project grant totals', r.totals, TARGETS.totals),
      ],
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
