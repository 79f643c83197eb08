import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

export const COURSE_VISIBILITIES = ['private', 'consortium', 'public'] as const
export type CourseVisibility = (typeof COURSE_VISIBILITIES)[number]

export const COURSE_STATUSES = ['draft', 'published'] as const
export type CourseStatus = (typeof COURSE_STATUSES)[number]

export const LESSON_KINDS = ['text', 'quiz', 'assignment', 'scorm'] as const
export type LessonKind = (typeof LESSON_KINDS)[number]

export const QUESTION_TYPES = [
  'single',
  'multiple',
  'true_false',
  'short_answer',
  'matching',
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export const ENROLMENT_SOURCES = ['self', 'coordinator', 'rule'] as const
export type EnrolmentSource = (typeof ENROLMENT_SOURCES)[number]

export const ENROLMENT_STATUSES = ['active', 'completed', 'withdrawn'] as const
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number]

const orgRef = () => uuid().references(() => organisations.id, { onDelete: 'cascade' })

/**
 * A course, written in several languages side by side (every text column is a LocalizedText).
 * The owner is the tenant; `projectId` ties it to a project, whose consortium may then read it
 * when the visibility is `consortium`. Projects are referenced loosely, as news does.
 */
export const courses = pgTable(
  'courses',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    slug: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    summary: jsonb().$type<LocalizedText>().notNull().default({}),
    visibility: text().$type<CourseVisibility>().notNull().default('private'),
    status: text().$type<CourseStatus>().notNull().default('draft'),
    projectId: uuid(),
    /** Competences the course develops: `framework:code`, e.g. `digcomp-2.2:1.1`. */
    competences: text().array().notNull().default(sql`'{}'::text[]`),
    /**
     * Courses a person completes before joining this one on their own (a coordinator or a rule
     * may still enrol them). Loose references: a prerequisite removed later is ignored.
     */
    prerequisiteIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    /** Completion asks for every lesson done and every quiz passed; this is the default pass mark. */
    passMark: integer().notNull().default(70),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('courses_slug_key').on(t.slug),
    index('courses_tenant_idx').on(t.tenantId, t.status),
    index('courses_visibility_idx').on(t.visibility, t.status),
    index('courses_project_idx').on(t.projectId),
  ],
)

/** A course's modules, in order. */
export const courseModules = pgTable(
  'course_modules',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    ...timestamps,
  },
  (t) => [index('course_modules_course_idx').on(t.courseId, t.position)],
)

/**
 * A lesson: a text (sanitised Markdown per language, an optional video link with its transcript)
 * or a quiz (its questions below; pass mark, attempt limit and how many questions to draw).
 */
export const lessons = pgTable(
  'lessons',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    moduleId: uuid()
      .notNull()
      .references(() => courseModules.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: text().$type<LessonKind>().notNull().default('text'),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    body: jsonb().$type<LocalizedText>().notNull().default({}),
    bodyHtml: jsonb().$type<LocalizedText>().notNull().default({}),
    videoUrl: text(),
    transcript: jsonb().$type<LocalizedText>().notNull().default({}),
    minutes: integer().notNull().default(10),
    /** Learners see the lesson from this day on (in the course owner's time zone). */
    releaseOn: date({ mode: 'string' }),
    /** For a quiz: the pass mark in percent (null: the course's). */
    passMark: integer(),
    /** For a quiz: attempts allowed (null: no limit). */
    maxAttempts: integer(),
    /** For a quiz: how many questions each attempt draws from the pool (null: all of them). */
    drawCount: integer(),
    ...timestamps,
  },
  (t) => [
    index('lessons_course_idx').on(t.courseId, t.position),
    index('lessons_module_idx').on(t.moduleId, t.position),
  ],
)

/**
 * One choice of a question. `text` is the choice (or, for matching, the left item), `match` the
 * right item it pairs with; `feedback` is shown after grading when the choice was picked.
 */
export type QuestionOption = {
  key: string
  text: LocalizedText
  correct?: boolean
  match?: LocalizedText
  feedback?: LocalizedText
}

