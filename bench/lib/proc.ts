import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import net from 'node:net'

/** Every child the benchmark starts, so none outlives it (normal exit, error or Ctrl-C). */
const children = new Set<ChildProcess>()

function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
}
process.on('exit', killAll)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll()
    process.exit(130)
  })
}

export type Server = {
  child: ChildProcess
  pid: number
  port: number
  startedAt: number
  /** The last 20 kB the process printed, for error messages. */
  output(): string
}

/** Starts a Node script with Node 24 from node_modules; its output is kept, not shown. */
export function startNode(script: string, env: Record<string, string>, port: number): Server {
  const startedAt = performance.now()
  const child = spawn('node_modules/.bin/node', [script], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  let out = ''
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  if (!child.pid) throw new Error(`could not start ${script}`)
  return { child, pid: child.pid, port, startedAt, output: () => out }
}

/** Stops gracefully (SIGTERM, so PGlite closes its files), then kills after `graceMs`. */
export async function stop(server: Server, graceMs = 15_000): Promise<void> {
  const { child } = server
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** A TCP port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Resident memory in MiB (VmRSS in /proc/<pid>/status). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN)
  return Math.round((kb / 1024) * 10) / 10
}

const TICKS_PER_SECOND = 100

/** CPU time (user + system) the process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may hold spaces) start at field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[11]) + Number(fields[12])
  return (ticks * 1000) / TICKS_PER_SECOND
}

/** The machine's CPU counters, to tell how much time the hypervisor stole during a phase. */
export function cpuCounters(): { steal: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? ''
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number)
  return { steal: values[7] ?? 0, total: values.reduce((a, b) => a + b, 0) }
}

export function stealPercent(from: ReturnType<typeof cpuCounters>): number {
  const to = cpuCounters()
  const total = to.total - from.total
  return total > 0 ? Math.round(((to.steal - from.steal) / total) * 1000) / 10 : 0
}
