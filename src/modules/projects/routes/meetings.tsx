import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { wallClockIn } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { ZAttendee, ZDecision, ZMeeting, ZRisk } from '../inputs.ts'
import { assertManager, canManage } from '../policy.ts'
import { listPartners } from '../service/consortium.ts'
import {
  actorTimeZone,
  addAttendee,
  addDecision,
  createMeeting,
  getMeeting,
  listMeetings,
  removeAttendee,
  updateMeeting,
} from '../service/meetings.ts'
import { createRisk, getRisk, listRisks, updateRisk } from '../service/plan.ts'
import { getProject } from '../service/portfolio.ts'
import { listWorkPackages } from '../service/work.ts'
import { MeetingFormPage, MeetingPage, MeetingsPage } from '../views/meeting-pages.tsx'
import { RiskFormPage, RisksPage } from '../views/risk-pages.tsx'
import type { Values } from '../views/shared.tsx'
import { handleForm, noticeOf } from './helpers.ts'

const meetingsBase = (c: Context<AppEnv>) => `/app/projects/${c.req.param('id')}/meetings`
const risksBase = (c: Context<AppEnv>) => `/app/projects/${c.req.param('id')}/risks`

type Page = { title: string; action: string; values: Values; errors?: FieldErrors | undefined }
type SubForm = { name: 'attendee' | 'decision'; values: Values; errors: FieldErrors }

async function meetingForm(c: Context<AppEnv>, page: Page & { cancelHref: string }) {
  const { project } = await getProject(c.var.ctx, c.req.param('id')!)
  return c.render(<MeetingFormPage project={project} {...page} />, { title: page.title })
}

async function meetingPage(c: Context<AppEnv>, form?: SubForm) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const [detail, partners, wps] = await Promise.all([
    getMeeting(c.var.ctx, id, c.req.param('mId')!),
    listPartners(c.var.ctx, id),
    listWorkPackages(c.var.ctx, id),
  ])
  return c.render(
    <MeetingPage
      project={project}
      detail={detail}
      partners={partners}
      workPackages={wps.map((w) => w.wp)}
      notice={noticeOf(c)}
      form={form}
    />,
    { title: detail.meeting.title },
  )
}

/** A form on the meeting page: on bad input, the page again with that form's errors. */
async function meetingSubForm<T>(
  c: Context<AppEnv>,
  name: SubForm['name'],
  schema: Parameters<typeof validate>[0],
  save: (input: T) => Promise<unknown>,
  notice: string,
) {
  const { access } = await getMeeting(c.var.ctx, c.req.param('id')!, c.req.param('mId')!)
  assertManager(access)
  const values = await readForm(c)
  const parsed = validate(schema, values)
  if (!parsed.ok) {
    c.status(422)
    return meetingPage(c, { name, values, errors: parsed.errors })
  }
  const result = await tryForm(() => save(parsed.data as T))
  if (!result.ok) {
    c.status(result.status)
    return meetingPage(c, { name, values, errors: result.errors })
  }
  return c.redirect(`${meetingsBase(c)}/${c.req.param('mId')}?notice=${notice}`, 303)
}

async function riskForm(c: Context<AppEnv>, page: Page) {
  const id = c.req.param('id')!
  const { project } = await getProject(c.var.ctx, id)
  const [partners, wps] = await Promise.all([
    listPartners(c.var.ctx, id),
    listWorkPackages(c.var.ctx, id),
  ])
  return c.render(
    <RiskFormPage
      project={project}
      partners={partners}
      workPackages={wps.map((w) => w.wp)}
      {...page}
    />,
    { title: page.title },
  )
}