/** A quiz question. Short answers list their accepted answers (any language; case and accents ignored). */
export const quizQuestions = pgTable(
  'quiz_questions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    type: text().$type<QuestionType>().notNull(),
    prompt: jsonb().$type<LocalizedText>().notNull().default({}),
    options: jsonb().$type<QuestionOption[]>().notNull().default([]),
    accepted: text().array().notNull().default(sql`'{}'::text[]`),
    feedbackCorrect: jsonb().$type<LocalizedText>().notNull().default({}),
    feedbackWrong: jsonb().$type<LocalizedText>().notNull().default({}),
    points: integer().notNull().default(1),
    ...timestamps,
  },
  (t) => [index('quiz_questions_lesson_idx').on(t.lessonId, t.position)],
)

/**
 * A person in a course. `tenantId` is the course's owner (its reports), `learnerOrgId` the
 * organisation the person enrolled from (their school's reports). `contentLocale` is the language
 * the person reads the course in, switched at any time without losing progress.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    learnerOrgId: orgRef().notNull(),
    source: text().$type<EnrolmentSource>().notNull().default('self'),
    status: text().$type<EnrolmentStatus>().notNull().default('active'),
    contentLocale: text(),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp({ withTimezone: true }),
    enrolledById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** The group the person takes the course with (dates, reminders); null when on their own. */
    cohortId: uuid().references((): AnyPgColumn => courseCohorts.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enrolments_course_user_key').on(t.courseId, t.userId),
    index('enrolments_tenant_idx').on(t.tenantId, t.courseId, t.status),
    index('enrolments_user_idx').on(t.userId, t.status),
    index('enrolments_learner_org_idx').on(t.learnerOrgId, t.status),
  ],
)

/** A lesson a person has done (a text read to its end; a quiz passed). */
export const lessonCompletions = pgTable(
  'lesson_completions',
  {
    tenantId: orgRef().notNull(),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    completedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.lessonId] })],
)

/** What a person answered to one question: choice keys, a typed text, or left key → right key. */
export type Answer = { choices?: string[]; text?: string; pairs?: Record<string, string> }

/** The server's verdict on one answer, kept with the attempt so results never change later. */
export type GradedAnswer = {
  questionId: string
  points: number
  maxPoints: number
  correct: boolean
}

/**
 * One attempt at a quiz. The questions drawn are fixed when the attempt starts; answers and the
 * grade are written once, when it is submitted (a second submission is refused).
 */
export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    questionIds: uuid().array().notNull(),
    answers: jsonb().$type<Record<string, Answer>>().notNull().default({}),
    graded: jsonb().$type<GradedAnswer[]>().notNull().default([]),
    score: integer(),
    maxScore: integer(),
    percent: integer(),
    passed: boolean(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('quiz_attempts_number_key').on(t.enrolmentId, t.lessonId, t.number),
    index('quiz_attempts_lesson_idx').on(t.tenantId, t.lessonId),
  ],
)

/**
 * People taking a course together between two dates: one school's staff in a shared course, or
 * the participants of one call, who must finish the pre-departure course before they leave. The
 * cohort belongs to the school that runs it (`tenantId`), which may not own the course. `ruleKey`
 * names the rule that made it (`call:<id>`), so a rule finds its cohort again instead of adding one.
 */
export const courseCohorts = pgTable(
  'course_cohorts',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    ruleKey: text(),
    createdById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('course_cohorts_course_idx').on(t.tenantId, t.courseId),
    uniqueIndex('course_cohorts_rule_key').on(t.tenantId, t.courseId, t.ruleKey),
  ],
)

export const REMINDER_KINDS = ['ending', 'overdue'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * A reminder sent to a cohort member who has not completed: a week before the cohort ends, and
 * once after it ended. One row per enrolment and kind, so a daily run never repeats one.
 */
export const courseReminders = pgTable(
  'course_reminders',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    kind: text().$type<ReminderKind>().notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('course_reminders_key').on(t.enrolmentId, t.kind, t.endsOn)],
)

export const PASS_UNITS = ['points', 'percent'] as const
export type PassUnit = (typeof PASS_UNITS)[number]

export const SUBMISSION_STATUSES = ['submitted', 'needs_revision', 'accepted'] as const
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number]

/** One level of a rubric criterion: what the work shows at that level, and what it earns. */
export type RubricLevel = { key: string; label: LocalizedText; points: number }

/** One criterion of a rubric with its levels, in the author's order. */
export type RubricCriterion = {
  key: string
  name: LocalizedText
  description: LocalizedText
  levels: RubricLevel[]
}

