import { and, asc, count, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, type FieldErrors, forbidden, notFound } from '#src/lib/errors.ts'
import { isLocale } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { can } from '#src/lib/policy.ts'
import { localFileStore } from '#src/lib/storage.ts'
import { recordAudit } from '../../audit/index.ts'
import { checkFile, cleanFileName } from '../../documents/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import { loadActor, userNames } from '../../users/index.ts'
import { meetsThreshold, rubricMaxScore, scoreRubric } from '../grading.ts'
import type { GradeInput, RubricInput, SubmissionInput } from '../inputs.ts'
import {
  assignmentRubrics,
  assignmentSubmissions,
  enrolments,
  lessonCompletions,
  lessons,
  type RubricCriterion,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '../schema.ts'
import { type Course, isUuid, loadCourse, requireAuthor, requireLearner } from './courses.ts'
import { assertReleased, completeIfDone } from './enrolment.ts'
import { mailGraded, mailSubmitted } from './mails.ts'
import { type Lesson, loadLesson } from './outline.ts'

export type Rubric = typeof assignmentRubrics.$inferSelect
export type Submission = typeof assignmentSubmissions.$inferSelect
/** A file as a form or the API hands it over: its name and bytes (checked here, not trusted). */
export type SubmittedFile = { name: string; bytes: Uint8Array }

function invalid(fields: FieldErrors): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}

/** The rubric of an assignment lesson, or null while its author has not written one. */
export async function findRubric(
  ctx: Ctx,
  lesson: Pick<Lesson, 'id' | 'tenantId'>,
): Promise<Rubric | null> {
  const [row] = await ctx.db
    .select()
    .from(assignmentRubrics)
    .where(
      and(
        eq(assignmentRubrics.tenantId, lesson.tenantId),
        eq(assignmentRubrics.lessonId, lesson.id),
      ),
    )
  return row ?? null
}

async function loadOwnLesson(ctx: Ctx, lessonId: string) {
  requireAuthor(ctx)
  const found = await loadLesson(ctx, lessonId)
  if (found.role !== 'author') throw forbidden()
  return found
}

/** The rubric for the lesson's editor (the course's authors only); null before the first save. */
export async function rubricForEditing(ctx: Ctx, lessonId: string): Promise<Rubric | null> {
  const { lesson } = await loadOwnLesson(ctx, lessonId)
  return findRubric(ctx, lesson)
}

/**
 * Saves an assignment's rubric and pass threshold as a whole. Criteria and levels get keys from
 * their place (`c1`, `l2`): a grade copies the texts and points it used, so renumbering after an
 * edit never changes a grade already given. The threshold in points cannot pass the highest score.
 */
