import type { Server } from './proc.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Polls `path` until it answers 200 and returns the milliseconds since the process was spawned.
 * Fails early if the process dies, with what it printed.
 */
export async function waitFor200(
  server: Server,
  path: string,
  options: { timeoutMs?: number; headers?: Record<string, string> } = {},
): Promise<number> {
  const deadline = server.startedAt + (options.timeoutMs ?? 60_000)
  const url = `http://127.0.0.1:${server.port}${path}`
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`server exited before answering ${path}:\n${server.output()}`)
    }
    try {
      const res = await fetch(url, { headers: options.headers ?? {}, redirect: 'manual' })
      await res.arrayBuffer()
      if (res.status === 200) return performance.now() - server.startedAt
    } catch {
      // Not listening yet.
    }
    await sleep(20)
  }
  throw new Error(`no 200 from ${url} in time:\n${server.output()}`)
}

function cookiesOf(res: Response): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const eq = pair?.indexOf('=') ?? -1
    if (pair && eq > 0) out.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
  }
  return out
}

/**
 * Signs in through the real form (CSRF cookie + `_csrf` field) and returns the Cookie header a
 * browser would send afterwards. Checks that /app then answers 200.
 */
export async function signIn(port: number, login: string, password: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`
  const page = await fetch(`${base}/signin`)
  const html = await page.text()
  const jar = cookiesOf(page)
  const csrf = jar.get('ura_csrf') ?? /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!csrf) throw new Error('no CSRF token on /signin')
  const body = new URLSearchParams({ _csrf: csrf, login, password })
  const res = await fetch(`${base}/signin`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `ura_csrf=${csrf}`,
    },
  })
  await res.arrayBuffer()
  const session = cookiesOf(res).get('ura_session')
  if (res.status !== 303 || !session) throw new Error(`sign-in as ${login} failed: ${res.status}`)
  const cookie = `ura_csrf=${csrf}; ura_session=${session}`
  const home = await fetch(`${base}/app`, { headers: { cookie }, redirect: 'manual' })
  await home.arrayBuffer()
  if (home.status !== 200) throw new Error(`/app answered ${home.status} after sign-in`)
  return cookie
}
