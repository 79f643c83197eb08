import { z } from 'zod'
import { AppError } from '#src/lib/errors.ts'
import { normaliseText } from '#src/lib/localized-text.ts'
import { rubricMaxScore } from './grading.ts'
import { COURSE_LANGUAGES, CRITERIA_MAX, LEVELS_MAX, OPTION_ROWS } from './inputs.ts'
import type { LessonKind, QuestionType } from './schema.ts'

/*
 * `course.json`, the heart of a course package (docs/course-export.md). This schema is the
 * format's definition: export writes it, import accepts nothing it refuses. Version 1 is fixed;
 * a change an older Ura could misread gets version 2, and an Ura refuses versions it does not know.
 */

export const COURSE_FORMAT = 'ura-course'
export const COURSE_FORMAT_VERSION = 1

/** The lesson kinds version 1 carries; others (SCORM, whose package it lacks) are `skipped`. */
export const TRANSFER_LESSON_KINDS = [
  'text',
  'quiz',
  'assignment',
] as const satisfies readonly LessonKind[]
export const TRANSFER_QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'short_answer',
  'matching',
] as const satisfies readonly QuestionType[]

/** At most this many lessons and questions in one course, so one import stays one transaction. */
export const MAX_LESSONS = 1000
export const MAX_QUESTIONS = 5000

/** The import's refusals, by name (translation keys; `src/locales/<l>/course-transfer.json`). */
export const E = {
  accepted: 'course-transfer:errors.accepted',
  brokenZip: 'course-transfer:errors.brokenZip',
  date: 'course-transfer:errors.date',
  duplicateKey: 'course-transfer:errors.duplicateKey',
  duplicateRef: 'course-transfer:errors.duplicateRef',
  imageAlt: 'course-transfer:errors.imageAlt',
  invalid: 'course-transfer:errors.invalid',
  language: 'course-transfer:errors.language',
  lessonEmpty: 'course-transfer:errors.lessonEmpty',
  missing: 'course-transfer:errors.missing',
  noCourseJson: 'course-transfer:errors.noCourseJson',
  noCriteria: 'course-transfer:errors.noCriteria',
  noPoints: 'course-transfer:errors.noPoints',
  notCourseFile: 'course-transfer:errors.notCourseFile',
  notJson: 'course-transfer:errors.notJson',
  notZip: 'course-transfer:errors.notZip',
  number: 'course-transfer:errors.number',
  oneRight: 'course-transfer:errors.oneRight',
  pairs: 'course-transfer:errors.pairs',
  questionsNotQuiz: 'course-transfer:errors.questionsNotQuiz',
  rubricNotAssignment: 'course-transfer:errors.rubricNotAssignment',
  someRight: 'course-transfer:errors.someRight',
  taskEmpty: 'course-transfer:errors.taskEmpty',
  textMissing: 'course-transfer:errors.textMissing',
  threshold: 'course-transfer:errors.threshold',
  tooBig: 'course-transfer:errors.tooBig',
  tooLarge: 'course-transfer:errors.tooLarge',
  tooLong: 'course-transfer:errors.tooLong',
  tooMany: 'course-transfer:errors.tooMany',
  tooManyEntries: 'course-transfer:errors.tooManyEntries',
  truth: 'course-transfer:errors.truth',
  twoChoices: 'course-transfer:errors.twoChoices',
  twoLevels: 'course-transfer:errors.twoLevels',
  unsafePath: 'course-transfer:errors.unsafePath',
  version: 'course-transfer:errors.version',
  videoUrl: 'course-transfer:errors.videoUrl',
} as const
const isCourseLanguage = (lang: string) => (COURSE_LANGUAGES as readonly string[]).includes(lang)

/** Language tag → text in Ura's course languages; blank values are dropped. */
const ZText = (max: number, required = false) =>
  z
    .record(z.string(), z.string(E.invalid).max(max, E.tooLong), E.invalid)
    .transform((t) => normaliseText(t) as Record<string, string>)
    .refine((t) => Object.keys(t).every(isCourseLanguage), E.language)
    .refine((t) => !required || Object.keys(t).length > 0, E.textMissing)

const ZInt = (min: number, max: number) =>
  z.number(E.number).int(E.number).min(min, E.number).max(max, E.number)

const ZRef = z.string(E.invalid).regex(/^[a-z][a-z0-9-]{0,39}$/, E.invalid)
const ZSlug = z
  .string(E.invalid)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, E.invalid)
  .max(80, E.invalid)