export async function saveRubric(ctx: Ctx, lessonId: string, input: RubricInput) {
  const { lesson } = await loadOwnLesson(ctx, lessonId)
  if (lesson.kind !== 'assignment') {
    throw new AppError('INVALID_STATE', 'learning:errors.notAnAssignment')
  }
  const criteria: RubricCriterion[] = input.criteria.map((c, i) => ({
    key: `c${i + 1}`,
    name: c.name,
    description: c.description,
    levels: c.levels.map((l, j) => ({ key: `l${j + 1}`, label: l.label, points: l.points })),
  }))
  const maxScore = rubricMaxScore(criteria)
  const fields: FieldErrors = {}
  if (maxScore === 0) fields.criteria = 'learning:errors.noPoints'
  if (input.passUnit === 'percent' && input.passThreshold > 100) {
    fields.passThreshold = 'learning:errors.range'
  }
  if (input.passUnit === 'points' && input.passThreshold > maxScore) {
    fields.passThreshold = 'learning:errors.thresholdAboveMax'
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  const values = {
    criteria,
    passThreshold: input.passThreshold,
    passUnit: input.passUnit,
  }
  const [row] = await ctx.db
    .insert(assignmentRubrics)
    .values({ ...values, tenantId: lesson.tenantId, lessonId: lesson.id })
    .onConflictDoUpdate({
      target: assignmentRubrics.lessonId,
      set: { ...values, updatedAt: ctx.now() },
    })
    .returning()
  return row!
}

/** The enrolment's submissions of one assignment, newest first. */
async function submissionsOf(ctx: Ctx, enrolmentId: string, lessonId: string) {
  return ctx.db
    .select()
    .from(assignmentSubmissions)
    .where(
      and(
        eq(assignmentSubmissions.enrolmentId, enrolmentId),
        eq(assignmentSubmissions.lessonId, lessonId),
      ),
    )
    .orderBy(desc(assignmentSubmissions.number))
}

/** A new submission is allowed before the first one and after a request for revision. */
export function canSubmitAfter(latest: Pick<Submission, 'status'> | undefined): boolean {
  return !latest || latest.status === 'needs_revision'
}

export type AssignmentView = {
  rubric: Rubric | null
  /** The reader's own submissions, newest first. */
  submissions: Submission[]
  /** For the course's authors: submissions of this lesson waiting for a grade. */
  waiting: number | null
  /** People named in the submissions: who graded them. */
  names: Map<string, string>
}

/** What the lesson page shows of an assignment to the person reading it. */
export async function assignmentForLesson(
  ctx: Ctx,
  found: { lesson: Lesson; role: 'author' | 'reader'; enrolmentId: string | null },
): Promise<AssignmentView> {
  const { lesson, enrolmentId } = found
  const [rubric, submissions, waiting] = await Promise.all([
    findRubric(ctx, lesson),
    enrolmentId ? submissionsOf(ctx, enrolmentId, lesson.id) : Promise.resolve([]),
    found.role === 'author'
      ? ctx.db
          .select({ n: count() })
          .from(assignmentSubmissions)
          .where(
            and(
              eq(assignmentSubmissions.tenantId, lesson.tenantId),
              eq(assignmentSubmissions.lessonId, lesson.id),
              eq(assignmentSubmissions.status, 'submitted'),
            ),
          )
          .then((rows) => rows[0]?.n ?? 0)
      : Promise.resolve(null),
  ])
  const graders = [...new Set(submissions.flatMap((s) => (s.gradedById ? [s.gradedById] : [])))]
  return { rubric, submissions, waiting, names: await userNames(ctx, graders) }
}

/**
 * Hands in the actor's work on an assignment: a Markdown text (kept with its sanitised HTML) and
 * an optional file, checked by the document library's rules and kept in the same file store.
 * Refused while the last submission waits for its grade or once one was accepted (CONFLICT);
 * the number is unique per person and lesson, so a double click hands in once.
 */
export async function submitAssignment(
  ctx: Ctx,
  lessonId: string,
  input: SubmissionInput & { file: SubmittedFile | null },
) {
  const { lesson, course, enrolmentId } = await loadLesson(ctx, lessonId)
  if (lesson.kind !== 'assignment') throw notFound()
  if (!enrolmentId) throw new AppError('INVALID_STATE', 'learning:errors.notEnrolled')
  assertReleased(ctx, lesson.releaseOn)
  const rubric = await findRubric(ctx, lesson)
  if (!rubric || rubric.criteria.length === 0) {
    throw new AppError('INVALID_STATE', 'learning:errors.noRubric')
  }
  const [latest] = await submissionsOf(ctx, enrolmentId, lesson.id)
  if (latest?.status === 'submitted') {
    throw new AppError('CONFLICT', 'learning:errors.awaitingGrade')
  }
  if (latest?.status === 'accepted') {
    throw new AppError('CONFLICT', 'learning:errors.alreadyAccepted')
  }
  const rendered = renderMarkdown(input.text)
  if (rendered.imagesWithoutAlt.length > 0) throw invalid({ text: 'learning:errors.imageAlt' })
  if (!rendered.html) throw invalid({ text: 'learning:errors.answerEmpty' })
  const checked = input.file ? checkFile(input.file.name, input.file.bytes) : null
  if (checked && !checked.ok) throw invalid({ file: `documents:errors.${checked.problem}` })
  const store = localFileStore(ctx.env.dataDir)
  const fileKey = input.file ? await store.put(course.tenantId, input.file.bytes) : null
  try {
    const [row] = await ctx.db
      .insert(assignmentSubmissions)
      .values({
        tenantId: course.tenantId,
        enrolmentId,
        lessonId: lesson.id,
        number: (latest?.number ?? 0) + 1,
        body: input.text,
        bodyHtml: rendered.html,
        fileName: input.file ? cleanFileName(input.file.name) : null,
        fileType: checked?.ok ? checked.contentType : null,
        fileSize: input.file ? input.file.bytes.length : null,
        fileKey,
        submittedAt: ctx.now(),
      })
      .onConflictDoNothing()
      .returning()
    // The same number was handed in a moment ago (a second click): that one is waiting.
    if (!row) throw new AppError('CONFLICT', 'learning:errors.awaitingGrade')
    await mailSubmitted(ctx, course, lesson, row, ctx.actor?.displayName ?? '')
    return { submission: row, lesson, course }
  } catch (err) {
    if (fileKey) await store.delete(fileKey)
    throw err
  }
}

/**
 * The course for grading: its own organisation's authors only. A learner's role is refused
 * (403); another organisation's course is "not found", even a public one they may read.
 */
async function loadGradableCourse(ctx: Ctx, courseId: string): Promise<Course> {
  const actor = requireAuthor(ctx)
  const { course, role } = await loadCourse(ctx, courseId)
  if (course.tenantId !== actor.tenantId || role !== 'author') throw notFound()
  return course
}

export const QUEUE_FILTERS = [...SUBMISSION_STATUSES, 'all'] as const
export type QueueFilter = (typeof QUEUE_FILTERS)[number]

export function isQueueFilter(value: unknown): value is QueueFilter {
  return typeof value === 'string' && (QUEUE_FILTERS as readonly string[]).includes(value)
}

export type QueueRow = {
  id: string
  lessonId: string
  lessonTitle: LocalizedText
  number: number
  status: SubmissionStatus
  submittedAt: Date
  gradedAt: Date | null
  score: number | null
  maxScore: number | null
  hasFile: boolean
  userId: string
  learnerName: string
  organisation: LocalizedText
}

/**
 * The course's submissions for its teachers: waiting ones by default, oldest first (the order to
 * grade them in); the others newest first. With the count per status for the filter links.
 */
export async function listSubmissionQueue(ctx: Ctx, courseId: string, filter: QueueFilter) {
  const course = await loadGradableCourse(ctx, courseId)
  const inCourse = and(
    eq(assignmentSubmissions.tenantId, course.tenantId),
    eq(lessons.courseId, course.id),
  )
  const [rows, totals] = await Promise.all([
    ctx.db
      .select({
        id: assignmentSubmissions.id,
        lessonId: assignmentSubmissions.lessonId,
        lessonTitle: lessons.title,
        number: assignmentSubmissions.number,
        status: assignmentSubmissions.status,
        submittedAt: assignmentSubmissions.submittedAt,
        gradedAt: assignmentSubmissions.gradedAt,
        score: assignmentSubmissions.score,
        maxScore: assignmentSubmissions.maxScore,
        fileKey: assignmentSubmissions.fileKey,
        userId: enrolments.userId,
        learnerOrgId: enrolments.learnerOrgId,
      })
      .from(assignmentSubmissions)
      .innerJoin(lessons, eq(lessons.id, assignmentSubmissions.lessonId))
      .innerJoin(enrolments, eq(enrolments.id, assignmentSubmissions.enrolmentId))
      .where(filter === 'all' ? inCourse : and(inCourse, eq(assignmentSubmissions.status, filter)))
      .orderBy(
        filter === 'submitted'
          ? asc(assignmentSubmissions.submittedAt)
          : desc(assignmentSubmissions.submittedAt),
      )
      .limit(500),
    ctx.db
      .select({ status: assignmentSubmissions.status, n: count() })
      .from(assignmentSubmissions)
      .innerJoin(lessons, eq(lessons.id, assignmentSubmissions.lessonId))
      .where(inCourse)
      .groupBy(assignmentSubmissions.status),
  ])
  const [names, orgs] = await Promise.all([
    userNames(ctx, [...new Set(rows.map((r) => r.userId))]),
    organisationNames(ctx, [...new Set(rows.map((r) => r.learnerOrgId))]),
  ])
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<
    SubmissionStatus,
    number
  >
  for (const t of totals) counts[t.status] = t.n
  const items: QueueRow[] = rows.map(({ fileKey, learnerOrgId, ...r }) => ({
    ...r,
    hasFile: fileKey !== null,
    learnerName: names.get(r.userId) ?? '—',
    organisation: orgs.get(learnerOrgId) ?? {},
  }))
  return { course, rows: items, counts }
}

/**
 * One submission, for the person who handed it in (to read) or for the teachers of the course's
 * organisation (to grade). Anyone else, a colleague or another school, gets "not found", as for
 * quiz attempts. With the person's other submissions of the same assignment, newest first.
 */
export async function getSubmission(ctx: Ctx, id: string) {
  const actor = requireLearner(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select({
      submission: assignmentSubmissions,
      userId: enrolments.userId,
      learnerOrgId: enrolments.learnerOrgId,
    })
    .from(assignmentSubmissions)
    .innerJoin(enrolments, eq(enrolments.id, assignmentSubmissions.enrolmentId))
    .where(eq(assignmentSubmissions.id, id))
  if (!row) throw notFound()
  const isOwn = row.userId === actor.userId
  const isTeacher =
    row.submission.tenantId === actor.tenantId && can(actor, 'learning.author') && !isOwn
  if (!isOwn && !isTeacher) throw notFound()
  const found = await loadLesson(ctx, row.submission.lessonId)
  const canGrade = isTeacher && found.role === 'author'
  if (!isOwn && !canGrade) throw notFound()
  const [rubric, history] = await Promise.all([
    findRubric(ctx, found.lesson),
    submissionsOf(ctx, row.submission.enrolmentId, row.submission.lessonId),
  ])
  const people = [row.userId, ...history.flatMap((s) => (s.gradedById ? [s.gradedById] : []))]
  const [names, orgs] = await Promise.all([
    userNames(ctx, [...new Set(people)]),
    organisationNames(ctx, [row.learnerOrgId]),
  ])
  return {
    ...found,
    submission: row.submission,
    rubric,
    history,
    userId: row.userId,
    learnerName: names.get(row.userId) ?? '—',
    organisation: orgs.get(row.learnerOrgId) ?? {},
    names,
    isOwn,
    canGrade,
  }
}

/**
 * Grades a waiting submission once: a level for every criterion, a comment (required when asking
 * for a revision) and the decision. Accepting needs the threshold reached; it marks the lesson
 * done and may complete the course, whose certificate then names the learner. Learners grade
 * nothing (403); nobody grades their own work (403); a second grade is refused (CONFLICT).
 */
export async function gradeSubmission(ctx: Ctx, id: string, input: GradeInput) {
  requireAuthor(ctx)
  const found = await getSubmission(ctx, id)
  if (found.isOwn) throw new AppError('FORBIDDEN', 'learning:errors.ownSubmission')
  const { submission, rubric, lesson, course } = found
  if (submission.status !== 'submitted') {
    throw new AppError('CONFLICT', 'learning:errors.alreadyGraded')
  }
  if (!rubric) throw new AppError('INVALID_STATE', 'learning:errors.noRubric')
  const grade = scoreRubric(rubric.criteria, input.levels)
  const fields: FieldErrors = {}
  for (const key of grade.missing) fields[`level.${key}`] = 'learning:errors.chooseLevel'
  if (input.decision === 'needs_revision' && input.comment === '') {
    fields.comment = 'learning:errors.commentForRevision'
  }
  if (
    input.decision === 'accepted' &&
    grade.missing.length === 0 &&
    !meetsThreshold(grade.score, grade.maxScore, rubric.passThreshold, rubric.passUnit)
  ) {
    fields.decision = 'learning:errors.belowThreshold'
  }
  if (Object.keys(fields).length > 0) throw invalid(fields)
  const accepted = input.decision === 'accepted'
  // Read before the transaction: the certificate names the learner, not the teacher.
  const learner = accepted ? await loadActor(ctx.db, found.userId, null, 'session') : null
  const actor = ctx.actor!
  const commentLang = input.commentLang ?? (isLocale(actor.locale) ? actor.locale : null)
  const result = await ctx.db.transaction(async (tx) => {
    const [saved] = await tx
      .update(assignmentSubmissions)
      .set({
        status: input.decision,
        grades: grade.grades,
        score: grade.score,
        maxScore: grade.maxScore,
        comment: input.comment,
        commentLang: input.comment ? commentLang : null,
        gradedAt: ctx.now(),
        gradedById: actor.userId,
      })
      .where(
        and(
          eq(assignmentSubmissions.id, submission.id),
          eq(assignmentSubmissions.status, 'submitted'),
        ),
      )
      .returning()
    if (!saved) throw new AppError('CONFLICT', 'learning:errors.alreadyGraded')
    let completed = false
    if (accepted) {
      await tx
        .insert(lessonCompletions)
        .values({
          tenantId: lesson.tenantId,
          enrolmentId: saved.enrolmentId,
          lessonId: lesson.id,
          completedAt: ctx.now(),
        })
        .onConflictDoNothing()
      const [enrolment] = await tx
        .select()
        .from(enrolments)
        .where(eq(enrolments.id, saved.enrolmentId))
      if (enrolment && learner) {
        completed = await completeIfDone(ctx, tx, enrolment, course, learner)
      }
    }
    await recordAudit(
      ctx,
      {
        tenantId: course.tenantId,
        action: 'learning.submission.graded',
        entityType: 'assignment_submission',
        entityId: saved.id,
        changes: { status: { from: 'submitted', to: saved.status } },
      },
      tx,
    )
    return { submission: saved, completed, lesson, course }
  })
  await mailGraded(ctx, course, lesson, result.submission, found.userId)
  return result
}

/** The file of a submission, for the same people as the submission itself. */
export async function getSubmissionFile(ctx: Ctx, id: string) {
  const { submission } = await getSubmission(ctx, id)
  if (!submission.fileKey) throw notFound()
  const bytes = await localFileStore(ctx.env.dataDir).get(submission.fileKey)
  if (!bytes) throw notFound()
  return {
    bytes,
    fileName: submission.fileName ?? 'file',
    contentType: submission.fileType ?? 'application/octet-stream',
  }
}

/** The actor's own submissions of an assignment, newest first (none before enrolling). */
export async function mySubmissions(ctx: Ctx, lessonId: string) {
  const found = await loadLesson(ctx, lessonId)
  if (found.lesson.kind !== 'assignment') throw notFound()
  if (!found.enrolmentId) return { ...found, submissions: [] as Submission[] }
  return { ...found, submissions: await submissionsOf(ctx, found.enrolmentId, found.lesson.id) }
}
