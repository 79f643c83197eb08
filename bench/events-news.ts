/**
 * `npm run bench:events-news`: an organisation with 10,000 events and 50,000 registrations (and
 * news in two languages). Requests per second of (a) a public event page and (b) the
 * organisation's RSS news feed, each side by side in one run with a static file of the same byte
 * size served by the same server, on PGlite and (with DATABASE_URL) on PostgreSQL. Target: each
 * ratio ≥ 0.5. See bench/README.md for how to read the figures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { type Database, openDb } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { compare, type LoadOptions, type Target, type TargetFigures } from './lib/load.ts'
import { rssMiB, stop } from './lib/proc.ts'
import { buildAll, type DbTarget, startUra } from './lib/servers.ts'
import { table } from './lib/stats.ts'

const SETTINGS: LoadOptions = {
  runs: Number(process.env.BENCH_RUNS ?? 3),
  durationS: Number(process.env.BENCH_DURATION ?? 10),
  connections: 10,
  warmupS: 2,
}
const EVENTS = Number(process.env.BENCH_EVENTS ?? 10_000)
const REGISTRATIONS_PER_EVENT = 5
const POSTS = 400
const ORG = 'bench-school'
const STATIC_DIR = path.resolve('dist/public')

const log = (line: string) => process.stderr.write(`${line}\n`)
const tempDirs: string[] = []
const staticFiles: string[] = []
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  for (const file of staticFiles) rmSync(file, { force: true })
})

/** Markdown of a realistic news item: a few paragraphs, a heading, a list and a link. */
function postBody(n: number, lang: 'sq' | 'en') {
  const p =
    lang === 'sq'
      ? 'Nxënësit dhe mësuesit e shkollës morën pjesë në një aktivitet **ndërkombëtar** për arsimin profesional, ku u diskutua për praktikat në ndërmarrje dhe për mobilitetin Erasmus+.'
      : 'Learners and teachers of the school took part in an **international** event on vocational education, discussing work placements in companies and Erasmus+ mobility.'
  return `${p} (${n})\n\n## ${lang === 'sq' ? 'Çfarë mësuam' : 'What we learnt'}\n\n- ${p}\n- ${p}\n\n${p}\n\n[ALLIANCE](https://allianceproject-eu.com/)`
}

/**
 * The organisation and its rows, in bulk: events and registrations with generate_series (one
 * statement each), posts rendered once per language and inserted in batches.
 */
async function seed(database: Database): Promise<{ eventSlug: string; ms: number }> {
  const started = performance.now()
  const db = database.db
  await db.execute(sql`
    insert into organisations (slug, name, type, country, city, working_languages, default_locale)
    values (${ORG}, ${JSON.stringify({ sq: 'Shkolla e Provës', en: 'Bench School' })}::jsonb,
            'vet_school', 'AL', 'Durrës', array['sq','en'], 'sq')`)
  const orgId = sql`(select id from organisations where slug = ${ORG})`
  await db.execute(sql`
    insert into events (tenant_id, slug, type, title, description, starts_at, ends_at, time_zone,
                        venue_name, venue_address, capacity, status, published_at)
    select ${orgId}, 'bench-event-' || g, 'info_day',
           jsonb_build_object('en', 'Erasmus+ Info Day ' || g, 'sq', 'Dita e Informimit Erasmus+ ' || g),
           jsonb_build_object('en', 'Meet the school''s partners and hear about work placements abroad.',
                              'sq', 'Njihuni me partnerët e shkollës dhe mësoni për praktikat jashtë vendit.'),
           now() + (g || ' hours')::interval, now() + (g || ' hours')::interval + interval '3 hours',
           'Europe/Tirane', 'School hall', 'Rruga e Shkollës 1, Durrës', 100, 'published', now()
    from generate_series(1, ${EVENTS}::int) as g`)
  await db.execute(sql`
    insert into event_registrations (tenant_id, event_id, status, name, email, locale,
                                     access_token, ticket_code, confirmed_at)
    select e.tenant_id, e.id, 'confirmed', 'Participant ' || g,
           'p' || g || '-' || e.slug || '@bench.example', 'sq',
           md5(e.id::text || ':a:' || g), upper(substr(md5(e.id::text || ':t:' || g), 1, 12)), now()
    from events e cross join generate_series(1, ${REGISTRATIONS_PER_EVENT}::int) as g
    where e.tenant_id = ${orgId}`)
  const bodies = { sq: postBody(0, 'sq'), en: postBody(0, 'en') }
  const html = { sq: renderMarkdown(bodies.sq).html, en: renderMarkdown(bodies.en).html }
  for (let start = 0; start < POSTS; start += 100) {
    await db.execute(sql`
      insert into news_posts (tenant_id, slug, title, body, body_html, tags, status, published_at)
      select ${orgId}, 'bench-news-' || g,
             jsonb_build_object('sq', 'Lajm nga shkolla ' || g, 'en', 'News from the school ' || g),
             ${JSON.stringify(bodies)}::jsonb, ${JSON.stringify(html)}::jsonb,
             array['Erasmus+', 'VET'], 'published', now() - (g || ' hours')::interval
      from generate_series(${start + 1}::int, ${start + 100}::int) as g`)
  }
  return { eventSlug: `bench-event-${Math.ceil(EVENTS / 2)}`, ms: performance.now() - started }
}

