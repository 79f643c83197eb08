import { existsSync } from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { jsxRenderer } from 'hono/jsx-renderer'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { renderSitemap } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Deps } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { projectRoot } from '#src/lib/paths.ts'
import { Layout, type LayoutProps } from '#src/ui/layout.tsx'
import { ActorCache } from './actor-cache.ts'
import { apiApp } from './api.ts'
import { ErrorPage } from './error-page.tsx'
import { authenticate, csrf, requestLog, resolveLocale } from './middleware.ts'
import { publicPageCache } from './page-cache.ts'
import { pageRoutes } from './routes.ts'
import { wireModules } from './wiring.ts'

declare module 'hono' {
  // Must stay an interface: it merges with Hono's own declaration (biome.json turns off
  // useShorthandFunctionType, whose fix would turn it into a type alias and break c.render).
  interface ContextRenderer {
    (content: string | Promise<string>, props: LayoutProps): Response | Promise<Response>
  }
}

const PUBLIC_PAGE =
  /^\/(en|sq|sr-Latn|mk)\/(e\/[^/]+|n\/[^/]+|o\/[^/]+(\/news)?|p\/[^/]+|c\/[^/]+)?$/

/** Where a course package (docs/course-export.md) is uploaded: its 50 MB is above other uploads'. */
const COURSE_PACKAGE_UPLOADS = new Set(['/app/learning/import', '/api/v1/learning/courses/import'])

/** The lesson form, which carries a SCORM package of up to 100 MB (ADR 014, SCORM). */
const SCORM_UPLOADS = /^\/app\/learning\/(courses\/[^/]+\/lessons\/new|lessons\/[^/]+\/edit)$/

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
}

/** The whole web application. No socket: `app.request()` drives it in tests. */
export function createApp(deps: Deps) {
  wireModules()
  const app = new Hono<AppEnv>()

  app.use(requestId({ headerName: 'x-request-id' }))
  app.use(async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  app.use(requestLog)
  app.use(
    secureHeaders({
      contentSecurityPolicy: CSP,
      strictTransportSecurity: deps.env.secureCookies
        ? 'max-age=31536000; includeSubDomains'
        : false,
      referrerPolicy: 'same-origin',
      crossOriginEmbedderPolicy: false,
      permissionsPolicy: { camera: ['self'], geolocation: [], microphone: [] },
      // A handler's own header stands: downloads are sandboxed, SCORM package files framed.
      overwrite: false,
    }),
  )

  // Liveness and readiness come before anything that needs the database or a session.
  app.get('/health', (c) => c.json({ status: 'ok' }))
  app.get('/ready', async (c) => {
    try {
      await deps.db.execute(sql`select 1`)
      return c.json({ status: 'ready' })
    } catch {
      return c.json({ status: 'unavailable' }, 503)
    }
  })

  const staticRoots = [path.join(projectRoot, 'public'), path.join(projectRoot, 'dist', 'public')]
  for (const root of staticRoots.filter((r) => existsSync(r))) {
    app.use(
      '/static/*',
      serveStatic({
        root: path.relative(process.cwd(), root),
        rewriteRequestPath: (p) => p.replace(/^\/static/, ''),
        onFound: (_p, c) => {
          c.header('Cache-Control', 'public, max-age=3600')
        },
      }),
    )
  }
  app.get('/robots.txt', (c) =>
    c.text(
      `User-agent: *\nDisallow: /app\nDisallow: /api\nSitemap: ${deps.env.baseUrl}/sitemap.xml\n`,
    ),
  )

  // Uploads are checked per route (20 MB at most, a course package 50 MB, a SCORM package
  // 100 MB); nothing larger is read into memory at all.
  const uploadLimit = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.text('Payload Too Large', 413) })
  const fileLimit = uploadLimit(25 * 1024 * 1024)
  const packageLimit = uploadLimit(51 * 1024 * 1024)
  const scormLimit = uploadLimit(101 * 1024 * 1024)
  app.use((c, next) =>
    (COURSE_PACKAGE_UPLOADS.has(c.req.path)
      ? packageLimit
      : SCORM_UPLOADS.test(c.req.path)
        ? scormLimit
        : fileLimit)(c, next),
  )
  app.use(authenticate(new ActorCache(deps.env.sessionCacheSeconds * 1000)))
  app.use(resolveLocale)
  app.use(
    jsxRenderer(
      ({ children, ...props }) => <Layout {...(props as LayoutProps)}>{children}</Layout>,
      {
        docType: true,
      },
    ),
  )
  app.use(csrf)
  // Public pages read by many signed-out visitors: events, news, profiles, projects, calls.
  app.use(
    publicPageCache({
      ttlMs: deps.env.pageCacheSeconds * 1000,
      maxEntries: 5_000,
      isPublic: (path) => PUBLIC_PAGE.test(path),
    }),
  )

  app.get('/sitemap.xml', async (c) => {
    c.header('Content-Type', 'application/xml; charset=utf-8')
    return c.body(await renderSitemap(deps))
  })

  app.route('/api', apiApp())
  app.route('/', pageRoutes)

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) {
      return c.json(
        { error: { code: 'NOT_FOUND', message: c.var.t('common:errors.notFound') } },
        404,
      )
    }
    c.status(404)
    return c.render(<ErrorPage status={404} messageKey="common:errors.notFound" />, {
      title: c.var.t('common:errors.notFoundTitle'),
    })
  })

  app.onError((err, c) => {
    const t = c.var.t
    const isApi = c.req.path.startsWith('/api/')
    if (err instanceof AppError) {
      if (err.code === 'UNAUTHENTICATED' && !isApi) {
        const next = c.req.method === 'GET' ? c.req.path + new URL(c.req.url).search : '/app'
        return c.redirect(`/signin?next=${encodeURIComponent(next)}`)
      }
      const message = t ? t(err.messageKey, err.params) : err.messageKey
      if (isApi || !t) {
        const fields = err.fields
          ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, t ? t(v) : v]))
          : undefined
        return c.json({ error: { code: err.code, message, fields } }, err.status)
      }
      c.status(err.status)
      return c.render(
        <ErrorPage status={err.status} messageKey={err.messageKey} params={err.params} />,
        {
          title: message,
        },
      )
    }
    if (err instanceof HTTPException && err.status < 500) {
      // Framework-level refusals, such as a malformed JSON body: the client's fault, said plainly.
      const message = t ? t('common:errors.invalidInput') : 'Invalid request'
      if (isApi || !t) return c.json({ error: { code: 'INVALID_INPUT', message } }, err.status)
      c.status(err.status)
      return c.render(<ErrorPage status={err.status} messageKey="common:errors.invalidInput" />, {
        title: message,
      })
    }
    c.var.deps?.log.error(
      { err: { message: err.message, stack: err.stack }, requestId: c.var.requestId },
      'unexpected error',
    )
    if (isApi || !t) {
      return c.json(
        {
          error: { code: 'INTERNAL', message: t ? t('common:errors.internal') : 'Internal error' },
        },
        500,
      )
    }
    c.status(500)
    return c.render(<ErrorPage status={500} messageKey="common:errors.internal" />, {
      title: t('common:errors.internalTitle'),
    })
  })

  return app
}

export type App = ReturnType<typeof createApp>
