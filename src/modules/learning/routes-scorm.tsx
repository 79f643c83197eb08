import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { MAX_COMMIT_BYTES, ZScormCommit } from './scorm-cmi.ts'
import { requireLearner } from './service/courses.ts'
import { commitScorm, getPackageFile } from './service/scorm.ts'
import type { PackageUpload } from './service/scorm-import.ts'

/**
 * What a package's own pages may do: run their inline scripts (authoring tools' players build
 * code at run time too) and be framed by Ura's lesson page, nothing from another site. Only
 * these responses are relaxed; every page of Ura keeps the strict policy (ADR 014, SCORM).
 */
const PACKAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join('; ')

/** The package zip of the lesson form, or null when none was chosen (an empty file input). */
export async function packageOf(c: Context<AppEnv>): Promise<PackageUpload | null> {
  const form = await readForm(c)
  const file = Array.isArray(form.package) ? form.package[0] : form.package
  if (!(file instanceof File) || (file.name === '' && file.size === 0)) return null
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** SCORM packages: their files for the lesson page's frame, and what they commit. */
export const scormRoutes = new Hono<AppEnv>()
  .get('/app/learning/scorm/:id/files/*', async (c) => {
    const pathname = new URL(c.req.url).pathname
    const inside = pathname.slice(pathname.indexOf('/files/') + '/files/'.length)
    const file = await getPackageFile(
      c.var.ctx,
      c.req.param('id'),
      inside.split('/').map(decode).join('/'),
    )
    c.header('Content-Type', file.contentType)
    c.header('Content-Length', String(file.bytes.length))
    // A package never changes: a new upload is a new package with a new id.
    c.header('Cache-Control', 'private, max-age=3600')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('X-Frame-Options', 'SAMEORIGIN')
    c.header('Content-Security-Policy', PACKAGE_CSP)
    return c.body(new Uint8Array(file.bytes))
  })
  .post('/app/learning/scorm/:id/commit', async (c) => {
    requireLearner(c.var.ctx) // sign-in first, before the body is read
    // The app's limit (25 MB) bounds what is read; a commit is far smaller.
    const declared = Number(c.req.header('content-length') ?? 0)
    const text = declared > MAX_COMMIT_BYTES ? null : await c.req.text()
    if (text === null || text.length > MAX_COMMIT_BYTES) {
      return c.json({ result: false, errorCode: 101 }, 413)
    }
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new AppError('INVALID_INPUT', 'common:errors.invalidInput')
    }
    const parsed = ZScormCommit.safeParse(body)
    if (!parsed.success) throw new AppError('INVALID_INPUT', 'common:errors.invalidInput')
    const result = await commitScorm(c.var.ctx, c.req.param('id'), parsed.data)
    // scorm-again reads `result` and `errorCode`; the rest tells the page what changed.
    return c.json({
      result: true,
      errorCode: 0,
      lessonDone: result.lessonDone,
      courseCompleted: result.courseCompleted,
    })
  })
