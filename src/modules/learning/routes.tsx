import type { Context } from 'hono'
import { Hono } from 'hono'
import type { z } from 'zod'
import { formStep, queryKey, readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { ownCompetenceChoices, ownCompetenceNames } from '../competence-frameworks/index.ts'
import { organisationNames } from '../organisations/index.ts'
import { progressPercent } from './grading.ts'
import {
  formToAnswers,
  formToCourseInput,
  formToLessonInput,
  formToModuleInput,
  formToQuestionInput,
  ZCourse,
  ZEnrolPeople,
  ZLesson,
  ZModule,
  ZQuestion,
} from './inputs.ts'
import { packageOf } from './routes-scorm.tsx'
import { takeImportReport } from './routes-transfer.tsx'
import { assignmentForLesson, rubricForEditing } from './service/assignments.ts'
import {
  type Course,
  courseProjectChoices,
  createCourse,
  listCatalogue,
  listOwnCourses,
  loadCourse,
  loadOwnCourse,
  missingPrerequisites,
  prerequisiteChoices,
  requireAuthor,
  updateCourse,
} from './service/courses.ts'
import {
  doneLessonIds,
  enrolmentById,
  enrolmentCandidates,
  enrolPeople,
  enrolSelf,
  listMyCourses,
  markLessonDone,
  myCredential,
  myEnrolment,
  setContentLocale,
} from './service/enrolment.ts'
import {
  addLesson,
  addModule,
  addQuestion,
  deleteQuestion,
  getLessonForEditing,
  getModule,
  getOutline,
  getQuestion,
  lessonsInOrder,
  listQuestions,
  loadLesson,
  type Question,
  updateLesson,
  updateModule,
  updateQuestion,
} from './service/outline.ts'
import {
  getAttempt,
  myAttempts,
  passMarkOf,
  startAttempt,
  submitFoundAttempt,
} from './service/quiz.ts'
import { courseReport } from './service/reports.ts'
import { scormForLesson } from './service/scorm.ts'
import { findPackage } from './service/scorm-import.ts'
import type { SubmissionFormState } from './views/assignment-panel.tsx'
import { type RubricFormValues, rubricFormValues } from './views/assignment-rubric-form.tsx'
import { AttemptPage } from './views/attempt-page.tsx'
import { LearningHomePage, ManageCoursesPage } from './views/catalogue.tsx'
import { CourseFormPage, type CourseFormValues, EMPTY_COURSE } from './views/course-form.tsx'
import { CoursePage } from './views/course-page.tsx'
import { LessonPage } from './views/lesson-page.tsx'
import {
  EMPTY_LESSON,
  EMPTY_QUESTION,
  LessonFormPage,
  type LessonFormValues,
  ModuleFormPage,
  QuestionFormPage,
  type QuestionFormValues,
} from './views/outline-forms.tsx'
import { CourseReportPage, EnrolPeoplePage } from './views/report-pages.tsx'

type C = Context<AppEnv>

/** Messages a page may be asked to show by `?notice=` or `?error=`; anything else is ignored. */
const NOTICES = new Set([
  'learning:notices.courseSaved',
  'learning:notices.coursePublished',
  'learning:notices.enrolled',
  'learning:notices.peopleEnrolled',
  'learning:notices.lessonSaved',
  'learning:notices.moduleSaved',
  'learning:notices.questionSaved',
  'learning:notices.questionDeleted',
  'learning:notices.lessonDone',
  'learning:notices.courseCompleted',
  'learning:notices.rubricSaved',
  'learning:notices.submitted',
  'course-transfer:notices.imported',
])
const ERRORS = new Set([
  'learning:errors.noAttemptsLeft',
  'learning:errors.noQuestions',
  'learning:errors.notEnrolled',
  'learning:errors.notReleased',
  'learning:errors.alreadySubmitted',
  'learning:errors.notPublished',
  'learning:errors.prerequisites',
])
const noticeOf = (c: C) => queryKey(c, 'notice', NOTICES)
const errorOf = (c: C) => queryKey(c, 'error', ERRORS)

/**
 * Runs a step whose refusals (no attempts left, not yet open, submitted twice) send the person
 * back to `back` with the reason shown there, instead of an error page.
 */
async function step<T>(c: C, back: string, run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run()
  } catch (err) {
    if (
      err instanceof AppError &&
      (err.code === 'INVALID_STATE' || err.code === 'CONFLICT') &&
      ERRORS.has(err.messageKey)
    ) {
      return c.redirect(`${back}?error=${err.messageKey}`, 303)
    }
    throw err
  }
}

