import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { attachmentHeader, MAX_FILE_BYTES } from '../documents/index.ts'
import {
  formToGradeInput,
  formToRubricInput,
  formToSubmissionInput,
  ZGrade,
  ZRubric,
  ZSubmission,
} from './inputs.ts'
import { lessonValues, renderLessonForm, renderLessonPage } from './routes.tsx'
import {
  getSubmission,
  getSubmissionFile,
  gradeSubmission,
  isQueueFilter,
  listSubmissionQueue,
  type SubmittedFile,
  saveRubric,
  submitAssignment,
} from './service/assignments.ts'
import { requireAuthor } from './service/courses.ts'
import { getLessonForEditing, loadLesson } from './service/outline.ts'
import { SubmissionQueuePage } from './views/assignment-queue.tsx'
import type { RubricFormValues } from './views/assignment-rubric-form.tsx'
import {
  EMPTY_GRADE,
  type GradeFormValues,
  SubmissionPage,
} from './views/assignment-submission.tsx'

type C = Context<AppEnv>

const NOTICES = new Set(['learning:notices.graded', 'learning:notices.gradedCompleted'])
const noticeOf = (c: C) => {
  const key = c.req.query('notice')
  return key && NOTICES.has(key) ? key : undefined
}

/** The file of a multipart form, or null when none was chosen (an empty file input). */
async function fileOf(value: unknown): Promise<SubmittedFile | null> {
  const file = Array.isArray(value) ? value[0] : value
  if (!(file instanceof File) || (file.name === '' && file.size === 0)) return null
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}

async function renderSubmission(
  c: C,
  id: string,
  values: GradeFormValues = EMPTY_GRADE,
  errors?: FieldErrors,
) {
  const found = await getSubmission(c.var.ctx, id)
  return c.render(
    <SubmissionPage
      course={found.course}
      lesson={found.lesson}
      submission={found.submission}
      rubric={found.rubric}
      history={found.history}
      learnerName={found.learnerName}
      organisation={found.organisation}
      names={found.names}
      isOwn={found.isOwn}
      canGrade={found.canGrade}
      values={values}
      errors={errors}
      notice={noticeOf(c)}
    />,
    {
      title: c.var.t('learning:grading.heading', {
        n: found.submission.number,
        name: found.learnerName,
      }),
    },
  )
}

/** Assignments: the rubric editor, handing in work, the teachers' queue and grading. */
export const assignmentRoutes = new Hono<AppEnv>()
  .post('/app/learning/lessons/:id/rubric', async (c) => {
    const { course, lesson, questions } = await getLessonForEditing(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToRubricInput,
      schema: ZRubric,
      run: (input) => saveRubric(c.var.ctx, lesson.id, input),
      render: (raw, errors) =>
        renderLessonForm(c, course, lesson.id, lessonValues(lesson), undefined, questions, {
          values: raw as RubricFormValues,
          errors,
        }),
      done: () => `/app/learning/lessons/${lesson.id}/edit?notice=learning:notices.rubricSaved`,
    })
  })
  .post('/app/learning/lessons/:id/submissions', async (c) => {
    const { lesson } = await loadLesson(c.var.ctx, c.req.param('id'))
    // A body far above the limit is refused before it is read (the multipart parser buffers it).
    if (Number(c.req.header('content-length') ?? 0) > MAX_FILE_BYTES + 64 * 1024) {
      c.status(422)
      return renderLessonPage(c, lesson.id, {
        values: { text: '' },
        errors: { file: 'documents:errors.tooLarge' },
      })
    }
    const form = await readForm(c)
    const raw = formToSubmissionInput(form)
    const parsed = validate(ZSubmission, raw)
    const file = await fileOf(form.file)
    const result = parsed.ok
      ? await tryForm(() => submitAssignment(c.var.ctx, lesson.id, { ...parsed.data, file }))
      : { ok: false as const, errors: parsed.errors, status: 422 as const }
    if (!result.ok) {
      c.status(result.status)
      return renderLessonPage(c, lesson.id, { values: raw, errors: result.errors })
    }
    return c.redirect(`/app/learning/lessons/${lesson.id}?notice=learning:notices.submitted`, 303)
  })
  .get('/app/learning/courses/:id/submissions', async (c) => {
    const status = c.req.query('status')
    const filter = isQueueFilter(status) ? status : 'submitted'
    const queue = await listSubmissionQueue(c.var.ctx, c.req.param('id'), filter)
    return c.render(
      <SubmissionQueuePage
        course={queue.course}
        rows={queue.rows}
        counts={queue.counts}
        filter={filter}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('learning:queue.title') },
    )
  })
  .get('/app/learning/submissions/:id', (c) => renderSubmission(c, c.req.param('id')))
  .post('/app/learning/submissions/:id/grade', async (c) => {
    requireAuthor(c.var.ctx)
    const id = c.req.param('id')
    return formStep(c, {
      read: (form) => ({ ...formToGradeInput(form), commentLang: c.var.locale }),
      schema: ZGrade,
      run: (input) => gradeSubmission(c.var.ctx, id, input),
      render: (raw, errors) => renderSubmission(c, id, raw as GradeFormValues, errors),
      done: (graded) =>
        `/app/learning/courses/${graded.course.id}/submissions?notice=learning:notices.${graded.completed ? 'gradedCompleted' : 'graded'}`,
    })
  })
  .get('/app/learning/submissions/:id/file', async (c) => {
    const file = await getSubmissionFile(c.var.ctx, c.req.param('id'))
    c.header('Content-Type', file.contentType)
    c.header('Content-Disposition', attachmentHeader(file.fileName))
    c.header('Content-Length', String(file.bytes.length))
    c.header('Cache-Control', 'private, no-store')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Content-Security-Policy', "default-src 'none'; sandbox")
    return c.body(new Uint8Array(file.bytes))
  })