async function counts(database: Database) {
  const one = async (table: string) => {
    const res = await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))
    return Number((res.rows[0] as { n: number }).n)
  }
  return {
    events: await one('events'),
    registrations: await one('event_registrations'),
    posts: await one('news_posts'),
  }
}

/** A file under dist/public of exactly `bytes` bytes, served by the same server at /static/…. */
function staticFile(name: string, bytes: number): string {
  mkdirSync(STATIC_DIR, { recursive: true })
  const file = path.join(STATIC_DIR, name)
  const line = '<p>static baseline for the events and news benchmark</p>\n'
  writeFileSync(file, line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes))
  staticFiles.push(file)
  return `/static/${name}`
}

type Section = {
  database: 'pglite' | 'postgres'
  seedMs: number
  rows: Awaited<ReturnType<typeof counts>>
  bytes: { eventPage: number; feed: number }
  targets: TargetFigures[]
  ratios: { eventPage: number; feed: number }
  rssMiB: { afterStart: number; afterLoad: number }
}

async function section(database: Section['database'], target: DbTarget): Promise<Section> {
  log(
    `  seeding ${EVENTS} events, ${EVENTS * REGISTRATIONS_PER_EVENT} registrations, ${POSTS} posts…`,
  )
  const db = await openDb(
    'dataDir' in target ? { dataDir: target.dataDir } : { databaseUrl: target.databaseUrl },
  )
  await runMigrations(db)
  const seeded = await seed(db)
  const rows = await counts(db)
  await db.close()
  log(`  seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${JSON.stringify(rows)}`)
  const { server } = await startUra(target)
  try {
    const base = `http://127.0.0.1:${server.port}`
    const paths = { event: `/sq/e/${seeded.eventSlug}`, feed: `/sq/o/${ORG}/news.rss` }
    const size = async (p: string) => {
      const res = await fetch(base + p)
      const body = await res.arrayBuffer()
      if (res.status !== 200) throw new Error(`${p} answered ${res.status}`)
      return body.byteLength
    }
    const bytes = { eventPage: await size(paths.event), feed: await size(paths.feed) }
    const tag = `${database}-${process.pid}`
    const targets: Target[] = [
      { name: 'event page', server, path: paths.event },
      {
        name: 'static, event size',
        server,
        path: staticFile(`bench-event-${tag}.html`, bytes.eventPage),
      },
      { name: 'news feed', server, path: paths.feed },
      { name: 'static, feed size', server, path: staticFile(`bench-feed-${tag}.xml`, bytes.feed) },
    ]
    for (const t of targets) log(`    ${t.name.padEnd(19)} ${t.path}`)
    const afterStart = rssMiB(server.pid)
    const figures = await compare(targets, SETTINGS, (name, run) =>
      log(
        `    ${name.padEnd(19)} ${run.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms  non-2xx ${run.non2xx}  steal ${run.stealPercent} %`,
      ),
    )
    const median = (name: string) => figures.find((f) => f.name === name)!.reqPerSec.median
    const ratio = (a: string, b: string) => Math.round((median(a) / median(b)) * 100) / 100
    return {
      database,
      seedMs: Math.round(seeded.ms),
      rows,
      bytes,
      targets: figures,
      ratios: {
        eventPage: ratio('event page', 'static, event size'),
        feed: ratio('news feed', 'static, feed size'),
      },
      rssMiB: { afterStart, afterLoad: rssMiB(server.pid) },
    }
  } finally {
    await stop(server)
  }
}

