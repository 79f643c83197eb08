import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import {
  callCrossErrors,
  formToCallInput,
  formToCriterion,
  formToRequiredDocument,
  ZCall,
  ZCriterion,
  ZPanelMember,
  ZRequiredDocument,
} from './inputs.ts'
import { noticeOf, type Problem, tryAction } from './routes-util.ts'
import { isManager, isPanelMember, loadManagedCall, tenantActor } from './service/access.ts'
import { listApplications } from './service/applications.ts'
import {
  closeCall,
  createCall,
  getCall,
  listCalls,
  publishCall,
  updateCall,
} from './service/calls.ts'
import { decideCall } from './service/decide.ts'
import { getCallFormOptions, valuesFromCall } from './service/form-options.ts'
import { getRanking } from './service/scoring.ts'
import {
  addCriterion,
  addPanelMember,
  addRequiredDocument,
  deleteCriterion,
  deleteRequiredDocument,
  getPanel,
  removePanelMember,
} from './service/setup.ts'
import { CallFormPage, type CallFormValues, NEW_CALL } from './views/call-form.tsx'
import { CallPage, CallsPage } from './views/call-pages.tsx'
import { RankingPage } from './views/selection-pages.tsx'
import { CriteriaPage, DocumentsPage, PanelPage } from './views/setup-pages.tsx'

type C = Context<AppEnv>

async function renderCallForm(
  c: C,
  page: { title: string; action: string; cancelHref: string },
  values: CallFormValues,
  errors?: FieldErrors,
) {
  const options = await getCallFormOptions(c.var.ctx)
  return c.render(<CallFormPage {...page} {...options} values={values} errors={errors} />, {
    title: page.title,
  })
}