/**
 * The rubric of an assignment lesson (one per lesson): the criteria a teacher grades with, and
 * the threshold a submission must reach before the teacher may accept it, in points or in
 * percent of the highest score. Keys are language-free, like a quiz's choice keys (ADR 014).
 */
export const assignmentRubrics = pgTable('assignment_rubrics', {
  tenantId: orgRef().notNull(),
  lessonId: uuid()
    .primaryKey()
    .references(() => lessons.id, { onDelete: 'cascade' }),
  criteria: jsonb().$type<RubricCriterion[]>().notNull().default([]),
  passThreshold: integer().notNull().default(50),
  passUnit: text().$type<PassUnit>().notNull().default('percent'),
  ...timestamps,
})

/** The level a teacher chose for one criterion, copied with its texts so a grade never changes. */
export type CriterionGrade = {
  criterionKey: string
  name: LocalizedText
  levelKey: string
  label: LocalizedText
  points: number
  maxPoints: number
}

/**
 * One submission of an assignment: the learner's text (Markdown, kept with its sanitised HTML)
 * and an optional file in the file store. Every submission is kept; a new one is allowed only
 * after the last was sent back for revision. It is graded once: the levels chosen, the score, a
 * comment in the language the teacher wrote it in, and the decision (`status`).
 */
export const assignmentSubmissions = pgTable(
  'assignment_submissions',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    number: integer().notNull(),
    body: text().notNull().default(''),
    bodyHtml: text().notNull().default(''),
    fileName: text(),
    fileType: text(),
    fileSize: integer(),
    fileKey: text(),
    status: text().$type<SubmissionStatus>().notNull().default('submitted'),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    grades: jsonb().$type<CriterionGrade[]>().notNull().default([]),
    score: integer(),
    maxScore: integer(),
    comment: text().notNull().default(''),
    commentLang: text(),
    gradedAt: timestamp({ withTimezone: true }),
    gradedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('assignment_submissions_number_key').on(t.enrolmentId, t.lessonId, t.number),
    index('assignment_submissions_queue_idx').on(t.tenantId, t.status, t.submittedAt),
    index('assignment_submissions_lesson_idx').on(t.lessonId, t.status),
  ],
)

export const SCORM_VERSIONS = ['1.2', '2004'] as const
export type ScormVersion = (typeof SCORM_VERSIONS)[number]

/**
 * The SCORM package of a `scorm` lesson (one per lesson; a new upload replaces it). `launchPath`
 * is the first SCO's file inside the package, with its query (the item's parameters). Its
 * files are in `scorm_files`; the bytes in the file store (ADR 014, SCORM).
 */
export const scormPackages = pgTable(
  'scorm_packages',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    version: text().$type<ScormVersion>().notNull(),
    launchPath: text().notNull(),
    title: text(),
    fileCount: integer().notNull(),
    totalBytes: integer().notNull(),
    uploadedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('scorm_packages_lesson_key').on(t.lessonId)],
)

/**
 * One file of a package: its normalised path inside the zip and its key in the file store. The
 * store names every file itself (`<tenant>/<uuid>`), so the path is looked up here.
 */
export const scormFiles = pgTable(
  'scorm_files',
  {
    tenantId: orgRef().notNull(),
    packageId: uuid()
      .notNull()
      .references(() => scormPackages.id, { onDelete: 'cascade' }),
    path: text().notNull(),
    storageKey: text().notNull(),
    size: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.path] })],
)

/**
 * A person's run-time data for a package, as the package last committed it (`cmi`), with the
 * statuses and score read from it. One row per enrolment and package, updated on each commit.
 * `lessonStatus` is SCORM 1.2's `cmi.core.lesson_status` or 2004's `cmi.completion_status`.
 */
export const scormAttempts = pgTable(
  'scorm_attempts',
  {
    tenantId: orgRef().notNull(),
    id: id(),
    packageId: uuid()
      .notNull()
      .references(() => scormPackages.id, { onDelete: 'cascade' }),
    enrolmentId: uuid()
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    lessonId: uuid()
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    cmi: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    lessonStatus: text(),
    successStatus: text(),
    scoreRaw: doublePrecision(),
    /** The score from 0 to 1: 2004's `score.scaled`, or 1.2's raw score over its maximum. */
    scoreScaled: doublePrecision(),
    totalTime: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('scorm_attempts_key').on(t.packageId, t.enrolmentId),
    index('scorm_attempts_lesson_idx').on(t.tenantId, t.lessonId),
  ],
)