const ZOption = z.object({
  key: z.string(E.invalid).regex(/^[a-z0-9_-]{1,20}$/, E.invalid),
  text: ZText(500),
  correct: z.boolean(E.invalid).optional(),
  match: ZText(500).optional(),
  feedback: ZText(1000).optional(),
})

const has = (t: Record<string, string> | undefined) => Object.keys(t ?? {}).length > 0

/** A question as stored; the rules are the question editor's (service/outline.ts). */
export const ZQuestionFile = z
  .object({
    type: z.enum(TRANSFER_QUESTION_TYPES, E.invalid),
    prompt: ZText(2000, true),
    options: z.array(ZOption, E.invalid).max(OPTION_ROWS, E.tooMany),
    accepted: z
      .array(z.string(E.invalid).trim().min(1, E.invalid).max(200, E.tooLong))
      .max(20, E.tooMany),
    feedbackCorrect: ZText(1000),
    feedbackWrong: ZText(1000),
    points: ZInt(1, 10),
  })
  .superRefine((q, ctx) => {
    const problem = (message: string, path: PropertyKey[] = ['options']) =>
      ctx.addIssue({ code: 'custom', message, path })
    if (new Set(q.options.map((o) => o.key)).size !== q.options.length) problem(E.duplicateKey)
    const right = q.options.filter((o) => o.correct === true).length
    switch (q.type) {
      case 'single':
      case 'multiple':
        if (q.options.length < 2 || !q.options.every((o) => has(o.text))) problem(E.twoChoices)
        else if (q.type === 'single' && right !== 1) problem(E.oneRight)
        else if (right === 0) problem(E.someRight)
        break
      case 'true_false': {
        const keys = q.options.map((o) => o.key).sort()
        if (keys.join() !== 'false,true' || right !== 1) problem(E.truth)
        break
      }
      case 'matching':
        if (q.options.length < 2 || !q.options.every((o) => has(o.text) && has(o.match))) {
          problem(E.pairs)
        }
        break
      case 'short_answer':
        if (q.accepted.length === 0) problem(E.accepted, ['accepted'])
        break
    }
  })

const ZLevelFile = z.object({
  key: z.string(E.invalid).max(20, E.invalid),
  label: ZText(300, true),
  points: ZInt(0, 100),
})

/** An assignment's rubric; the rules are the rubric editor's (service/assignments.ts). */
export const ZRubricFile = z
  .object({
    criteria: z
      .array(
        z.object({
          key: z.string(E.invalid).max(20, E.invalid),
          name: ZText(200, true),
          description: ZText(1000),
          levels: z.array(ZLevelFile).min(2, E.twoLevels).max(LEVELS_MAX, E.tooMany),
        }),
      )
      .min(1, E.noCriteria)
      .max(CRITERIA_MAX, E.tooMany),
    passThreshold: ZInt(0, 1000),
    passUnit: z.enum(['points', 'percent'], E.invalid),
  })
  .superRefine((r, ctx) => {
    const max = rubricMaxScore(r.criteria)
    if (max === 0) ctx.addIssue({ code: 'custom', message: E.noPoints, path: ['criteria'] })
    if (r.passThreshold > (r.passUnit === 'percent' ? 100 : max)) {
      ctx.addIssue({ code: 'custom', message: E.threshold, path: ['passThreshold'] })
    }
  })

const ZDate = z
  .string(E.date)
  .regex(/^\d{4}-\d{2}-\d{2}$/, E.date)
  .refine((s) => {
    const day = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s)
  }, E.date)

export const ZLessonFile = z
  .object({
    ref: ZRef,
    kind: z.enum(TRANSFER_LESSON_KINDS, E.invalid),
    title: ZText(200, true),
    body: ZText(60_000),
    videoUrl: z
      .string(E.videoUrl)
      .max(500, E.videoUrl)
      .regex(/^https:\/\/[^\s]+$/, E.videoUrl)
      .nullable(),
    transcript: ZText(60_000),
    minutes: ZInt(1, 600),
    releaseOn: ZDate.nullable(),
    passMark: ZInt(0, 100).nullable(),
    maxAttempts: ZInt(1, 50).nullable(),
    drawCount: ZInt(1, 200).nullable(),
    questions: z.array(ZQuestionFile, E.invalid).max(200, E.tooMany),
    rubric: ZRubricFile.nullable(),
  })
  .superRefine((l, ctx) => {
    const problem = (message: string, path: string) =>
      ctx.addIssue({ code: 'custom', message, path: [path] })
    if (l.kind === 'text' && !has(l.body) && !l.videoUrl) problem(E.lessonEmpty, 'body')
    if (l.kind === 'assignment' && !has(l.body)) problem(E.taskEmpty, 'body')
    if (l.kind !== 'quiz' && l.questions.length > 0) problem(E.questionsNotQuiz, 'questions')
    if (l.kind !== 'assignment' && l.rubric) problem(E.rubricNotAssignment, 'rubric')
  })