async function postgres(url: string): Promise<Section> {
  const name = `ura_bench_en_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  try {
    return await section('postgres', { databaseUrl: target.toString() })
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

function render(sections: Section[], started: number): string {
  const out: string[] = []
  const cpus = os.cpus()
  out.push(
    `Ura events & news benchmark, ${new Date().toISOString()}: Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim()}`,
    `${SETTINGS.connections} connections, ${SETTINGS.durationS} s per run, ${SETTINGS.runs} runs per target, medians; loopback only`,
  )
  for (const s of sections) {
    out.push(
      '',
      `on ${s.database === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${s.rows.events} events, ${s.rows.registrations} registrations, ${s.rows.posts} posts (seeded in ${(s.seedMs / 1000).toFixed(1)} s); event page ${s.bytes.eventPage} B, feed ${s.bytes.feed} B`,
      table(
        ['target', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'req/s per run'],
        s.targets.map((t) => [
          `${t.name} ${t.url}`,
          t.reqPerSec.median.toFixed(0),
          t.p50Ms.median.toFixed(1),
          t.p99Ms.median.toFixed(1),
          t.cpuMsPerReq.median.toFixed(2),
          t.reqPerSec.runs.map((v) => v.toFixed(0)).join(' / '),
        ]),
      ),
      `ratio event page / static file of the same size: ${s.ratios.eventPage.toFixed(2)} (target ≥ 0.50) ${s.ratios.eventPage >= 0.5 ? 'PASS' : 'FAIL'}`,
      `ratio news feed / static file of the same size:  ${s.ratios.feed.toFixed(2)} (target ≥ 0.50) ${s.ratios.feed >= 0.5 ? 'PASS' : 'FAIL'}`,
    )
    const bad = s.targets.filter((t) => t.runs.some((r) => r.non2xx || r.errors))
    if (bad.length)
      out.push(`WARNING: non-2xx answers or errors in ${bad.map((t) => t.name).join(', ')}`)
  }
  out.push('', `Whole benchmark: ${Math.round((performance.now() - started) / 1000)} s`)
  return out.join('\n')
}

async function main() {
  const started = performance.now()
  log('building (npm run build)…')
  await buildAll()
  const sections: Section[] = []
  log('PGlite:')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ura-bench-en-'))
  tempDirs.push(dir)
  sections.push(await section('pglite', { dataDir: dir }))
  if (process.env.DATABASE_URL) {
    log('PostgreSQL:')
    sections.push(await postgres(process.env.DATABASE_URL))
  } else log('DATABASE_URL not set: skipping the PostgreSQL section')
  console.log(`\n${render(sections, started)}\n`)
  mkdirSync('bench/results', { recursive: true })
  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      loadAverageAtStart: LOAD_AT_START,
    },
    settings: {
      ...SETTINGS,
      events: EVENTS,
      registrationsPerEvent: REGISTRATIONS_PER_EVENT,
      posts: POSTS,
    },
    sections,
  }
  writeFileSync('bench/results/events-news-latest.json', `${JSON.stringify(results, null, 2)}\n`)
  log('figures written to bench/results/events-news-latest.json')
}

const LOAD_AT_START = os.loadavg().map((n) => Math.round(n * 100) / 100)

try {
  await main()
} catch (err) {
  console.error(err)
  process.exitCode = 1
}
