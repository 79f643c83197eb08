import { and, asc, eq, max } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors, forbidden, notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import type { LessonInput, ModuleInput, QuestionInput } from '../inputs.ts'
import { courseModules, lessons, type QuestionOption, quizQuestions } from '../schema.ts'
import {
  type Course,
  type CourseWithAccess,
  isUuid,
  loadCourse,
  loadOwnCourse,
  requireAuthor,
  requireLearner,
} from './courses.ts'
import { findPackage, type PackageUpload, saveWithPackage } from './scorm-import.ts'

export type CourseModule = typeof courseModules.$inferSelect
export type Lesson = typeof lessons.$inferSelect
export type Question = typeof quizQuestions.$inferSelect

export type OutlineLesson = Pick<
  Lesson,
  'id' | 'moduleId' | 'position' | 'kind' | 'title' | 'minutes' | 'releaseOn'
>
export type Outline = { modules: (CourseModule & { lessons: OutlineLesson[] })[] }

/** A course's modules and lessons in order (titles only: the list and the course page). */
export async function getOutline(ctx: Ctx, course: Course): Promise<Outline> {
  const [mods, rows] = await Promise.all([
    ctx.db
      .select()
      .from(courseModules)
      .where(
        and(eq(courseModules.tenantId, course.tenantId), eq(courseModules.courseId, course.id)),
      )
      .orderBy(asc(courseModules.position), asc(courseModules.createdAt)),
    ctx.db
      .select({
        id: lessons.id,
        moduleId: lessons.moduleId,
        position: lessons.position,
        kind: lessons.kind,
        title: lessons.title,
        minutes: lessons.minutes,
        releaseOn: lessons.releaseOn,
      })
      .from(lessons)
      .where(and(eq(lessons.tenantId, course.tenantId), eq(lessons.courseId, course.id)))
      .orderBy(asc(lessons.position), asc(lessons.createdAt)),
  ])
  return {
    modules: mods.map((m) => ({ ...m, lessons: rows.filter((l) => l.moduleId === m.id) })),
  }
}

/** Every lesson of the outline in reading order (module by module). */
export function lessonsInOrder(outline: Outline): OutlineLesson[] {
  return outline.modules.flatMap((m) => m.lessons)
}

/** A lesson, with its course and what the actor may do there. */
export async function loadLesson(
  ctx: Ctx,
  id: string,
): Promise<CourseWithAccess & { lesson: Lesson }> {
  requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [lesson] = await ctx.db.select().from(lessons).where(eq(lessons.id, id))
  if (!lesson) throw notFound()
  const access = await loadCourse(ctx, lesson.courseId)
  return { ...access, lesson }
}

async function loadOwnLesson(ctx: Ctx, id: string) {
  const found = await loadLesson(ctx, id)
  if (found.role !== 'author') throw forbidden()
  return found
}

async function loadOwnModule(ctx: Ctx, id: string) {
  requireAuthor(ctx)
  if (!isUuid(id)) throw notFound()
  const [mod] = await ctx.db.select().from(courseModules).where(eq(courseModules.id, id))
  if (!mod) throw notFound()
  const course = await loadOwnCourse(ctx, mod.courseId)
  return { course, module: mod }
}

export async function getModule(ctx: Ctx, id: string) {
  return loadOwnModule(ctx, id)
}

export async function addModule(ctx: Ctx, courseId: string, input: ModuleInput) {
  const course = await loadOwnCourse(ctx, courseId)
  const [last] = await ctx.db
    .select({ n: max(courseModules.position) })
    .from(courseModules)
    .where(eq(courseModules.courseId, course.id))
  const [row] = await ctx.db
    .insert(courseModules)
    .values({
      tenantId: course.tenantId,
      courseId: course.id,
      position: (last?.n ?? 0) + 1,
      title: input.title,
    })
    .returning()
  return row!
}

export async function updateModule(ctx: Ctx, id: string, input: ModuleInput) {
  const { module } = await loadOwnModule(ctx, id)
  const [row] = await ctx.db
    .update(courseModules)
    .set({ title: input.title })
    .where(and(eq(courseModules.id, module.id), eq(courseModules.tenantId, module.tenantId)))
    .returning()
  return row!
}

function invalid(fields: FieldErrors, params: Record<string, unknown> = {}): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, params, fields)
}