export const ZModuleFile = z.object({
  ref: ZRef,
  title: ZText(200, true),
  lessons: z.array(ZLessonFile, E.invalid).max(MAX_LESSONS, E.tooMany),
})

/** A lesson the export left out, and why: its content is a package version 1 does not carry. */
export const ZSkippedLesson = z.object({
  ref: ZRef,
  module: ZRef,
  kind: z.string(E.invalid).max(40, E.invalid),
  title: z.record(z.string(), z.string(E.invalid), E.invalid),
  reason: z.string(E.invalid).max(200, E.invalid),
})

export const ZCourseFile = z
  .object({
    format: z.literal(COURSE_FORMAT, E.notCourseFile),
    version: z.literal(COURSE_FORMAT_VERSION, E.version),
    exportedAt: z.iso.datetime(E.invalid),
    source: z.object({
      url: z.string(E.invalid).max(500, E.invalid),
      organisation: z.record(z.string(), z.string(E.invalid), E.invalid),
    }),
    course: z.object({
      slug: ZSlug,
      title: ZText(200, true),
      summary: ZText(1000),
      status: z.enum(['draft', 'published'], E.invalid),
      passMark: ZInt(0, 100),
      competences: z.array(z.string(E.invalid).max(100, E.invalid)).max(30, E.tooMany),
      prerequisites: z.array(ZSlug).max(5, E.tooMany),
    }),
    modules: z.array(ZModuleFile, E.invalid).max(100, E.tooMany),
    skipped: z.array(ZSkippedLesson, E.invalid).max(MAX_LESSONS, E.tooMany),
  })
  .superRefine((f, ctx) => {
    const lessons = f.modules.flatMap((m) => m.lessons)
    const refs = [...f.modules, ...lessons, ...f.skipped].map((x) => x.ref)
    if (new Set(refs).size !== refs.length) {
      ctx.addIssue({ code: 'custom', message: E.duplicateRef, path: ['modules'] })
    }
    const questions = lessons.reduce((n, l) => n + l.questions.length, 0)
    if (lessons.length > MAX_LESSONS || questions > MAX_QUESTIONS) {
      ctx.addIssue({ code: 'custom', message: E.tooMany, path: ['modules'] })
    }
  })

/** `course.json` as import reads it (texts normalised). */
export type CourseFile = z.output<typeof ZCourseFile>
/** `course.json` as export writes it. */
export type CourseFileInput = z.input<typeof ZCourseFile>
export type LessonFile = CourseFile['modules'][number]['lessons'][number]
export type QuestionFile = LessonFile['questions'][number]

/** An import refusal on one field of `course.json` (`file` for the package as a whole). */
export function packageProblem(messageKey: string, path = 'file'): AppError {
  return new AppError('INVALID_INPUT', messageKey, {}, { [path]: messageKey })
}

/**
 * Checks parsed `course.json`. The format and version are read first, so a newer file says
 * "newer version" rather than listing every field it added; then the first problem found wins,
 * named by its path (`modules.0.lessons.2.questions.1.options`).
 */
export function parseCourseFile(json: unknown): CourseFile {
  const head = z.object({ format: z.unknown(), version: z.unknown() }).safeParse(json)
  if (!head.success || head.data.format !== COURSE_FORMAT) throw packageProblem(E.notCourseFile)
  if (head.data.version !== COURSE_FORMAT_VERSION) throw packageProblem(E.version, 'version')
  const parsed = ZCourseFile.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const message = /^course-transfer:errors\.\w+$/.test(issue.message) ? issue.message : E.invalid
  const path = issue.path.map(String).join('.') || 'file'
  throw new AppError('INVALID_INPUT', message, {}, { [path]: message })
}
