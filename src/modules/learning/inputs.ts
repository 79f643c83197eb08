import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { type LocalizedText, normaliseText } from '#src/lib/localized-text.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { isCompetenceCode } from './competences.ts'
import { COURSE_VISIBILITIES, LESSON_KINDS, PASS_UNITS, QUESTION_TYPES } from './schema.ts'

/**
 * A course is written in Ura's reader languages: each can be read, switched to mid-course and
 * certified in. Anything else a form sends is dropped.
 */
export const COURSE_LANGUAGES = LOCALES

/** How many choice rows the question editor offers (enough for matching five pairs and a decoy). */
export const OPTION_ROWS = 6

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const ZUuid = z.string().regex(UUID, 'common:validation.choice')

function onlyCourseLanguages(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(text).filter(([lang]) => (COURSE_LANGUAGES as readonly string[]).includes(lang)),
  )
}

const ZText = (rules: Parameters<typeof ZLocalizedText>[0] = {}) =>
  ZLocalizedText(rules).transform(onlyCourseLanguages)

/** An optional whole number in a range; the form's empty string is "none". */
const ZOptionalInt = (min: number, max: number) =>
  z
    .union([z.literal(''), z.coerce.number().int('learning:errors.wholeNumber')])
    .transform((v) => (v === '' ? null : v))
    .pipe(z.number().min(min, 'learning:errors.range').max(max, 'learning:errors.range').nullable())

const ZInt = (min: number, max: number) =>
  z.coerce
    .number('learning:errors.wholeNumber')
    .int('learning:errors.wholeNumber')
    .min(min, 'learning:errors.range')
    .max(max, 'learning:errors.range')

export const ZCourse = z.object({
  title: ZText({ required: 'any', max: 200 }),
  summary: ZText({ max: 1000 }),
  visibility: z.enum(COURSE_VISIBILITIES, 'common:validation.choice'),
  projectId: ZUuid.nullable(),
  competences: z
    .array(z.string().refine(isCompetenceCode, 'common:validation.choice'))
    .max(30, 'learning:errors.tooManyCompetences'),
  prerequisiteIds: z.array(ZUuid).max(5, 'learning:errors.tooManyPrerequisites'),
  passMark: ZInt(0, 100),
  intent: z.enum(['draft', 'publish']),
})
export type CourseInput = z.infer<typeof ZCourse>

export const ZModule = z.object({ title: ZText({ required: 'any', max: 200 }) })
export type ModuleInput = z.infer<typeof ZModule>

const ZVideoUrl = z
  .string()
  .trim()
  .max(500, 'common:validation.tooLong')
  .refine((s) => s === '' || /^https:\/\/[^\s]+$/.test(s), 'learning:errors.videoUrl')
  .transform((s) => (s === '' ? null : s))

const ZDate = z
  .string()
  .trim()
  .refine(
    (s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))),
    'learning:errors.date',
  )
  .transform((s) => (s === '' ? null : s))

export const ZLesson = z.object({
  moduleId: ZUuid,
  kind: z.enum(LESSON_KINDS, 'common:validation.choice'),
  title: ZText({ required: 'any', max: 200 }),
  body: ZText({ max: 60_000 }),
  videoUrl: ZVideoUrl,
  transcript: ZText({ max: 60_000 }),
  minutes: ZInt(1, 600),
  releaseOn: ZDate,
  passMark: ZOptionalInt(0, 100),
  maxAttempts: ZOptionalInt(1, 50),
  drawCount: ZOptionalInt(1, 200),
})
export type LessonInput = z.infer<typeof ZLesson>

const ZOption = z.object({
  text: ZText({ max: 500 }),
  match: ZText({ max: 500 }),
  feedback: ZText({ max: 1000 }),
  correct: z.boolean(),
})