/** Renders each language's Markdown; an image without alternative text is a field error. */
function renderBodies(body: LocalizedText) {
  const bodyHtml: LocalizedText = {}
  const fields: FieldErrors = {}
  for (const [lang, markdown] of Object.entries(body)) {
    if (!markdown) continue
    const rendered = renderMarkdown(markdown)
    if (rendered.html) bodyHtml[lang] = rendered.html
    if (rendered.imagesWithoutAlt.length > 0) fields[`body.${lang}`] = 'learning:errors.imageAlt'
  }
  return { bodyHtml, fields }
}

function lessonValues(input: LessonInput) {
  const { bodyHtml, fields } = renderBodies(input.body)
  if (input.kind === 'text' && Object.keys(bodyHtml).length === 0 && !input.videoUrl) {
    fields.body = 'learning:errors.lessonEmpty'
  }
  // An assignment's task is its text: a learner cannot answer a task that is not written.
  if (input.kind === 'assignment' && Object.keys(bodyHtml).length === 0) {
    fields.body = 'learning:errors.taskEmpty'
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  const quiz = input.kind === 'quiz'
  return {
    kind: input.kind,
    title: input.title,
    body: input.body,
    bodyHtml,
    videoUrl: input.videoUrl,
    transcript: input.transcript,
    minutes: input.minutes,
    releaseOn: input.releaseOn,
    passMark: quiz ? input.passMark : null,
    maxAttempts: quiz ? input.maxAttempts : null,
    drawCount: quiz ? input.drawCount : null,
  }
}

async function checkModule(ctx: Ctx, course: Course, moduleId: string) {
  const [mod] = await ctx.db
    .select({ id: courseModules.id })
    .from(courseModules)
    .where(and(eq(courseModules.id, moduleId), eq(courseModules.courseId, course.id)))
  if (!mod) throw invalid({ moduleId: 'common:validation.choice' })
}

/** A package goes with a SCORM lesson only, and a SCORM lesson needs one (`hasPackage`: kept). */
function checkPackage(input: LessonInput, upload: PackageUpload | null, hasPackage: boolean) {
  if (upload && input.kind !== 'scorm') throw invalid({ package: 'scorm:errors.notScormLesson' })
  if (input.kind === 'scorm' && !upload && !hasPackage) {
    throw invalid({ package: 'scorm:errors.missing' })
  }
}

/** Adds a lesson at the end of the course; a SCORM lesson with the package uploaded with it. */
export async function addLesson(
  ctx: Ctx,
  courseId: string,
  input: LessonInput,
  upload: PackageUpload | null = null,
): Promise<Lesson> {
  const course = await loadOwnCourse(ctx, courseId)
  await checkModule(ctx, course, input.moduleId)
  const values = lessonValues(input)
  checkPackage(input, upload, false)
  return saveWithPackage(ctx, course.tenantId, upload, async (tx) => {
    const [last] = await tx
      .select({ n: max(lessons.position) })
      .from(lessons)
      .where(eq(lessons.courseId, course.id))
    const [row] = await tx
      .insert(lessons)
      .values({
        ...values,
        tenantId: course.tenantId,
        courseId: course.id,
        moduleId: input.moduleId,
        position: (last?.n ?? 0) + 1,
      })
      .returning()
    return row!
  })
}

/** Saves a lesson; for a SCORM lesson, a new package replaces the old one. */
export async function updateLesson(
  ctx: Ctx,
  id: string,
  input: LessonInput,
  upload: PackageUpload | null = null,
): Promise<Lesson> {
  const { lesson, course } = await loadOwnLesson(ctx, id)
  await checkModule(ctx, course, input.moduleId)
  const values = lessonValues(input)
  checkPackage(input, upload, upload !== null || (await findPackage(ctx.db, lesson)) !== null)
  return saveWithPackage(ctx, lesson.tenantId, upload, async (tx) => {
    const [row] = await tx
      .update(lessons)
      .set({ ...values, moduleId: input.moduleId })
      .where(and(eq(lessons.id, lesson.id), eq(lessons.tenantId, lesson.tenantId)))
      .returning()
    return row!
  })
}

/** The lesson for its editor: the lesson, its course and its questions. */
export async function getLessonForEditing(ctx: Ctx, id: string) {
  const found = await loadOwnLesson(ctx, id)
  const questions = await listQuestions(ctx, found.lesson)
  return { ...found, questions }
}

export async function listQuestions(ctx: Ctx, lesson: Lesson): Promise<Question[]> {
  return ctx.db
    .select()
    .from(quizQuestions)
    .where(and(eq(quizQuestions.tenantId, lesson.tenantId), eq(quizQuestions.lessonId, lesson.id)))
    .orderBy(asc(quizQuestions.position), asc(quizQuestions.createdAt))
}

const KEYS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Checks a question for its type and computes its stored choices. Single choice needs exactly one
 * right choice; multiple choice at least one; matching at least two complete pairs; a short
 * answer at least one accepted answer; true/false which of the two is true.
 */
function questionValues(input: QuestionInput) {
  const fields: FieldErrors = {}
  let options: QuestionOption[] = []
  const choices = input.options.filter((o) => Object.keys(o.text).length > 0)
  switch (input.type) {
    case 'single':
    case 'multiple': {
      options = choices.map((o, i) => ({
        key: KEYS[i]!,
        text: o.text,
        correct: o.correct,
        feedback: o.feedback,
      }))
      const right = options.filter((o) => o.correct).length
      if (options.length < 2) fields.options = 'learning:errors.twoChoices'
      else if (input.type === 'single' && right !== 1) fields.options = 'learning:errors.oneRight'
      else if (right === 0) fields.options = 'learning:errors.someRight'
      break
    }
    case 'true_false': {
      if (!input.truth) fields.truth = 'learning:errors.truth'
      options = [
        { key: 'true', text: {}, correct: input.truth === 'true' },
        { key: 'false', text: {}, correct: input.truth === 'false' },
      ]
      break
    }
    case 'matching': {
      const pairs = input.options.filter(
        (o) => Object.keys(o.text).length > 0 && Object.keys(o.match).length > 0,
      )
      if (pairs.length < 2 || pairs.length !== input.options.length) {
        fields.options = 'learning:errors.pairs'
      }
      options = pairs.map((o, i) => ({ key: KEYS[i]!, text: o.text, match: o.match }))
      break
    }
    case 'short_answer': {
      if (input.accepted.length === 0) fields.accepted = 'learning:errors.accepted'
      break
    }
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  return {
    type: input.type,
    prompt: input.prompt,
    options,
    accepted: input.type === 'short_answer' ? input.accepted : [],
    feedbackCorrect: input.feedbackCorrect,
    feedbackWrong: input.feedbackWrong,
    points: input.points,
  }
}

export async function addQuestion(ctx: Ctx, lessonId: string, input: QuestionInput) {
  const { lesson } = await loadOwnLesson(ctx, lessonId)
  if (lesson.kind !== 'quiz') throw new AppError('INVALID_STATE', 'learning:errors.notAQuiz')
  const values = questionValues(input)
  const [last] = await ctx.db
    .select({ n: max(quizQuestions.position) })
    .from(quizQuestions)
    .where(eq(quizQuestions.lessonId, lesson.id))
  const [row] = await ctx.db
    .insert(quizQuestions)
    .values({
      ...values,
      tenantId: lesson.tenantId,
      lessonId: lesson.id,
      position: (last?.n ?? 0) + 1,
    })
    .returning()
  return row!
}

export async function getQuestion(ctx: Ctx, id: string) {
  requireAuthor(ctx)
  if (!isUuid(id)) throw notFound()
  const [question] = await ctx.db.select().from(quizQuestions).where(eq(quizQuestions.id, id))
  if (!question) throw notFound()
  const found = await loadOwnLesson(ctx, question.lessonId)
  return { ...found, question }
}

export async function updateQuestion(ctx: Ctx, id: string, input: QuestionInput) {
  const { question } = await getQuestion(ctx, id)
  const [row] = await ctx.db
    .update(quizQuestions)
    .set(questionValues(input))
    .where(and(eq(quizQuestions.id, question.id), eq(quizQuestions.tenantId, question.tenantId)))
    .returning()
  return row!
}

export async function deleteQuestion(ctx: Ctx, id: string) {
  const { question } = await getQuestion(ctx, id)
  await ctx.db
    .delete(quizQuestions)
    .where(and(eq(quizQuestions.id, question.id), eq(quizQuestions.tenantId, question.tenantId)))
  return question
}
