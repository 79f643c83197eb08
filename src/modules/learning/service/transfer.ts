import { randomUUID } from 'node:crypto'
import { and, asc, eq, inArray } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { recordAudit } from '../../audit/index.ts'
import { foreignOwnCodes } from '../../competence-frameworks/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { isCompetenceCode } from '../competences.ts'
import {
  assignmentRubrics,
  courseModules,
  courses,
  lessons,
  type QuestionOption,
  quizQuestions,
} from '../schema.ts'
import {
  COURSE_FORMAT,
  COURSE_FORMAT_VERSION,
  type CourseFile,
  type CourseFileInput,
  E,
  type LessonFile,
  packageProblem,
  type QuestionFile,
  TRANSFER_LESSON_KINDS,
} from '../transfer-format.ts'
import { writeCoursePackage } from '../transfer-zip.ts'
import {
  type Course,
  freeSlugFrom,
  insertCourse,
  loadOwnCourse,
  readableBy,
  requireAuthor,
} from './courses.ts'

const text = (t: LocalizedText) => t as Record<string, string>
const CARRIED: ReadonlySet<string> = new Set(TRANSFER_LESSON_KINDS)
/** Kinds whose content is a package file, which version 1 does not carry. */
const PACKAGE_KINDS: ReadonlySet<string> = new Set(['scorm'])

/** The course's content as `course.json`: local refs for ids, slugs and codes for links, no people. */
async function courseFileOf(ctx: Ctx, course: Course): Promise<CourseFileInput> {
  const [mods, rows, prerequisites, owner] = await Promise.all([
    ctx.db
      .select()
      .from(courseModules)
      .where(
        and(eq(courseModules.tenantId, course.tenantId), eq(courseModules.courseId, course.id)),
      )
      .orderBy(asc(courseModules.position), asc(courseModules.createdAt)),
    ctx.db
      .select()
      .from(lessons)
      .where(and(eq(lessons.tenantId, course.tenantId), eq(lessons.courseId, course.id)))
      .orderBy(asc(lessons.position), asc(lessons.createdAt)),
    course.prerequisiteIds.length === 0
      ? []
      : ctx.db
          .select({ slug: courses.slug })
          .from(courses)
          .where(inArray(courses.id, course.prerequisiteIds))
          .orderBy(asc(courses.slug)),
    organisationNames(ctx, [course.tenantId]),
  ])
  const lessonIds = rows.map((l) => l.id)
  const [questions, rubrics] =
    lessonIds.length === 0
      ? [[], []]
      : await Promise.all([
          ctx.db
            .select()
            .from(quizQuestions)
            .where(
              and(
                eq(quizQuestions.tenantId, course.tenantId),
                inArray(quizQuestions.lessonId, lessonIds),
              ),
            )
            .orderBy(asc(quizQuestions.position), asc(quizQuestions.createdAt)),
          ctx.db
            .select()
            .from(assignmentRubrics)
            .where(
              and(
                eq(assignmentRubrics.tenantId, course.tenantId),
                inArray(assignmentRubrics.lessonId, lessonIds),
              ),
            ),
        ])
  const moduleRef = new Map(mods.map((m, i) => [m.id, `m${i + 1}`]))
  const lessonRef = new Map(rows.map((l, i) => [l.id, `l${i + 1}`]))
  const carried = rows.filter((l) => CARRIED.has(l.kind))
  return {
    format: COURSE_FORMAT,
    version: COURSE_FORMAT_VERSION,
    exportedAt: ctx.now().toISOString(),
    source: { url: ctx.env.baseUrl, organisation: text(owner.get(course.tenantId) ?? {}) },
    course: {
      slug: course.slug,
      title: text(course.title),
      summary: text(course.summary),
      status: course.status,
      passMark: course.passMark,
      competences: course.competences,
      prerequisites: prerequisites.map((p) => p.slug),
    },
    modules: mods.map((m) => ({
      ref: moduleRef.get(m.id)!,
      title: text(m.title),
      lessons: carried
        .filter((l) => l.moduleId === m.id)
        .map((l) => {
          const rubric = rubrics.find((r) => r.lessonId === l.id)
          return {
            ref: lessonRef.get(l.id)!,
            kind: l.kind as LessonFile['kind'],
            title: text(l.title),
            body: text(l.body),
            videoUrl: l.videoUrl,
            transcript: text(l.transcript),
            minutes: l.minutes,
            releaseOn: l.releaseOn,
            passMark: l.passMark,
            maxAttempts: l.maxAttempts,
            drawCount: l.drawCount,
            questions: questions
              .filter((q) => q.lessonId === l.id)
              .map((q) => ({
                type: q.type,
                prompt: text(q.prompt),
                options: q.options.map((o) => ({
                  key: o.key,
                  text: text(o.text),
                  ...(o.correct === undefined ? {} : { correct: o.correct }),
                  ...(o.match ? { match: text(o.match) } : {}),
                  ...(o.feedback ? { feedback: text(o.feedback) } : {}),
                })),
                accepted: q.accepted,
                feedbackCorrect: text(q.feedbackCorrect),
                feedbackWrong: text(q.feedbackWrong),
                points: q.points,
              })),
            rubric: rubric
              ? {
                  criteria: rubric.criteria.map((c) => ({
                    key: c.key,
                    name: text(c.name),
                    description: text(c.description),
                    levels: c.levels.map((v) => ({ ...v, label: text(v.label) })),
                  })),
                  passThreshold: rubric.passThreshold,
                  passUnit: rubric.passUnit,
                }
              : null,
          }
        }),
    })),
    skipped: rows
      .filter((l) => !CARRIED.has(l.kind))
      .map((l) => ({
        ref: lessonRef.get(l.id)!,
        module: moduleRef.get(l.moduleId) ?? 'm0',
        kind: l.kind,
        title: text(l.title),
        reason: PACKAGE_KINDS.has(l.kind) ? 'package-not-exported' : 'kind-not-exported',
      })),
  }
}

