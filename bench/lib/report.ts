import type { TargetFigures } from './load.ts'
import { type Spread, table } from './stats.ts'

export type LoadSection = {
  database: 'pglite' | 'postgres'
  targets: TargetFigures[]
  /** Ura's req/s divided by the bare handler's (medians). */
  ratioHomeToBare: number
  /** The same ratio for Ura reading the session on every request (the figure before ADR 012). */
  ratioUncachedToBare?: number
  rssMiB: Record<string, { afterStart: number; afterLoad: number }>
  /** PostgreSQL only: start to first 200 on an empty database (migrations and demo data). */
  firstStartMs?: number
}

export type Results = {
  date: string
  machine: {
    node: string
    cpus: number
    cpuModel: string
    memGiB: number
    kernel: string
    loadAverageAtStart: number[]
  }
  settings: { runs: number; durationS: number; connections: number; warmupS: number }
  buildMs: number
  coldStart: {
    database: 'pglite'
    firstRunMs: Spread
    reopenMs: Spread
    rssAfterFirstRunMiB: Spread
    rssAfterReopenMiB: Spread
  }
  load: LoadSection[]
  totalSeconds: number
}

const DB_NAMES = { pglite: 'PGlite', postgres: 'PostgreSQL' } as const
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const fmtSpread = (x: Spread, f: (n: number) => string) => [f(x.median), f(x.min), f(x.max)]

/** The human-readable summary printed at the end of a run. */
export function render(r: Results): string {
  const out: string[] = []
  const m = r.machine
  out.push(
    `Ura benchmark, ${r.date}: Node ${m.node}, ${m.cpus} × ${m.cpuModel}, ${m.memGiB} GiB, ` +
      `load average at start ${m.loadAverageAtStart.join(' ')}`,
  )
  out.push(
    '',
    `1. Cold start of the built server to the first 200 on GET /signin (PGlite), ${r.settings.runs} runs`,
  )
  out.push(
    table(
      ['', 'median', 'min', 'max'],
      [
        [
          'first run: empty data dir (initdb, migrations, demo)',
          ...fmtSpread(r.coldStart.firstRunMs, s),
        ],
        ['reopen: same data dir', ...fmtSpread(r.coldStart.reopenMs, s)],
      ],
    ),
  )
  const mib = (n: number) => `${n.toFixed(0)} MiB`
  const rssRows: string[][] = [
    [
      'Ura (PGlite), at first 200 of a first run',
      ...fmtSpread(r.coldStart.rssAfterFirstRunMiB, mib),
    ],
    ['Ura (PGlite), at first 200 of a reopen', ...fmtSpread(r.coldStart.rssAfterReopenMiB, mib)],
  ]
  for (const section of r.load) {
    for (const [name, v] of Object.entries(section.rssMiB)) {
      const db = DB_NAMES[section.database]
      rssRows.push([`${name} (${db}), idle before the load test`, mib(v.afterStart), '', ''])
      rssRows.push([`${name} (${db}), after the load test`, mib(v.afterLoad), '', ''])
    }
  }
  out.push('', '2. Resident memory of the server process (VmRSS)')
  out.push(table(['', 'median', 'min', 'max'], rssRows))

  const { runs, durationS, connections } = r.settings
  out.push(
    '',
    `3. Home page as the demo coordinator: ${connections} connections, ${durationS} s per run, ${runs} runs, medians`,
  )
  for (const section of r.load) {
    const first = section.firstStartMs
      ? `; first start on the empty database ${s(section.firstStartMs)}`
      : ''
    out.push('', `   on ${DB_NAMES[section.database]}${first}`)
    out.push(
      table(
        ['target', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'req/s per run'],
        section.targets.map((t) => [
          `${t.name} ${t.url}`,
          t.reqPerSec.median.toFixed(0),
          t.p50Ms.median.toFixed(1),
          t.p99Ms.median.toFixed(1),
          t.cpuMsPerReq.median.toFixed(2),
          t.reqPerSec.runs.map((v) => v.toFixed(0)).join(' / '),
        ]),
      ),
    )
    out.push(`   ratio home/bare (req/s): ${section.ratioHomeToBare.toFixed(2)}`)
    if (section.ratioUncachedToBare !== undefined) {
      out.push(
        `   ratio home/bare before the session cache (Ura uncached): ${section.ratioUncachedToBare.toFixed(2)}`,
      )
    }
    const bad = section.targets.flatMap((t) =>
      t.runs.filter((x) => x.non2xx || x.errors).map(() => t.name),
    )
    if (bad.length) out.push(`   WARNING: non-2xx answers or errors in runs of ${bad.join(', ')}`)
    const steal = section.targets.flatMap((t) => t.runs.map((x) => x.stealPercent))
    out.push(`   CPU steal during the runs: ${Math.min(...steal)}–${Math.max(...steal)} %`)
  }
  out.push('', `Whole benchmark: ${r.totalSeconds.toFixed(0)} s`)
  return out.join('\n')
}