/** The language a person reads a course in: `?lang=`, then the one they chose before, then the UI's. */
async function readingLanguage(c: C, enrolmentId: string | null, saved: string | null) {
  const asked = c.req.query('lang')
  if (isLocale(asked)) {
    if (enrolmentId && asked !== saved) await setContentLocale(c.var.ctx, enrolmentId, asked)
    return asked
  }
  return saved ?? c.var.locale
}

function courseValues(course: Course): CourseFormValues {
  return {
    title: course.title,
    summary: course.summary,
    visibility: course.visibility,
    projectId: course.projectId ?? '',
    competences: course.competences,
    prerequisiteIds: course.prerequisiteIds,
    passMark: String(course.passMark),
  }
}

function rawCourse(raw: unknown): CourseFormValues {
  const r = raw as ReturnType<typeof formToCourseInput>
  return { ...r, projectId: r.projectId ?? '' }
}

async function renderCourseForm(
  c: C,
  course: Course | null,
  values: CourseFormValues,
  errors?: FieldErrors,
) {
  const [projects, ownCompetences, prerequisites] = await Promise.all([
    courseProjectChoices(c.var.ctx),
    ownCompetenceChoices(c.var.ctx),
    prerequisiteChoices(c.var.ctx, course?.id ?? null),
  ])
  return c.render(
    <CourseFormPage
      action={course ? `/app/learning/courses/${course.id}/edit` : '/app/learning/courses/new'}
      values={values}
      projects={projects}
      ownCompetences={ownCompetences}
      prerequisites={prerequisites}
      isNew={!course}
      isPublished={course?.status === 'published'}
      errors={errors}
      cancel={course ? `/app/learning/courses/${course.id}` : '/app/learning/manage'}
    />,
    { title: c.var.t(course ? 'learning:form.editTitle' : 'learning:form.newTitle') },
  )
}

export function lessonValues(
  l: Awaited<ReturnType<typeof getLessonForEditing>>['lesson'],
): LessonFormValues {
  const n = (v: number | null) => (v === null ? '' : String(v))
  return {
    moduleId: l.moduleId,
    kind: l.kind,
    title: l.title,
    body: l.body,
    videoUrl: l.videoUrl ?? '',
    transcript: l.transcript,
    minutes: String(l.minutes),
    releaseOn: l.releaseOn ?? '',
    passMark: n(l.passMark),
    maxAttempts: n(l.maxAttempts),
    drawCount: n(l.drawCount),
  }
}