/** The course as a package (`<slug>.zip`), for the people who may edit it. */
export async function exportCoursePackage(ctx: Ctx, courseId: string) {
  const course = await loadOwnCourse(ctx, courseId)
  const file = await courseFileOf(ctx, course)
  return { fileName: `${course.slug}.zip`, bytes: writeCoursePackage(file) }
}

export type ImportResult = {
  course: Course
  /** Links the importing school could not keep: prerequisites by slug, competences by code. */
  dropped: { prerequisites: string[]; competences: string[] }
  /** Lessons the package itself left out (`skipped` in course.json). */
  skipped: number
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz'

/** A question's stored choices: keys by place (a, b …) as the editor gives them; true/false keep theirs. */
function storedOptions(q: QuestionFile): QuestionOption[] {
  if (q.type === 'short_answer') return []
  if (q.type === 'true_false') {
    return q.options.map((o) => ({ key: o.key, text: {}, correct: o.correct === true }))
  }
  return q.options.map((o, i) =>
    q.type === 'matching'
      ? { key: KEYS[i]!, text: o.text, match: o.match ?? {} }
      : {
          key: KEYS[i]!,
          text: o.text,
          correct: o.correct === true,
          ...(o.feedback && Object.keys(o.feedback).length > 0 ? { feedback: o.feedback } : {}),
        },
  )
}

/** Each language's Markdown through the editor's pipeline; imported HTML is never trusted. */
function bodyHtmlOf(lesson: LessonFile, path: string): LocalizedText {
  const html: LocalizedText = {}
  for (const [lang, markdown] of Object.entries(lesson.body)) {
    const rendered = renderMarkdown(markdown)
    if (rendered.imagesWithoutAlt.length > 0) {
      throw packageProblem(E.imageAlt, `${path}.body.${lang}`)
    }
    if (rendered.html) html[lang] = rendered.html
  }
  return html
}

/** The codes the school can tag with: the frameworks', and its own list's. */
async function keptCompetences(ctx: Ctx, tenantId: string, codes: readonly string[]) {
  const known = [...new Set(codes)].filter(isCompetenceCode)
  const foreign = new Set(await foreignOwnCodes(ctx.db, tenantId, known))
  return known.filter((c) => !foreign.has(c))
}

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500))
}

/**
 * Creates a course from a checked package, for the actor's school: a private draft with a free
 * slug, bodies rendered again from their Markdown. Prerequisites are found by slug among the
 * courses the school may read, competences kept if the school can tag with them; the rest is
 * dropped and reported. One transaction: the whole course or nothing.
 */
