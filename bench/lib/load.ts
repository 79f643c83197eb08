import autocannon, { type Result } from 'autocannon'
import { cpuCounters, cpuMs, type Server, stealPercent } from './proc.ts'
import { type Spread, spread } from './stats.ts'

export type Target = { name: string; server: Server; path: string; cookie?: string }

export type RunFigures = {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  /** Server CPU time per answered request: less sensitive to a noisy neighbour than req/s. */
  cpuMsPerReq: number
  stealPercent: number
  non2xx: number
  errors: number
}

export type TargetFigures = {
  name: string
  url: string
  reqPerSec: Spread
  p50Ms: Spread
  p99Ms: Spread
  cpuMsPerReq: Spread
  runs: RunFigures[]
}

export type LoadOptions = { runs: number; durationS: number; connections: number; warmupS: number }

async function hit(target: Target, durationS: number, connections: number): Promise<Result> {
  return autocannon({
    url: `http://127.0.0.1:${target.server.port}${target.path}`,
    connections,
    duration: durationS,
    timeout: 30,
    headers: target.cookie ? { cookie: target.cookie } : {},
  })
}

async function measure(target: Target, o: LoadOptions): Promise<RunFigures> {
  const cpuBefore = cpuMs(target.server.pid)
  const counters = cpuCounters()
  const r = await hit(target, o.durationS, o.connections)
  const cpu = cpuMs(target.server.pid) - cpuBefore
  const answered = r['2xx'] || 1
  return {
    reqPerSec: r.requests.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    cpuMsPerReq: Math.round((cpu / answered) * 100) / 100,
    stealPercent: stealPercent(counters),
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  }
}

/**
 * Warms every target up, then runs each `runs` times, rotating the order each round so that a
 * slow minute on a shared machine does not land on one target only.
 */
export async function compare(
  targets: Target[],
  o: LoadOptions,
  onRun: (name: string, run: RunFigures) => void,
): Promise<TargetFigures[]> {
  for (const t of targets) await hit(t, o.warmupS, o.connections)
  const runs = new Map<string, RunFigures[]>(targets.map((t) => [t.name, []]))
  for (let round = 0; round < o.runs; round++) {
    const order = targets.map((_, i) => targets[(i + round) % targets.length]!)
    for (const t of order) {
      const figures = await measure(t, o)
      runs.get(t.name)!.push(figures)
      onRun(t.name, figures)
    }
  }
  return targets.map((t) => {
    const list = runs.get(t.name)!
    return {
      name: t.name,
      url: t.path,
      reqPerSec: spread(list.map((r) => r.reqPerSec)),
      p50Ms: spread(list.map((r) => r.p50Ms)),
      p99Ms: spread(list.map((r) => r.p99Ms)),
      cpuMsPerReq: spread(
        list.map((r) => r.cpuMsPerReq),
        2,
      ),
      runs: list,
    }
  })
}