/** The lesson editor; an assignment's also holds its rubric (`rubricForm` after a refused save). */
export async function renderLessonForm(
  c: C,
  course: Course,
  lessonId: string | null,
  values: LessonFormValues,
  errors?: FieldErrors,
  questions?: Question[],
  rubricForm?: { values: RubricFormValues; errors: FieldErrors },
) {
  const [outline, rubric, scormPackage] = await Promise.all([
    getOutline(c.var.ctx, course),
    lessonId && values.kind === 'assignment' && !rubricForm
      ? rubricForEditing(c.var.ctx, lessonId)
      : Promise.resolve(null),
    lessonId && values.kind === 'scorm'
      ? findPackage(c.var.ctx.db, { id: lessonId, tenantId: course.tenantId })
      : null,
  ])
  return c.render(
    <LessonFormPage
      action={
        lessonId
          ? `/app/learning/lessons/${lessonId}/edit`
          : `/app/learning/courses/${course.id}/lessons/new`
      }
      values={values}
      modules={outline.modules}
      isNew={!lessonId}
      lessonId={lessonId ?? undefined}
      questions={questions}
      errors={errors}
      cancel={`/app/learning/courses/${course.id}`}
      rubric={rubricForm?.values ?? rubricFormValues(rubric)}
      rubricErrors={rubricForm?.errors}
      scormPackage={scormPackage}
      notice={noticeOf(c)}
    />,
    { title: c.var.t(lessonId ? 'learning:lessonForm.editTitle' : 'learning:lessonForm.newTitle') },
  )
}

function questionValues(q: Question): QuestionFormValues {
  return {
    type: q.type,
    prompt: q.prompt,
    options:
      q.type === 'true_false'
        ? []
        : q.options.map((o) => ({
            text: o.text,
            match: o.match ?? {},
            feedback: o.feedback ?? {},
            correct: o.correct === true,
          })),
    truth: q.type === 'true_false' ? (q.options.find((o) => o.correct)?.key ?? '') : '',
    accepted: q.accepted.join('\n'),
    feedbackCorrect: q.feedbackCorrect,
    feedbackWrong: q.feedbackWrong,
    points: String(q.points),
  }
}

function renderQuestionForm(
  c: C,
  page: { action: string; cancel: string; deleteAction?: string },
  values: QuestionFormValues,
  errors?: FieldErrors,
) {
  return c.render(
    <QuestionFormPage
      action={page.action}
      cancel={page.cancel}
      deleteAction={page.deleteAction}
      values={values}
      isNew={!page.deleteAction}
      errors={errors}
    />,
    {
      title: c.var.t(
        page.deleteAction ? 'learning:questionForm.editTitle' : 'learning:questionForm.newTitle',
      ),
    },
  )
}

async function renderAttempt(c: C, id: string, error?: string) {
  const found = await getAttempt(c.var.ctx, id)
  const enrolment = await myEnrolment(c.var.ctx, found.course.id)
  const readLang = await readingLanguage(c, enrolment?.id ?? null, enrolment?.contentLocale ?? null)
  const attempts = enrolment ? await myAttempts(c.var.ctx, enrolment.id, found.lesson.id) : []
  const used = attempts.filter((a) => a.submittedAt).length
  const canRetry = found.lesson.maxAttempts === null || used < found.lesson.maxAttempts
  return c.render(
    <AttemptPage
      course={found.course}
      lesson={found.lesson}
      attempt={found.attempt}
      questions={found.questions}
      readLang={readLang}
      canRetry={canRetry}
      passMark={passMarkOf(found.lesson, found.course.passMark)}
      error={error}
    />,
    { title: c.var.t('learning:quiz.attemptN', { n: found.attempt.number }) },
  )
}