/** Meetings (agenda, attendance, minutes, decisions) and the risk register. */
export const meetingRoutes = new Hono<AppEnv>()
  .get('/app/projects/:id/meetings', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    const rows = await listMeetings(c.var.ctx, project.id)
    return c.render(
      <MeetingsPage
        project={project}
        canCreate={canManage(access)}
        rows={rows}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('projects:meetings.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/meetings/new', async (c) => {
    assertManager((await getProject(c.var.ctx, c.req.param('id'))).access)
    const title = c.var.t('projects:meetings.new')
    return meetingForm(c, {
      title,
      action: `${meetingsBase(c)}/new`,
      cancelHref: meetingsBase(c),
      values: {},
    })
  })
  .post('/app/projects/:id/meetings/new', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    const title = c.var.t('projects:meetings.new')
    const page = { title, action: `${meetingsBase(c)}/new`, cancelHref: meetingsBase(c) }
    return handleForm(c, {
      schema: ZMeeting,
      render: (values, errors) => meetingForm(c, { ...page, values, errors }),
      save: (input) => createMeeting(c.var.ctx, id, input),
      done: (m) => `${meetingsBase(c)}/${m.id}?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/meetings/:mId', (c) => meetingPage(c))
  .get('/app/projects/:id/meetings/:mId/edit', async (c) => {
    const { meeting, access } = await getMeeting(c.var.ctx, c.req.param('id'), c.req.param('mId'))
    assertManager(access)
    const back = `${meetingsBase(c)}/${meeting.id}`
    const values = {
      ...meeting,
      startsAt: wallClockIn(meeting.startsAt, actorTimeZone(c.var.ctx)),
    }
    return meetingForm(c, {
      title: meeting.title,
      action: `${back}/edit`,
      cancelHref: back,
      values,
    })
  })
  .post('/app/projects/:id/meetings/:mId/edit', async (c) => {
    const { meeting, access } = await getMeeting(c.var.ctx, c.req.param('id'), c.req.param('mId'))
    assertManager(access)
    const back = `${meetingsBase(c)}/${meeting.id}`
    return handleForm(c, {
      schema: ZMeeting,
      render: (values, errors) =>
        meetingForm(c, {
          title: meeting.title,
          action: `${back}/edit`,
          cancelHref: back,
          values,
          errors,
        }),
      save: (input) => updateMeeting(c.var.ctx, meeting.projectId, meeting.id, input),
      done: () => `${back}?notice=projects:notices.saved`,
    })
  })
  .post('/app/projects/:id/meetings/:mId/attendees', (c) =>
    meetingSubForm(
      c,
      'attendee',
      ZAttendee,
      (input: typeof ZAttendee._output) =>
        addAttendee(c.var.ctx, c.req.param('id'), c.req.param('mId'), input),
      'projects:notices.attendeeAdded',
    ),
  )
  .post('/app/projects/:id/meetings/:mId/attendees/:aId/remove', async (c) => {
    await removeAttendee(c.var.ctx, c.req.param('id'), c.req.param('mId'), c.req.param('aId'))
    return c.redirect(`${meetingsBase(c)}/${c.req.param('mId')}?notice=projects:notices.saved`, 303)
  })
  .post('/app/projects/:id/meetings/:mId/decisions', (c) =>
    meetingSubForm(
      c,
      'decision',
      ZDecision,
      (input: typeof ZDecision._output) =>
        addDecision(c.var.ctx, c.req.param('id'), c.req.param('mId'), input),
      'projects:notices.decisionAdded',
    ),
  )
  .get('/app/projects/:id/risks', async (c) => {
    const { project, access } = await getProject(c.var.ctx, c.req.param('id'))
    const rows = await listRisks(c.var.ctx, project.id)
    return c.render(
      <RisksPage
        project={project}
        canManage={canManage(access)}
        rows={rows}
        notice={noticeOf(c)}
      />,
      { title: c.var.t('projects:risks.title', { acronym: project.acronym }) },
    )
  })
  .get('/app/projects/:id/risks/new', async (c) => {
    assertManager((await getProject(c.var.ctx, c.req.param('id'))).access)
    const title = c.var.t('projects:risks.new')
    return riskForm(c, { title, action: `${risksBase(c)}/new`, values: { status: 'open' } })
  })
  .post('/app/projects/:id/risks/new', async (c) => {
    const id = c.req.param('id')
    assertManager((await getProject(c.var.ctx, id)).access)
    const title = c.var.t('projects:risks.new')
    return handleForm(c, {
      schema: ZRisk,
      render: (values, errors) =>
        riskForm(c, { title, action: `${risksBase(c)}/new`, values, errors }),
      save: (input) => createRisk(c.var.ctx, id, input),
      done: () => `${risksBase(c)}?notice=projects:notices.saved`,
    })
  })
  .get('/app/projects/:id/risks/:rId', async (c) => {
    const { risk, access } = await getRisk(c.var.ctx, c.req.param('id'), c.req.param('rId'))
    assertManager(access)
    const title = c.var.t('projects:risks.editTitle')
    return riskForm(c, { title, action: `${risksBase(c)}/${risk.id}`, values: risk })
  })
  .post('/app/projects/:id/risks/:rId', async (c) => {
    const { risk, access } = await getRisk(c.var.ctx, c.req.param('id'), c.req.param('rId'))
    assertManager(access)
    const title = c.var.t('projects:risks.editTitle')
    return handleForm(c, {
      schema: ZRisk,
      render: (values, errors) =>
        riskForm(c, { title, action: `${risksBase(c)}/${risk.id}`, values, errors }),
      save: (input) => updateRisk(c.var.ctx, risk.projectId, risk.id, input),
      done: () => `${risksBase(c)}?notice=projects:notices.saved`,
    })
  })
