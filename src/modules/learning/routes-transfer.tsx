import type { Context } from 'hono'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { attachmentHeader } from '../documents/index.ts'
import { requireAuthor } from './service/courses.ts'
import { exportCoursePackage, type ImportResult, importCourse } from './service/transfer.ts'
import { E, packageProblem } from './transfer-format.ts'
import { MAX_PACKAGE_BYTES, readCoursePackage } from './transfer-zip.ts'
import { ImportCoursePage, type ImportReport } from './views/transfer-pages.tsx'

type C = Context<AppEnv>

/** The import's report waits in a cookie for the course page that the import redirects to. */
const REPORT_COOKIE = 'ura_course_import'
const reportPath = (courseId: string) => `/app/learning/courses/${courseId}`
const ZReport = z.object({
  prerequisites: z.array(z.string().max(100)).max(5),
  competences: z.array(z.string().max(100)).max(30),
  skipped: z.number().int().min(0),
})

function keepReport(c: C, result: ImportResult) {
  const report: ImportReport = { ...result.dropped, skipped: result.skipped }
  if (!report.prerequisites.length && !report.competences.length && !report.skipped) return
  setCookie(c, REPORT_COOKIE, JSON.stringify(report), {
    path: reportPath(result.course.id),
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.env.secureCookies,
    maxAge: 600,
  })
}

/** The report of the import that made this course, once: read, then forgotten. */
export function takeImportReport(c: C, courseId: string): ImportReport | undefined {
  const raw = getCookie(c, REPORT_COOKIE)
  if (raw === undefined) return undefined
  deleteCookie(c, REPORT_COOKIE, { path: reportPath(courseId) })
  try {
    const parsed = ZReport.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** A package as a download: always an attachment, never cached. */
export function zipResponse(c: C, pkg: { fileName: string; bytes: Uint8Array }) {
  c.header('Content-Type', 'application/zip')
  c.header('Content-Disposition', attachmentHeader(pkg.fileName))
  c.header('Content-Length', String(pkg.bytes.length))
  c.header('Cache-Control', 'private, no-store')
  c.header('X-Content-Type-Options', 'nosniff')
  return c.body(new Uint8Array(pkg.bytes))
}

/** The uploaded package's bytes; a body far above the limit is refused before it is read. */
async function uploadedPackage(c: C): Promise<Uint8Array> {
  if (Number(c.req.header('content-length') ?? 0) > MAX_PACKAGE_BYTES + 64 * 1024) {
    throw packageProblem(E.tooLarge)
  }
  const value = (await readForm(c)).file
  const file = Array.isArray(value) ? value[0] : value
  if (!(file instanceof File) || file.size === 0) throw packageProblem(E.missing)
  if (file.size > MAX_PACKAGE_BYTES) throw packageProblem(E.tooLarge)
  return new Uint8Array(await file.arrayBuffer())
}

function renderImportPage(c: C, errors?: FieldErrors) {
  return c.render(<ImportCoursePage errors={errors} />, {
    title: c.var.t('course-transfer:import.title'),
  })
}

/** Course packages: export for the course's authors, import for any author (docs/course-export.md). */
export const transferRoutes = new Hono<AppEnv>()
  .get('/app/learning/courses/:id/export.zip', async (c) =>
    zipResponse(c, await exportCoursePackage(c.var.ctx, c.req.param('id'))),
  )
  .get('/app/learning/import', (c) => {
    requireAuthor(c.var.ctx)
    return renderImportPage(c)
  })
  .post('/app/learning/import', async (c) => {
    requireAuthor(c.var.ctx)
    const result = await tryForm(async () =>
      importCourse(c.var.ctx, readCoursePackage(await uploadedPackage(c))),
    )
    if (!result.ok) {
      c.status(result.status)
      return renderImportPage(c, result.errors)
    }
    keepReport(c, result.value)
    return c.redirect(
      `${reportPath(result.value.course.id)}?notice=course-transfer:notices.imported`,
      303,
    )
  })
