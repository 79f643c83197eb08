import type { Hono } from 'hono'

type AnyApp = Pick<Hono<any>, 'request'>

/** Drives the app like a browser: keeps cookies, sends the CSRF token with every form. */
export class TestClient {
  readonly cookies = new Map<string, string>()
  private readonly app: AnyApp
  headers: Record<string, string> = {}

  constructor(app: AnyApp) {
    this.app = app
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const eq = pair!.indexOf('=')
      const name = pair!.slice(0, eq).trim()
      const value = pair!.slice(eq + 1).trim()
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return res
  }

  async request(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers)
    for (const [k, v] of Object.entries(this.headers)) headers.set(k, v)
    if (this.cookies.size) headers.set('cookie', this.cookieHeader())
    return this.keep(await this.app.request(path, { ...init, headers }))
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers })
  }

  /** Posts a form; fetches a page first if no CSRF cookie is held yet. */
  async post(
    path: string,
    form: Record<string, string | string[]> = {},
    options: { csrf?: string } = {},
  ) {
    if (!this.cookies.has('ura_csrf')) await this.get('/signin')
    const body = new URLSearchParams()
    body.set('_csrf', options.csrf ?? this.cookies.get('ura_csrf') ?? '')
    for (const [k, v] of Object.entries(form)) {
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item)
    }
    return this.request(path, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  }
}

/** The text of an HTML response with tags removed, for `toContain` checks. */
export async function textOf(res: Response) {
  const html = await res.text()
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}
