import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { formToCohortInput, formToCohortPeople, ZCohort, ZCohortPeople } from './cohort-inputs.ts'
import {
  addToCohort,
  createCohort,
  getCohort,
  listCohorts,
  remindCohort,
} from './service/cohorts.ts'
import { loadCourse } from './service/courses.ts'
import { enrolmentCandidates } from './service/enrolment.ts'
import {
  type CohortFormValues,
  CohortPage,
  CohortsPage,
  EMPTY_COHORT,
} from './views/cohort-pages.tsx'

type C = Context<AppEnv>

async function renderCohorts(
  c: C,
  courseId: string,
  values: CohortFormValues,
  errors?: FieldErrors,
) {
  const { course } = await loadCourse(c.var.ctx, courseId)
  const [cohorts, people] = await Promise.all([
    listCohorts(c.var.ctx, course.id),
    enrolmentCandidates(c.var.ctx, course.id),
  ])
  return c.render(
    <CohortsPage
      course={course}
      cohorts={cohorts}
      people={people}
      values={values}
      errors={errors}
    />,
    { title: c.var.t('learning:cohorts.title') },
  )
}

/** Notices a cohort page shows after a step, with the count the step returned. */
const COHORT_NOTICES = new Set([
  'learning:notices.cohortCreated',
  'learning:notices.cohortReminded',
  'learning:notices.cohortPeopleAdded',
])

async function renderCohort(c: C, id: string, errors?: FieldErrors) {
  const { cohort, course, rows } = await getCohort(c.var.ctx, id)
  const candidates = await enrolmentCandidates(c.var.ctx, course.id)
  return c.render(
    <CohortPage
      cohort={cohort}
      course={course}
      rows={rows}
      candidates={candidates}
      notice={queryKey(c, 'notice', COHORT_NOTICES)}
      noticeParams={{ count: Number(c.req.query('count') ?? 0) || 0 }}
      errors={errors}
    />,
    { title: cohort.name },
  )
}

/** Cohorts of a course: made, filled and reminded by the school's coordinators. */
export const cohortRoutes = new Hono<AppEnv>()
  .get('/app/learning/courses/:id/cohorts', (c) =>
    renderCohorts(c, c.req.param('id'), EMPTY_COHORT),
  )
  .post('/app/learning/courses/:id/cohorts', (c) =>
    formStep(c, {
      read: formToCohortInput,
      schema: ZCohort,
      run: (input) => createCohort(c.var.ctx, c.req.param('id'), input),
      render: (raw, errors) => renderCohorts(c, c.req.param('id'), raw as CohortFormValues, errors),
      done: ({ cohort, added }) =>
        `/app/learning/cohorts/${cohort.id}?notice=learning:notices.cohortCreated&count=${added}`,
    }),
  )
  .get('/app/learning/cohorts/:id', (c) => renderCohort(c, c.req.param('id')))
  .post('/app/learning/cohorts/:id/people', (c) =>
    formStep(c, {
      read: formToCohortPeople,
      schema: ZCohortPeople,
      run: (input) => addToCohort(c.var.ctx, c.req.param('id'), input.userIds),
      render: (_raw, errors) => renderCohort(c, c.req.param('id'), errors),
      done: (added) =>
        `/app/learning/cohorts/${c.req.param('id')}?notice=learning:notices.cohortPeopleAdded&count=${added}`,
    }),
  )
  .post('/app/learning/cohorts/:id/remind', async (c) => {
    const sent = await remindCohort(c.var.ctx, c.req.param('id'))
    return c.redirect(
      `/app/learning/cohorts/${c.req.param('id')}?notice=learning:notices.cohortReminded&count=${sent}`,
      303,
    )
  })
