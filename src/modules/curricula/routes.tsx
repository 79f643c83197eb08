import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'

import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { organisationNames } from '../organisations/index.ts'
import { formToAddCourse, formToCurriculumInput, ZAddCourse, ZCurriculum, ZMove } from './inputs.ts'
import { requireAuthor, sharingProjectChoices } from './service/access.ts'
import {
  addableCourses,
  addCourse,
  type Curriculum,
  createCurriculum,
  followerCounts,
  listCurricula,
  loadCurriculum,
  loadOwnCurriculum,
  moveCourse,
  pathOf,
  removeCourse,
  setRequired,
  updateCurriculum,
} from './service/curricula.ts'
import { followCurriculum, followerView } from './service/following.ts'
import { CurriculaPage } from './views/curricula-list.tsx'
import {
  CurriculumFormPage,
  type CurriculumFormValues,
  EMPTY_CURRICULUM,
} from './views/curriculum-form.tsx'
import { CurriculumPage } from './views/curriculum-page.tsx'

type C = Context<AppEnv>

const NOTICES = new Set([
  'curricula:notices.created',
  'curricula:notices.saved',
  'curricula:notices.published',
  'curricula:notices.followed',
  'curricula:notices.completed',
  'curricula:notices.pathChanged',
])
const ERRORS = new Set(['curricula:errors.notPublished'])

const BASE = '/app/learning/curricula'

async function namesOf(c: C, tenantIds: string[]) {
  const names = await organisationNames(c.var.ctx, [...new Set(tenantIds)])
  return new Map([...names].map(([id, n]) => [id, pickText(n, c.var.locale).value]))
}

function valuesOf(curriculum: Curriculum): CurriculumFormValues {
  return {
    title: curriculum.title,
    summary: curriculum.summary,
    visibility: curriculum.visibility,
    projectId: curriculum.projectId ?? '',
    optionalToComplete: String(curriculum.optionalToComplete),
  }
}

function rawValues(raw: unknown): CurriculumFormValues {
  const r = raw as ReturnType<typeof formToCurriculumInput>
  return { ...r, projectId: r.projectId ?? '' }
}

async function renderForm(
  c: C,
  curriculum: Curriculum | null,
  values: CurriculumFormValues,
  errors?: FieldErrors,
  add?: { errors: FieldErrors; values: { courseId: string; required: boolean } },
) {
  const projects = await sharingProjectChoices(c.var.ctx)
  const path = curriculum ? await pathOf(c.var.ctx, curriculum) : []
  const editor = curriculum
    ? {
        curriculumId: curriculum.id,
        path,
        addable: await addableCourses(c.var.ctx, path),
        optionalToComplete: curriculum.optionalToComplete,
        addErrors: add?.errors,
        addValues: add?.values,
      }
    : undefined
  return c.render(
    <CurriculumFormPage
      action={curriculum ? `${BASE}/${curriculum.id}/edit` : `${BASE}/new`}
      values={values}
      projects={projects}
      isNew={!curriculum}
      isPublished={curriculum?.status === 'published'}
      errors={errors}
      cancel={curriculum ? `${BASE}/${curriculum.id}` : BASE}
      editor={editor}
      notice={queryKey(c, 'notice', NOTICES)}
    />,
    { title: c.var.t(curriculum ? 'curricula:form.editTitle' : 'curricula:form.newTitle') },
  )
}

const edited = (id: string) =>
  `${BASE}/${id}/edit?notice=curricula:notices.pathChanged#path-heading`

function titleOf(c: C, text: LocalizedText, fallbackKey: string) {
  return pickText(text, c.var.locale).value || c.var.t(fallbackKey)
}