/** Every page of the learning module under /app/learning. */
export const courseRoutes = new Hono<AppEnv>()
  .get('/app/learning', async (c) => {
    const page = Number.parseInt(c.req.query('page') ?? '1', 10) || 1
    const [mine, catalogue] = await Promise.all([
      listMyCourses(c.var.ctx),
      listCatalogue(c.var.ctx, { page }),
    ])
    const names = await organisationNames(c.var.ctx, [
      ...new Set(catalogue.items.map((i) => i.tenantId)),
    ])
    const orgNames = new Map([...names].map(([id, n]) => [id, pickText(n, c.var.locale).value]))
    return c.render(
      <LearningHomePage
        mine={mine}
        catalogue={catalogue}
        orgNames={orgNames}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('learning:home.title') },
    )
  })
  .get('/app/learning/manage', async (c) => {
    const rows = await listOwnCourses(c.var.ctx)
    return c.render(<ManageCoursesPage rows={rows} />, { title: c.var.t('learning:manage.title') })
  })
  .get('/app/learning/courses/new', async (c) => {
    requireAuthor(c.var.ctx)
    return renderCourseForm(c, null, EMPTY_COURSE)
  })
  .post('/app/learning/courses/new', async (c) => {
    requireAuthor(c.var.ctx)
    return formStep(c, {
      read: formToCourseInput,
      schema: ZCourse,
      run: (input) => createCourse(c.var.ctx, input),
      render: (raw, errors) => renderCourseForm(c, null, rawCourse(raw), errors),
      done: (course) =>
        `/app/learning/courses/${course.id}?notice=learning:notices.${course.status === 'published' ? 'coursePublished' : 'courseSaved'}`,
    })
  })
  .get('/app/learning/courses/:id', async (c) => {
    const { course, role, enrolmentId } = await loadCourse(c.var.ctx, c.req.param('id'))
    const enrolment = enrolmentId ? await enrolmentById(c.var.ctx.db, enrolmentId) : null
    const readLang = await readingLanguage(c, enrolmentId, enrolment?.contentLocale ?? null)
    const [outline, done, credential, owner] = await Promise.all([
      getOutline(c.var.ctx, course),
      enrolmentId ? doneLessonIds(c.var.ctx.db, enrolmentId) : Promise.resolve(new Set<string>()),
      enrolment?.status === 'completed'
        ? myCredential(c.var.ctx, course.id)
        : Promise.resolve(null),
      organisationNames(c.var.ctx, [course.tenantId]),
    ])
    const lessonIds = lessonsInOrder(outline).map((l) => l.id)
    const percent =
      lessonIds.length === 0
        ? 0
        : Math.floor((lessonIds.filter((id) => done.has(id)).length * 100) / lessonIds.length)
    const [ownCompetences, missing] = await Promise.all([
      ownCompetenceNames(c.var.ctx, course.competences),
      enrolment ? [] : missingPrerequisites(c.var.ctx, course, c.var.ctx.actor!.userId),
    ])
    return c.render(
      <CoursePage
        course={course}
        role={role}
        outline={outline}
        enrolment={enrolment}
        done={done}
        percent={percent}
        credentialCode={credential?.code ?? null}
        ownCompetences={ownCompetences}
        missing={missing}
        ownerName={pickText(owner.get(course.tenantId), c.var.locale).value}
        readLang={readLang}
        notice={noticeOf(c)}
        error={errorOf(c)}
        importReport={role === 'author' ? takeImportReport(c, course.id) : undefined}
      />,
      { title: pickText(course.title, readLang).value || c.var.t('learning:course.heading') },
    )
  })
  .get('/app/learning/courses/:id/edit', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    return renderCourseForm(c, course, courseValues(course))
  })
  .post('/app/learning/courses/:id/edit', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToCourseInput,
      schema: ZCourse,
      run: (input) => updateCourse(c.var.ctx, course.id, input),
      render: (raw, errors) => renderCourseForm(c, course, rawCourse(raw), errors),
      done: (saved) =>
        `/app/learning/courses/${saved.id}?notice=learning:notices.${saved.status === 'published' ? 'coursePublished' : 'courseSaved'}`,
    })
  })
  .post('/app/learning/courses/:id/enrol', async (c) => {
    const back = `/app/learning/courses/${c.req.param('id')}`
    const result = await step(c, back, () => enrolSelf(c.var.ctx, c.req.param('id')))
    if (result instanceof Response) return result
    return c.redirect(`${back}?notice=learning:notices.enrolled`, 303)
  })
  .get('/app/learning/courses/:id/enrol', async (c) => {
    const { course } = await loadCourse(c.var.ctx, c.req.param('id'))
    return renderEnrolPage(c, course)
  })
  .post('/app/learning/courses/:id/enrol-people', async (c) => {
    const { course } = await loadCourse(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: (form) => ({ userIds: [form.userIds ?? []].flat() }),
      schema: ZEnrolPeople,
      run: (input) => enrolPeople(c.var.ctx, course.id, input.userIds),
      render: (_raw, errors) => renderEnrolPage(c, course, errors),
      done: () => `/app/learning/courses/${course.id}?notice=learning:notices.peopleEnrolled`,
    })
  })
  .get('/app/learning/courses/:id/report', async (c) => {
    const { course } = await loadCourse(c.var.ctx, c.req.param('id'))
    const report = await courseReport(c.var.ctx, course.id)
    return c.render(<CourseReportPage course={course} report={report} />, {
      title: c.var.t('learning:report.title'),
    })
  })
  .get('/app/learning/courses/:id/modules/new', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    return renderModuleForm(
      c,
      `/app/learning/courses/${course.id}/modules/new`,
      course.id,
      {},
      true,
    )
  })
  .post('/app/learning/courses/:id/modules/new', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToModuleInput,
      schema: ZModule,
      run: (input) => addModule(c.var.ctx, course.id, input),
      render: (raw, errors) =>
        renderModuleForm(
          c,
          `/app/learning/courses/${course.id}/modules/new`,
          course.id,
          (raw as { title: Record<string, string> }).title,
          true,
          errors,
        ),
      done: () => `/app/learning/courses/${course.id}?notice=learning:notices.moduleSaved`,
    })
  })
  .get('/app/learning/modules/:id/edit', async (c) => {
    const { course, module } = await getModule(c.var.ctx, c.req.param('id'))
    return renderModuleForm(
      c,
      `/app/learning/modules/${module.id}/edit`,
      course.id,
      module.title,
      false,
    )
  })
  .post('/app/learning/modules/:id/edit', async (c) => {
    const { course, module } = await getModule(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToModuleInput,
      schema: ZModule,
      run: (input) => updateModule(c.var.ctx, module.id, input),
      render: (raw, errors) =>
        renderModuleForm(
          c,
          `/app/learning/modules/${module.id}/edit`,
          course.id,
          (raw as { title: Record<string, string> }).title,
          false,
          errors,
        ),
      done: () => `/app/learning/courses/${course.id}?notice=learning:notices.moduleSaved`,
    })
  })
  .get('/app/learning/courses/:id/lessons/new', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    return renderLessonForm(c, course, null, {
      ...EMPTY_LESSON,
      moduleId: c.req.query('module') ?? '',
    })
  })
  .post('/app/learning/courses/:id/lessons/new', async (c) => {
    const course = await loadOwnCourse(c.var.ctx, c.req.param('id'))
    const upload = await packageOf(c)
    return formStep(c, {
      read: formToLessonInput,
      schema: ZLesson,
      run: (input) => addLesson(c.var.ctx, course.id, input, upload),
      render: (raw, errors) => renderLessonForm(c, course, null, raw as LessonFormValues, errors),
      done: (lesson) =>
        lesson.kind !== 'text'
          ? `/app/learning/lessons/${lesson.id}/edit?notice=learning:notices.lessonSaved`
          : `/app/learning/courses/${course.id}?notice=learning:notices.lessonSaved`,
    })
  })
  .get('/app/learning/lessons/:id/edit', async (c) => {
    const { course, lesson, questions } = await getLessonForEditing(c.var.ctx, c.req.param('id'))
    return renderLessonForm(c, course, lesson.id, lessonValues(lesson), undefined, questions)
  })
  .post('/app/learning/lessons/:id/edit', async (c) => {
    const { course, lesson, questions } = await getLessonForEditing(c.var.ctx, c.req.param('id'))
    const upload = await packageOf(c)
    return formStep(c, {
      read: formToLessonInput,
      schema: ZLesson,
      run: (input) => updateLesson(c.var.ctx, lesson.id, input, upload),
      render: (raw, errors) =>
        renderLessonForm(c, course, lesson.id, raw as LessonFormValues, errors, questions),
      done: (saved) => `/app/learning/lessons/${saved.id}/edit?notice=learning:notices.lessonSaved`,
    })
  })
  .get('/app/learning/lessons/:id/questions/new', async (c) => {
    const { lesson } = await getLessonForEditing(c.var.ctx, c.req.param('id'))
    const page = {
      action: `/app/learning/lessons/${lesson.id}/questions/new`,
      cancel: `/app/learning/lessons/${lesson.id}/edit`,
    }
    return renderQuestionForm(c, page, EMPTY_QUESTION)
  })
  .post('/app/learning/lessons/:id/questions/new', async (c) => {
    const { lesson } = await getLessonForEditing(c.var.ctx, c.req.param('id'))
    const page = {
      action: `/app/learning/lessons/${lesson.id}/questions/new`,
      cancel: `/app/learning/lessons/${lesson.id}/edit`,
    }
    return formStep(c, {
      read: formToQuestionInput,
      schema: ZQuestion,
      run: (input) => addQuestion(c.var.ctx, lesson.id, input),
      render: (raw, errors) => renderQuestionForm(c, page, raw as QuestionFormValues, errors),
      done: () => `/app/learning/lessons/${lesson.id}/edit?notice=learning:notices.questionSaved`,
    })
  })
  .get('/app/learning/questions/:id/edit', async (c) => {
    const { question, lesson } = await getQuestion(c.var.ctx, c.req.param('id'))
    return renderQuestionForm(c, questionPage(question.id, lesson.id), questionValues(question))
  })
  .post('/app/learning/questions/:id/edit', async (c) => {
    const { question, lesson } = await getQuestion(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToQuestionInput,
      schema: ZQuestion,
      run: (input) => updateQuestion(c.var.ctx, question.id, input),
      render: (raw, errors) =>
        renderQuestionForm(
          c,
          questionPage(question.id, lesson.id),
          raw as QuestionFormValues,
          errors,
        ),
      done: () => `/app/learning/lessons/${lesson.id}/edit?notice=learning:notices.questionSaved`,
    })
  })
  .post('/app/learning/questions/:id/delete', async (c) => {
    const question = await deleteQuestion(c.var.ctx, c.req.param('id'))
    return c.redirect(
      `/app/learning/lessons/${question.lessonId}/edit?notice=learning:notices.questionDeleted`,
      303,
    )
  })
  .get('/app/learning/lessons/:id', (c) => renderLessonPage(c, c.req.param('id')))
  .post('/app/learning/lessons/:id/done', async (c) => {
    const back = `/app/learning/lessons/${c.req.param('id')}`
    const result = await step(c, back, () => markLessonDone(c.var.ctx, c.req.param('id')))
    if (result instanceof Response) return result
    if (result.completed) {
      return c.redirect(
        `/app/learning/courses/${result.course.id}?notice=learning:notices.courseCompleted`,
        303,
      )
    }
    const outline = await getOutline(c.var.ctx, result.course)
    const order = lessonsInOrder(outline)
    const next = order[order.findIndex((l) => l.id === result.lesson.id) + 1]
    return c.redirect(
      next
        ? `/app/learning/lessons/${next.id}?notice=learning:notices.lessonDone`
        : `/app/learning/courses/${result.course.id}?notice=learning:notices.lessonDone`,
      303,
    )
  })
  .post('/app/learning/lessons/:id/attempts', async (c) => {
    const back = `/app/learning/lessons/${c.req.param('id')}`
    const attempt = await step(c, back, () => startAttempt(c.var.ctx, c.req.param('id')))
    if (attempt instanceof Response) return attempt
    return c.redirect(`/app/learning/attempts/${attempt.id}`, 303)
  })
  .get('/app/learning/attempts/:id', async (c) => renderAttempt(c, c.req.param('id'), errorOf(c)))
  .post('/app/learning/attempts/:id', async (c) => {
    const found = await getAttempt(c.var.ctx, c.req.param('id'))
    const self = `/app/learning/attempts/${found.attempt.id}`
    const form = await readForm(c)
    const answers = formToAnswers(form, found.questions)
    const result = await step(c, self, () => submitFoundAttempt(c.var.ctx, found, answers))
    if (result instanceof Response) return result
    return c.redirect(self, 303)
  })