export const ZQuestion = z.object({
  type: z.enum(QUESTION_TYPES, 'common:validation.choice'),
  prompt: ZText({ required: 'any', max: 2000 }),
  options: z.array(ZOption).max(OPTION_ROWS),
  truth: z.enum(['true', 'false', '']),
  accepted: z
    .string()
    .max(2000, 'common:validation.tooLong')
    .transform((s) => [
      ...new Set(
        s
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(200, 'common:validation.tooLong')).max(20)),
  feedbackCorrect: ZText({ max: 1000 }),
  feedbackWrong: ZText({ max: 1000 }),
  points: ZInt(1, 10),
})
export type QuestionInput = z.infer<typeof ZQuestion>

function text(value: unknown): string {
  const last = Array.isArray(value) ? value.at(-1) : value
  return typeof last === 'string' ? last : ''
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' && value !== '' ? [value] : []
}

function nested(form: FormValues, key: string): FormValues {
  const v = form[key]
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as FormValues) : {}
}

export function formToCourseInput(form: FormValues) {
  return {
    title: readLocalizedText(form, 'title'),
    summary: readLocalizedText(form, 'summary'),
    visibility: text(form.visibility) || 'private',
    projectId: text(form.projectId) || null,
    competences: list(form.competences),
    prerequisiteIds: list(form.prerequisiteIds),
    passMark: text(form.passMark),
    intent: text(form.intent) === 'publish' ? 'publish' : 'draft',
  }
}

export function formToModuleInput(form: FormValues) {
  return { title: readLocalizedText(form, 'title') }
}

export function formToLessonInput(form: FormValues) {
  return {
    moduleId: text(form.moduleId),
    kind: text(form.kind) || 'text',
    title: readLocalizedText(form, 'title'),
    body: readLocalizedText(form, 'body'),
    videoUrl: text(form.videoUrl),
    transcript: readLocalizedText(form, 'transcript'),
    minutes: text(form.minutes),
    releaseOn: text(form.releaseOn),
    passMark: text(form.passMark),
    maxAttempts: text(form.maxAttempts),
    drawCount: text(form.drawCount),
  }
}

/** The question editor's rows (`opt0.text.sq`, `opt0.correct` …); empty rows are dropped. */
export function formToQuestionInput(form: FormValues) {
  const options = []
  for (let i = 0; i < OPTION_ROWS; i++) {
    const row = nested(form, `opt${i}`)
    const option = {
      text: normaliseText(readLocalizedText(row, 'text')),
      match: normaliseText(readLocalizedText(row, 'match')),
      feedback: normaliseText(readLocalizedText(row, 'feedback')),
      correct: text(row.correct) === 'on' || text(row.correct) === 'true',
    }
    const empty =
      Object.keys(option.text).length === 0 &&
      Object.keys(option.match).length === 0 &&
      Object.keys(option.feedback).length === 0
    if (!empty) options.push(option)
  }
  const truth = text(form.truth)
  return {
    type: text(form.type) || 'single',
    prompt: readLocalizedText(form, 'prompt'),
    options,
    truth: truth === 'true' || truth === 'false' ? truth : '',
    accepted: text(form.accepted),
    feedbackCorrect: readLocalizedText(form, 'feedbackCorrect'),
    feedbackWrong: readLocalizedText(form, 'feedbackWrong'),
    points: text(form.points) || '1',
  }
}

/** The people a coordinator enrols at once. */
export const ZEnrolPeople = z.object({
  userIds: z.array(ZUuid).min(1, 'learning:errors.nobodyChosen').max(500),
})

/** A quiz answer as the API sends it (the form's fields are read into the same shape). */
export const ZAnswer = z.object({
  choices: z.array(z.string().max(20)).max(20).optional(),
  text: z.string().max(500).optional(),
  pairs: z.record(z.string().max(20), z.string().max(20)).optional(),
})
export const ZAnswers = z.record(ZUuid, ZAnswer)

/**
 * The quiz form's answers: `q.<id>` holds the choice(s) or the typed text, `q.<id>.<key>` the
 * right-hand key picked for a matching item. Which is which follows from the question's type.
 */
export function formToAnswers(
  form: FormValues,
  questions: readonly { id: string; type: string }[],
) {
  const q = nested(form, 'q')
  const out: Record<string, { choices?: string[]; text?: string; pairs?: Record<string, string> }> =
    {}
  for (const question of questions) {
    const raw = q[question.id]
    if (question.type === 'matching') {
      const pairs: Record<string, string> = {}
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
          const value = text(v)
          if (value) pairs[k] = value
        }
      }
      out[question.id] = { pairs }
    } else if (question.type === 'short_answer') {
      out[question.id] = { text: text(raw) }
    } else {
      out[question.id] = { choices: list(raw) }
    }
  }
  return out
}