export async function importCourse(ctx: Ctx, file: CourseFile): Promise<ImportResult> {
  const actor = requireAuthor(ctx)
  const tenantId = actor.tenantId
  const wanted = file.course.prerequisites
  const [found, competences] = await Promise.all([
    wanted.length === 0
      ? []
      : ctx.db
          .select({ id: courses.id, slug: courses.slug })
          .from(courses)
          .where(and(await readableBy(ctx.db, tenantId), inArray(courses.slug, wanted))),
    keptCompetences(ctx, tenantId, file.course.competences),
  ])
  const courseId = randomUUID()
  const moduleRows = file.modules.map((m, i) => ({
    tenantId,
    id: randomUUID(),
    courseId,
    position: i + 1,
    title: m.title,
  }))
  const lessonRows: (typeof lessons.$inferInsert)[] = []
  const questionRows: (typeof quizQuestions.$inferInsert)[] = []
  const rubricRows: (typeof assignmentRubrics.$inferInsert)[] = []
  file.modules.forEach((m, i) => {
    m.lessons.forEach((l, j) => {
      const id = randomUUID()
      const quiz = l.kind === 'quiz'
      lessonRows.push({
        tenantId,
        id,
        courseId,
        moduleId: moduleRows[i]!.id,
        position: lessonRows.length + 1,
        kind: l.kind,
        title: l.title,
        body: l.body,
        bodyHtml: bodyHtmlOf(l, `modules.${i}.lessons.${j}`),
        videoUrl: l.videoUrl,
        transcript: l.transcript,
        minutes: l.minutes,
        releaseOn: l.releaseOn,
        passMark: quiz ? l.passMark : null,
        maxAttempts: quiz ? l.maxAttempts : null,
        drawCount: quiz ? l.drawCount : null,
      })
      l.questions.forEach((q, k) => {
        questionRows.push({
          tenantId,
          lessonId: id,
          position: k + 1,
          type: q.type,
          prompt: q.prompt,
          options: storedOptions(q),
          accepted: q.type === 'short_answer' ? [...new Set(q.accepted)] : [],
          feedbackCorrect: q.feedbackCorrect,
          feedbackWrong: q.feedbackWrong,
          points: q.points,
        })
      })
      if (l.rubric) {
        rubricRows.push({
          tenantId,
          lessonId: id,
          // Keys by place, as the rubric editor gives them.
          criteria: l.rubric.criteria.map((c, ci) => ({
            key: `c${ci + 1}`,
            name: c.name,
            description: c.description,
            levels: c.levels.map((v, vi) => ({
              key: `l${vi + 1}`,
              label: v.label,
              points: v.points,
            })),
          })),
          passThreshold: l.rubric.passThreshold,
          passUnit: l.rubric.passUnit,
        })
      }
    })
  })
  const slug = await freeSlugFrom(ctx.db, file.course.slug)
  const values = {
    tenantId,
    id: courseId,
    title: file.course.title,
    summary: file.course.summary,
    visibility: 'private' as const,
    status: 'draft' as const,
    competences,
    prerequisiteIds: found.map((p) => p.id),
    passMark: file.course.passMark,
    authorId: actor.userId,
  }
  const course = await ctx.db.transaction(async (tx) => {
    const saved = await insertCourse(tx, values, slug)
    await insertInChunks(moduleRows, (chunk) => tx.insert(courseModules).values(chunk))
    await insertInChunks(lessonRows, (chunk) => tx.insert(lessons).values(chunk))
    await insertInChunks(questionRows, (chunk) => tx.insert(quizQuestions).values(chunk))
    await insertInChunks(rubricRows, (chunk) => tx.insert(assignmentRubrics).values(chunk))
    await recordAudit(
      ctx,
      { tenantId, action: 'learning.course.imported', entityType: 'course', entityId: saved.id },
      tx,
    )
    return saved
  })
  const foundSlugs = new Set(found.map((p) => p.slug))
  return {
    course,
    dropped: {
      prerequisites: wanted.filter((s) => !foundSlugs.has(s)),
      competences: [...new Set(file.course.competences)].filter((c) => !competences.includes(c)),
    },
    skipped: file.skipped.length,
  }
}