/**
 * `/app/learning/lessons/:id`: the lesson in the reader's course language. `submissionForm` is
 * what the reader typed into an assignment's submission that was refused (422).
 */
export async function renderLessonPage(c: C, id: string, submissionForm?: SubmissionFormState) {
  const found = await loadLesson(c.var.ctx, id)
  const { course, lesson, role, enrolmentId } = found
  const enrolment = enrolmentId ? await enrolmentById(c.var.ctx.db, enrolmentId) : null
  const readLang = await readingLanguage(c, enrolmentId, enrolment?.contentLocale ?? null)
  const [outline, done, attempts, questions, assignment, scorm] = await Promise.all([
    getOutline(c.var.ctx, course),
    enrolmentId ? doneLessonIds(c.var.ctx.db, enrolmentId) : Promise.resolve(new Set<string>()),
    enrolmentId && lesson.kind === 'quiz'
      ? myAttempts(c.var.ctx, enrolmentId, lesson.id)
      : Promise.resolve([]),
    lesson.kind === 'quiz' ? listQuestions(c.var.ctx, lesson) : Promise.resolve([]),
    lesson.kind === 'assignment'
      ? assignmentForLesson(c.var.ctx, found)
      : Promise.resolve(undefined),
    lesson.kind === 'scorm' ? scormForLesson(c.var.ctx, found) : undefined,
  ])
  const order = lessonsInOrder(outline)
  const at = order.findIndex((l) => l.id === lesson.id)
  const today = c.var.ctx.now().toISOString().slice(0, 10)
  return c.render(
    <LessonPage
      course={course}
      lesson={lesson}
      role={role}
      enrolled={enrolmentId !== null}
      done={done.has(lesson.id)}
      released={role === 'author' || !lesson.releaseOn || lesson.releaseOn <= today}
      readLang={readLang}
      previous={order[at - 1]}
      next={order[at + 1]}
      attempts={attempts}
      questionCount={questions.length}
      passMark={passMarkOf(lesson, course.passMark)}
      notice={noticeOf(c)}
      error={errorOf(c)}
      errorParams={{ date: lesson.releaseOn, count: lesson.maxAttempts }}
      assignment={assignment}
      submissionForm={submissionForm}
      scorm={scorm}
    />,
    { title: pickText(lesson.title, readLang).value },
  )
}

function questionPage(questionId: string, lessonId: string) {
  return {
    action: `/app/learning/questions/${questionId}/edit`,
    cancel: `/app/learning/lessons/${lessonId}/edit`,
    deleteAction: `/app/learning/questions/${questionId}/delete`,
  }
}

function renderModuleForm(
  c: C,
  action: string,
  courseId: string,
  title: Record<string, string | undefined>,
  isNew: boolean,
  errors?: FieldErrors,
) {
  return c.render(
    <ModuleFormPage
      action={action}
      title={title}
      isNew={isNew}
      errors={errors}
      cancel={`/app/learning/courses/${courseId}`}
    />,
    { title: c.var.t(isNew ? 'learning:module.newTitle' : 'learning:module.editTitle') },
  )
}

async function renderEnrolPage(c: C, course: Course, errors?: FieldErrors) {
  const people = await enrolmentCandidates(c.var.ctx, course.id)
  return c.render(<EnrolPeoplePage course={course} people={people} errors={errors} />, {
    title: c.var.t('learning:enrol.title'),
  })
}