/** At most this many criteria in a rubric, and levels in a criterion. */
export const CRITERIA_MAX = 8
export const LEVELS_MAX = 6

/** The rubric editor's rows: every criterion and one blank (three blank ones to start with). */
export function criterionRows(filled: number): number {
  return Math.min(CRITERIA_MAX, Math.max(3, filled + 1))
}

/** The level rows of a criterion: its levels and one blank (four blank ones for a new criterion). */
export function levelRows(filled: number): number {
  return Math.min(LEVELS_MAX, Math.max(4, filled + 1))
}

const ZLevel = z.object({
  label: ZText({ required: 'any', max: 300 }),
  points: ZInt(0, 100),
})

const ZCriterion = z.object({
  name: ZText({ required: 'any', max: 200 }),
  description: ZText({ max: 1000 }),
  levels: z.array(ZLevel).min(2, 'learning:errors.twoLevels').max(LEVELS_MAX),
})

export const ZRubric = z.object({
  criteria: z
    .array(ZCriterion)
    .min(1, 'learning:errors.noCriteria')
    .max(CRITERIA_MAX, 'learning:errors.tooManyCriteria'),
  passThreshold: ZInt(0, 1000),
  passUnit: z.enum(PASS_UNITS, 'common:validation.choice'),
})
export type RubricInput = z.infer<typeof ZRubric>

function isBlankText(value: LocalizedText): boolean {
  return Object.keys(value).length === 0
}

/**
 * The rubric editor's rows (`criteria.0.name.sq`, `criteria.0.levels.1.points` …). A blank row,
 * or a criterion ticked "remove", is dropped; what is left keeps its order, so an error's path
 * (`criteria.1.levels.0.label`) names the row shown again.
 */
export function formToRubricInput(form: FormValues) {
  const rows = nested(form, 'criteria')
  const criteria = []
  for (let i = 0; i < CRITERIA_MAX; i++) {
    const row = nested(rows, String(i))
    if (text(row.remove) === 'on') continue
    const levelsIn = nested(row, 'levels')
    const levels = []
    for (let j = 0; j < LEVELS_MAX; j++) {
      const level = nested(levelsIn, String(j))
      const label = readLocalizedText(level, 'label')
      const points = text(level.points).trim()
      if (isBlankText(label) && points === '') continue
      levels.push({ label, points })
    }
    const name = readLocalizedText(row, 'name')
    const description = readLocalizedText(row, 'description')
    if (isBlankText(name) && isBlankText(description) && levels.length === 0) continue
    criteria.push({ name, description, levels })
  }
  return {
    criteria,
    passThreshold: text(form.passThreshold),
    passUnit: text(form.passUnit) || 'percent',
  }
}

/** A learner's answer: Markdown, shown as sanitised HTML; the optional file is read apart. */
export const ZSubmission = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'learning:errors.answerEmpty')
    .max(20_000, 'common:validation.tooLong'),
})
export type SubmissionInput = z.infer<typeof ZSubmission>

export const GRADE_DECISIONS = ['accepted', 'needs_revision'] as const

/** A teacher's grade: a level per criterion (criterion key → level key), a comment, a decision. */
export const ZGrade = z.object({
  levels: z.record(z.string().max(20), z.string().max(20)),
  comment: z.string().trim().max(5000, 'common:validation.tooLong'),
  decision: z.enum(GRADE_DECISIONS, 'learning:errors.decision'),
  /** The language the comment is written in (the page's, for a form). */
  commentLang: z.enum(LOCALES, 'common:validation.choice').optional(),
})
export type GradeInput = z.infer<typeof ZGrade>

/** The grading form: `level.<criterion key>` holds the level key picked. */
export function formToGradeInput(form: FormValues) {
  const picked = nested(form, 'level')
  const levels: Record<string, string> = {}
  for (const [key, value] of Object.entries(picked)) {
    const v = text(value)
    if (v) levels[key] = v
  }
  return { levels, comment: text(form.comment), decision: text(form.decision) }
}

/** The submission form's text (the file is read apart, as bytes). */
export function formToSubmissionInput(form: FormValues) {
  return { text: text(form.text) }
}