/** The curricula pages under /app/learning/curricula. */
export const curriculumRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const lists = await listCurricula(c.var.ctx)
    const all = [...lists.following, ...lists.own, ...lists.consortium, ...lists.public]
    const orgNames = await namesOf(
      c,
      all.map((r) => r.tenantId),
    )
    return c.render(
      <CurriculaPage lists={lists} orgNames={orgNames} notice={queryKey(c, 'notice', NOTICES)} />,
      { title: c.var.t('curricula:list.title') },
    )
  })
  .get(`${BASE}/new`, async (c) => {
    requireAuthor(c.var.ctx)
    return renderForm(c, null, EMPTY_CURRICULUM)
  })
  .post(`${BASE}/new`, async (c) => {
    requireAuthor(c.var.ctx)
    return formStep(c, {
      read: formToCurriculumInput,
      schema: ZCurriculum,
      run: (input) => createCurriculum(c.var.ctx, input),
      render: (raw, errors) => renderForm(c, null, rawValues(raw), errors),
      done: (row) => `${BASE}/${row.id}/edit?notice=curricula:notices.created`,
    })
  })
  .get(`${BASE}/:id`, async (c) => {
    const { curriculum, role } = await loadCurriculum(c.var.ctx, c.req.param('id'))
    const path = await pathOf(c.var.ctx, curriculum)
    const [view, names, counts] = await Promise.all([
      followerView(c.var.ctx, curriculum, path),
      namesOf(c, [curriculum.tenantId]),
      role === 'author' ? followerCounts(c.var.ctx, curriculum) : Promise.resolve(null),
    ])
    return c.render(
      <CurriculumPage
        curriculum={curriculum}
        role={role}
        path={path}
        view={view}
        ownerName={names.get(curriculum.tenantId) ?? ''}
        counts={counts}
        notice={queryKey(c, 'notice', NOTICES)}
        error={queryKey(c, 'error', ERRORS)}
      />,
      { title: titleOf(c, curriculum.title, 'curricula:page.heading') },
    )
  })
  .post(`${BASE}/:id/follow`, async (c) => {
    const back = `${BASE}/${c.req.param('id')}`
    try {
      const result = await followCurriculum(c.var.ctx, c.req.param('id'))
      const notice = result.credential ? 'completed' : 'followed'
      return c.redirect(`${back}?notice=curricula:notices.${notice}`, 303)
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_STATE' && ERRORS.has(err.messageKey)) {
        return c.redirect(`${back}?error=${err.messageKey}`, 303)
      }
      throw err
    }
  })
  .get(`${BASE}/:id/edit`, async (c) => {
    const curriculum = await loadOwnCurriculum(c.var.ctx, c.req.param('id'))
    return renderForm(c, curriculum, valuesOf(curriculum))
  })
  .post(`${BASE}/:id/edit`, async (c) => {
    const curriculum = await loadOwnCurriculum(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToCurriculumInput,
      schema: ZCurriculum,
      run: (input) => updateCurriculum(c.var.ctx, curriculum.id, input),
      render: (raw, errors) => renderForm(c, curriculum, rawValues(raw), errors),
      done: (saved) =>
        `${BASE}/${saved.id}?notice=curricula:notices.${saved.status === 'published' ? 'published' : 'saved'}`,
    })
  })
  .post(`${BASE}/:id/courses`, async (c) => {
    const curriculum = await loadOwnCurriculum(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToAddCourse,
      schema: ZAddCourse,
      run: (input) => addCourse(c.var.ctx, curriculum.id, input),
      render: (raw, errors) =>
        renderForm(c, curriculum, valuesOf(curriculum), undefined, {
          errors,
          values: raw as { courseId: string; required: boolean },
        }),
      done: () => edited(curriculum.id),
    })
  })
  .post(`${BASE}/:id/courses/:courseId/move`, async (c) => {
    const { id, courseId } = c.req.param()
    await loadOwnCurriculum(c.var.ctx, id)
    const form = await c.req.parseBody()
    const parsed = validate(ZMove, { direction: form.direction })
    if (!parsed.ok) throw new AppError('INVALID_INPUT', 'common:validation.choice')
    await moveCourse(c.var.ctx, id, courseId, parsed.data.direction)
    return c.redirect(edited(id), 303)
  })
  .post(`${BASE}/:id/courses/:courseId/required`, async (c) => {
    const { id, courseId } = c.req.param()
    await loadOwnCurriculum(c.var.ctx, id)
    const form = await c.req.parseBody()
    await setRequired(c.var.ctx, id, courseId, form.required === 'yes')
    return c.redirect(edited(id), 303)
  })
  .post(`${BASE}/:id/courses/:courseId/remove`, async (c) => {
    const { id, courseId } = c.req.param()
    await removeCourse(c.var.ctx, id, courseId)
    return c.redirect(edited(id), 303)
  })