async function saveCallForm(
  c: C,
  page: { title: string; action: string; cancelHref: string },
  save: (input: ReturnType<typeof ZCall.parse>) => Promise<{ id: string }>,
  notice: string,
) {
  const form = await readForm(c)
  const raw = formToCallInput(form)
  const values = raw as CallFormValues
  const parsed = validate(ZCall, raw)
  if (!parsed.ok) {
    c.status(422)
    return renderCallForm(c, page, values, { ...callCrossErrors(raw), ...parsed.errors })
  }
  const result = await tryAction(() => save(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return renderCallForm(
      c,
      page,
      values,
      result.errors ?? { _form: result.problem?.key ?? 'common:errors.invalidInput' },
    )
  }
  return c.redirect(`/app/calls/${result.value.id}?notice=${notice}`, 303)
}

async function renderCall(c: C, id: string, problem?: Problem) {
  const ctx = c.var.ctx
  const actor = tenantActor(ctx)
  const call = await getCall(ctx, id)
  const mine = (await listCalls(ctx)).find((r) => r.id === id)
  const type =
    actor.role === 'learner'
      ? 'learner'
      : ['staff', 'coordinator', 'org_admin'].includes(actor.role ?? '')
        ? 'staff'
        : null
  const now = ctx.now()
  const canApply =
    call.status === 'open' &&
    call.participantType === type &&
    call.applyFrom <= now &&
    now < call.applyUntil
  return c.render(
    <CallPage
      call={call}
      isManager={isManager(actor)}
      isPanel={await isPanelMember(ctx, id, actor.userId)}
      canApply={canApply}
      myApplicationId={mine?.myApplicationId ?? null}
      notice={noticeOf(c)}
      error={problem}
    />,
    {
      title: pickText(call.title, c.var.locale, ['en', 'sq']).value || c.var.t('calls:list.title'),
    },
  )
}

/** Runs a call action (publish, close, decide); a refused state re-renders the page with why. */
async function callAction(
  c: C,
  run: () => Promise<unknown>,
  notice: string,
  back: (problem: Problem) => Promise<Response>,
) {
  const result = await tryAction(run)
  if (!result.ok) {
    c.status(result.status)
    return back(result.problem ?? { key: 'common:errors.invalidInput' })
  }
  return c.redirect(`${c.req.path.replace(/\/[a-z]+$/, '')}?notice=${notice}`, 303)
}

async function renderRanking(c: C, id: string, problem?: Problem) {
  const ctx = c.var.ctx
  const { call, rows } = await getRanking(ctx, id)
  const manager = isManager(tenantActor(ctx))
  const submitted =
    call.status === 'open' && manager
      ? (await listApplications(ctx, { callId: id, status: 'submitted' })).length
      : 0
  return c.render(
    <RankingPage
      call={call}
      rows={rows}
      isManager={manager}
      notice={noticeOf(c)}
      problem={problem}
      submittedCount={submitted}
    />,
    { title: c.var.t('calls:ranking.title') },
  )
}

async function languagesOf(c: C) {
  return (await getCallFormOptions(c.var.ctx)).languages
}

/**
 * A form on one of a call's setup pages (criteria, documents, panel): validate, run the change,
 * and on a problem render the page again with what was typed and why (422, or the service's
 * status); on success go back to the page with a notice.
 */
async function setupForm<S extends Parameters<typeof validate>[0]>(
  c: C,
  schema: S,
  raw: unknown,
  run: (data: ReturnType<S['parse']>) => Promise<unknown>,
  rerender: (errors: FieldErrors) => Promise<Response>,
  done: string,
) {
  const parsed = validate(schema, raw)
  if (!parsed.ok) {
    c.status(422)
    return rerender(parsed.errors)
  }
  const result = await tryAction(() => run(parsed.data as ReturnType<S['parse']>))
  if (!result.ok) {
    c.status(result.status)
    return rerender(result.errors ?? { _form: result.problem?.key ?? 'common:errors.invalidInput' })
  }
  return c.redirect(done, 303)
}

/** A call's selection panel page, with a notice, the form's errors or a refusal. */
async function renderPanel(
  c: C,
  id: string,
  extra: { notice?: string | undefined; errors?: FieldErrors; error?: string | undefined },
) {
  const panel = await getPanel(c.var.ctx, id)
  const details = await getCall(c.var.ctx, panel.call.id)
  return c.render(<PanelPage {...panel} call={details} {...extra} />, {
    title: c.var.t('calls:panel.title'),
  })
}

/** The new-call and edit-call form pages' title, target and way back. */
function newCallPage(c: C) {
  return {
    title: c.var.t('calls:form.newTitle'),
    action: '/app/calls/new',
    cancelHref: '/app/calls',
  }
}
function editCallPage(c: C, id: string) {
  return {
    title: c.var.t('calls:form.editTitle'),
    action: `/app/calls/${id}/edit`,
    cancelHref: `/app/calls/${id}`,
  }
}

export const manageRoutes = new Hono<AppEnv>()
  .get('/app/calls', async (c) => {
    authorize(c.var.ctx, 'calls.view')
    const calls = await listCalls(c.var.ctx)
    return c.render(
      <CallsPage
        calls={calls}
        isManager={isManager(tenantActor(c.var.ctx))}
        notice={noticeOf(c)}
      />,
      {
        title: c.var.t('calls:list.title'),
      },
    )
  })
  .get('/app/calls/new', async (c) => {
    authorize(c.var.ctx, 'calls.manage')
    return renderCallForm(c, newCallPage(c), NEW_CALL)
  })
  .post('/app/calls/new', async (c) => {
    authorize(c.var.ctx, 'calls.manage')
    return saveCallForm(
      c,
      newCallPage(c),
      (input) => createCall(c.var.ctx, input),
      'calls:notices.created',
    )
  })
  .get('/app/calls/:id', (c) => renderCall(c, c.req.param('id')))
  .get('/app/calls/:id/edit', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    const options = await getCallFormOptions(c.var.ctx)
    return renderCallForm(c, editCallPage(c, call.id), valuesFromCall(call, options.timeZone))
  })
  .post('/app/calls/:id/edit', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    return saveCallForm(
      c,
      editCallPage(c, call.id),
      (input) => updateCall(c.var.ctx, call.id, input),
      'calls:notices.saved',
    )
  })
  .post('/app/calls/:id/publish', (c) =>
    callAction(
      c,
      () => publishCall(c.var.ctx, c.req.param('id')),
      'calls:notices.published',
      (p) => renderCall(c, c.req.param('id'), p),
    ),
  )
  .post('/app/calls/:id/close', (c) =>
    callAction(
      c,
      () => closeCall(c.var.ctx, c.req.param('id')),
      'calls:notices.closed',
      (p) => renderCall(c, c.req.param('id'), p),
    ),
  )
  .get('/app/calls/:id/applications', (c) => renderRanking(c, c.req.param('id')))
  .post('/app/calls/:id/decide', async (c) => {
    const id = c.req.param('id')
    const result = await tryAction(() => decideCall(c.var.ctx, id))
    if (!result.ok) {
      c.status(result.status)
      return renderRanking(c, id, result.problem)
    }
    return c.redirect(`/app/calls/${id}/applications?notice=calls:notices.decided`, 303)
  })
  .get('/app/calls/:id/criteria', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    const details = await getCall(c.var.ctx, call.id)
    return c.render(
      <CriteriaPage call={details} languages={await languagesOf(c)} notice={noticeOf(c)} />,
      { title: c.var.t('calls:criteria.title') },
    )
  })
  .post('/app/calls/:id/criteria', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    return setupForm(
      c,
      ZCriterion,
      formToCriterion(form),
      (data) => addCriterion(c.var.ctx, call.id, data),
      async (errors) =>
        c.render(
          <CriteriaPage
            call={await getCall(c.var.ctx, call.id)}
            languages={await languagesOf(c)}
            values={form}
            errors={errors}
          />,
          { title: c.var.t('calls:criteria.title') },
        ),
      `/app/calls/${call.id}/criteria?notice=calls:notices.criterionAdded`,
    )
  })
  .post('/app/calls/:id/criteria/:criterionId/delete', async (c) => {
    const id = c.req.param('id')
    await deleteCriterion(c.var.ctx, id, c.req.param('criterionId'))
    return c.redirect(`/app/calls/${id}/criteria?notice=calls:notices.removed`, 303)
  })
  .get('/app/calls/:id/documents', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    const details = await getCall(c.var.ctx, call.id)
    return c.render(
      <DocumentsPage call={details} languages={await languagesOf(c)} notice={noticeOf(c)} />,
      { title: c.var.t('calls:documents.title') },
    )
  })
  .post('/app/calls/:id/documents', async (c) => {
    const call = await loadManagedCall(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    return setupForm(
      c,
      ZRequiredDocument,
      formToRequiredDocument(form),
      (data) => addRequiredDocument(c.var.ctx, call.id, data),
      async (errors) =>
        c.render(
          <DocumentsPage
            call={await getCall(c.var.ctx, call.id)}
            languages={await languagesOf(c)}
            values={form}
            errors={errors}
          />,
          { title: c.var.t('calls:documents.title') },
        ),
      `/app/calls/${call.id}/documents?notice=calls:notices.documentAdded`,
    )
  })
  .post('/app/calls/:id/documents/:documentId/delete', async (c) => {
    const id = c.req.param('id')
    await deleteRequiredDocument(c.var.ctx, id, c.req.param('documentId'))
    return c.redirect(`/app/calls/${id}/documents?notice=calls:notices.removed`, 303)
  })
  .get('/app/calls/:id/panel', (c) => renderPanel(c, c.req.param('id'), { notice: noticeOf(c) }))
  .post('/app/calls/:id/panel', async (c) => {
    const id = c.req.param('id')
    await loadManagedCall(c.var.ctx, id)
    return setupForm(
      c,
      ZPanelMember,
      await readForm(c),
      (data) => addPanelMember(c.var.ctx, id, data.userId),
      async (errors) => renderPanel(c, id, { errors }),
      `/app/calls/${id}/panel?notice=calls:notices.panelAdded`,
    )
  })
  .post('/app/calls/:id/panel/:userId/delete', async (c) => {
    const id = c.req.param('id')
    const result = await tryAction(() => removePanelMember(c.var.ctx, id, c.req.param('userId')))
    if (!result.ok) {
      c.status(result.status)
      return renderPanel(c, id, { error: result.problem?.key })
    }
    return c.redirect(`/app/calls/${id}/panel?notice=calls:notices.removed`, 303)
  })
