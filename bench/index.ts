/**
 * `npm run bench`: cold start, memory and home-page throughput of the built Ura, side by side with
 * a bare Hono handler running the same query. See bench/README.md for how to read the figures.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { DEMO_PASSWORD } from '#src/modules/demo/index.ts'
import { signIn } from './lib/http.ts'
import { compare, type LoadOptions, type Target } from './lib/load.ts'
import { rssMiB, type Server, stop } from './lib/proc.ts'
import { type LoadSection, type Results, render } from './lib/report.ts'
import { buildAll, type DbTarget, startBare, startUra } from './lib/servers.ts'
import { spread } from './lib/stats.ts'

const LOGIN = 'coordinator@beqircela.edu.al'
const SETTINGS: LoadOptions = {
  runs: Number(process.env.BENCH_RUNS ?? 3),
  durationS: Number(process.env.BENCH_DURATION ?? 10),
  connections: 10,
  warmupS: 2,
}

const tempDirs: string[] = []
process.on('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})
const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ura-bench-'))
  tempDirs.push(dir)
  return dir
}

/** First start on an empty data dir, then a reopen of it, `runs` times. Returns the last dir. */
async function coldStarts() {
  const first: number[] = []
  const reopen: number[] = []
  const rssFirst: number[] = []
  const rssReopen: number[] = []
  let dataDir = ''
  for (let i = 0; i < SETTINGS.runs; i++) {
    dataDir = tempDir()
    const a = await startUra({ dataDir })
    first.push(a.msToFirst200)
    rssFirst.push(rssMiB(a.server.pid))
    await stop(a.server)
    const b = await startUra({ dataDir })
    reopen.push(b.msToFirst200)
    rssReopen.push(rssMiB(b.server.pid))
    await stop(b.server)
    log(`  cold start ${i + 1}: first ${ms(a.msToFirst200)}, reopen ${ms(b.msToFirst200)}`)
  }
  return {
    dataDir,
    figures: {
      database: 'pglite' as const,
      firstRunMs: spread(first, 0),
      reopenMs: spread(reopen, 0),
      rssAfterFirstRunMiB: spread(rssFirst),
      rssAfterReopenMiB: spread(rssReopen),
    },
  }
}

const ms = (n: number) => `${(n / 1000).toFixed(2)} s`

/** A session made by the bare server in its own database, for /home-session. */
async function bareSession(bare: Server): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${bare.port}/session`, { method: 'POST' })
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ura_session='))
  if (res.status !== 200 || !cookie) throw new Error(`bare /session answered ${res.status}`)
  return cookie.split(';')[0]!
}

/** Ura's /app against the bare handler, both on databases holding the same demo data. */
async function loadSection(
  database: LoadSection['database'],
  uraDb: DbTarget,
  bareDb: DbTarget,
  uncachedDb: DbTarget,
): Promise<LoadSection> {
  const servers: Server[] = []
  try {
    const { server: ura, msToFirst200 } = await startUra(
      uraDb,
      database === 'postgres' ? 'true' : 'auto',
    )
    servers.push(ura)
    // The same build reading the session on every request, as before ADR 012: old and new
    // side by side in one run.
    const { server: uncached } = await startUra(uncachedDb, 'false', {
      URA_SESSION_CACHE_SECONDS: '0',
    })
    servers.push(uncached)
    const bare = await startBare(bareDb, LOGIN)
    servers.push(bare)
    await sleep(1000)
    const rss = {
      Ura: { afterStart: rssMiB(ura.pid), afterLoad: 0 },
      'Ura uncached': { afterStart: rssMiB(uncached.pid), afterLoad: 0 },
      bare: { afterStart: rssMiB(bare.pid), afterLoad: 0 },
    }
    const targets: Target[] = [
      {
        name: 'Ura',
        server: ura,
        path: '/app',
        cookie: await signIn(ura.port, LOGIN, DEMO_PASSWORD),
      },
      {
        name: 'Ura uncached',
        server: uncached,
        path: '/app',
        cookie: await signIn(uncached.port, LOGIN, DEMO_PASSWORD),
      },
      { name: 'bare', server: bare, path: '/home' },
      {
        name: 'bare+session',
        server: bare,
        path: '/home-session',
        cookie: await bareSession(bare),
      },
    ]
    log(`  load test on ${database}`)
    const figures = await compare(targets, SETTINGS, (name, run) =>
      log(
        `    ${name.padEnd(13)} ${run.reqPerSec.toFixed(0).padStart(6)} req/s  p50 ${run.p50Ms} ms  p99 ${run.p99Ms} ms  steal ${run.stealPercent} %`,
      ),
    )
    rss.Ura.afterLoad = rssMiB(ura.pid)
    rss['Ura uncached'].afterLoad = rssMiB(uncached.pid)
    rss.bare.afterLoad = rssMiB(bare.pid)
    const median = (name: string) => figures.find((f) => f.name === name)!.reqPerSec.median
    return {
      database,
      targets: figures,
      ratioHomeToBare: Math.round((median('Ura') / median('bare')) * 100) / 100,
      ratioUncachedToBare: Math.round((median('Ura uncached') / median('bare')) * 100) / 100,
      rssMiB: rss,
      ...(database === 'postgres' ? { firstStartMs: Math.round(msToFirst200) } : {}),
    }
  } finally {
    for (const s of servers) await stop(s)
  }
}

/** The same comparison on a throw-away database of the PostgreSQL at DATABASE_URL. */
async function postgresSection(url: string): Promise<LoadSection> {
  const name = `ura_bench_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  try {
    return await loadSection(
      'postgres',
      { databaseUrl: target.toString() },
      { databaseUrl: target.toString() },
      { databaseUrl: target.toString() },
    )
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

async function main() {
  const started = performance.now()
  log('building (npm run build + bare server)…')
  const buildMs = await buildAll()
  log('cold starts on PGlite…')
  const cold = await coldStarts()
  // The bare server gets its own copy: a PGlite data dir is open in one process at a time.
  const bareDir = tempDir()
  cpSync(cold.dataDir, bareDir, { recursive: true })
  const uncachedDir = tempDir()
  cpSync(cold.dataDir, uncachedDir, { recursive: true })
  const load = [
    await loadSection(
      'pglite',
      { dataDir: cold.dataDir },
      { dataDir: bareDir },
      { dataDir: uncachedDir },
    ),
  ]
  if (process.env.DATABASE_URL) load.push(await postgresSection(process.env.DATABASE_URL))
  else log('DATABASE_URL not set: skipping the PostgreSQL section')

  const cpus = os.cpus()
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      kernel: os.release(),
      loadAverageAtStart: LOAD_AT_START,
    },
    settings: SETTINGS,
    buildMs: Math.round(buildMs),
    coldStart: cold.figures,
    load,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  }
  console.log(`\n${render(results)}\n`)
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`)
  log('figures written to bench/results/latest.json')
}

const LOAD_AT_START = os.loadavg().map((n) => Math.round(n * 100) / 100)

try {
  await main()
} catch (err) {
  console.error(err)
  process.exitCode = 1
}
