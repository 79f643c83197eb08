import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { type FormValues, validate } from '#src/lib/forms.ts'
import {
  ZAppeal,
  ZApplicationDraft,
  ZConflict,
  ZConsentRequest,
  ZInAppConsent,
  ZInPersonConsent,
  ZReject,
  ZResolveAppeal,
  ZScores,
  ZUploadKind,
} from './inputs.ts'
import { type ActionResult, noticeOf, type Problem, tryAction } from './routes-util.ts'
import { loadApplication, tenantActor } from './service/access.ts'
import {
  getApplication,
  listMyApplications,
  saveApplication,
  startApplication,
  submitApplication,
  withdrawApplication,
} from './service/applications.ts'
import {
  answerConsentInApp,
  recordInPersonConsent,
  requestConsentByEmail,
} from './service/consent.ts'
import {
  appealDecision,
  canBecomeMobility,
  rejectApplication,
  resolveAppeal,
} from './service/decide.ts'
import { deleteDocument, getDocumentFile, uploadDocument } from './service/documents.ts'
import { declareConflict, getScoreSheet, scoreApplication } from './service/scoring.ts'
import { createMobilityFor } from './service/selected-hook.ts'
import { ApplicationPage, type FormName } from './views/application-page.tsx'
import { MyApplicationsPage, ScorePage } from './views/selection-pages.tsx'

type C = Context<AppEnv>
type PageState = {
  form?: FormName
  values?: FormValues
  errors?: FieldErrors | undefined
  params?: Record<string, unknown> | undefined
  problem?: Problem | undefined
}

async function renderApplication(c: C, id: string, state: PageState = {}) {
  const ctx = c.var.ctx
  const view = await getApplication(ctx, id)
  const canCreateMobility =
    view.access.isManager && (await canBecomeMobility(ctx, view.app, view.call))
  return c.render(
    <ApplicationPage
      view={view}
      now={ctx.now()}
      notice={noticeOf(c)}
      canCreateMobility={canCreateMobility}
      {...state}
    />,
    { title: c.var.t('calls:application.title') },
  )
}

/**
 * Validates a form for one application's action and runs it: bad input re-renders the page with
 * what was typed (422), a refused state with the reason (409), success redirects with a notice.
 */
async function applicationAction<S extends Parameters<typeof validate>[0]>(
  c: C,
  form: FormName | undefined,
  schema: S,
  run: (data: ReturnType<S['parse']>, values: FormValues) => Promise<unknown>,
  notice: string | ((values: FormValues) => string),
) {
  const id = c.req.param('id')!
  // Access first, so an outsider gets 404/403 before any validation message.
  await loadApplication(c.var.ctx, id)
  const values = await readForm(c)
  const parsed = validate(schema, values)
  const result: ActionResult<unknown> = parsed.ok
    ? await tryAction(() => run(parsed.data as ReturnType<S['parse']>, values))
    : { ok: false, status: 422, errors: parsed.errors }
  if (!result.ok) {
    c.status(result.status)
    return renderApplication(c, id, {
      form,
      values,
      errors: result.errors,
      params: result.params,
      problem: result.problem,
    })
  }
  const key = typeof notice === 'string' ? notice : notice(values)
  return c.redirect(`/app/applications/${id}?notice=${key}`, 303)
}

async function renderScore(
  c: C,
  id: string,
  state: Omit<PageState, 'form'> & { form?: 'conflict' | 'scores' } = {},
) {
  const sheet = await getScoreSheet(c.var.ctx, id)
  const view = await getApplication(c.var.ctx, id)
  return c.render(
    <ScorePage
      sheet={sheet}
      applicantName={view.applicant.displayName}
      notice={noticeOf(c)}
      {...state}
    />,
    {
      title: c.var.t('calls:score.title', { name: view.applicant.displayName }),
    },
  )
}

export const applyRoutes = new Hono<AppEnv>()
  .post('/app/calls/:id/apply', async (c) => {
    const app = await startApplication(c.var.ctx, c.req.param('id'))
    return c.redirect(`/app/applications/${app.id}`, 303)
  })
  .get('/app/applications', async (c) => {
    const rows = await listMyApplications(c.var.ctx)
    return c.render(<MyApplicationsPage rows={rows} userId={tenantActor(c.var.ctx).userId} />, {
      title: c.var.t('calls:mine.title'),
    })
  })
  .get('/app/applications/:id', (c) => renderApplication(c, c.req.param('id')))
  .post('/app/applications/:id', (c) =>
    applicationAction(
      c,
      'draft',
      ZApplicationDraft,
      (data, values) =>
        values.intent === 'submit'
          ? submitApplication(c.var.ctx, c.req.param('id'), data)
          : saveApplication(c.var.ctx, c.req.param('id'), data),
      (values) =>
        values.intent === 'submit' ? 'calls:notices.submitted' : 'calls:notices.draftSaved',
    ),
  )
  .post('/app/applications/:id/documents', async (c) => {
    const id = c.req.param('id')
    await loadApplication(c.var.ctx, id)
    const body = await c.req.parseBody()
    const kind = validate(ZUploadKind, { requiredDocumentId: body.requiredDocumentId })
    const file = body.file instanceof File ? body.file : null
    const result: ActionResult<unknown> = kind.ok
      ? await tryAction(async () =>
          uploadDocument(
            c.var.ctx,
            id,
            kind.data.requiredDocumentId,
            file && file.size > 0
              ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
              : null,
          ),
        )
      : { ok: false, status: 422, errors: kind.errors }
    if (!result.ok) {
      c.status(result.status)
      return renderApplication(c, id, {
        form: 'upload',
        values: {},
        errors: result.errors,
        params: result.params,
        problem: result.problem,
      })
    }
    return c.redirect(`/app/applications/${id}?notice=calls:notices.uploaded`, 303)
  })
  .get('/app/applications/:id/documents/:documentId', async (c) => {
    const { doc, bytes } = await getDocumentFile(
      c.var.ctx,
      c.req.param('id'),
      c.req.param('documentId'),
    )
    c.header('Content-Type', doc.contentType)
    c.header(
      'Content-Disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
    )
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Cache-Control', 'private, no-store')
    return c.body(new Uint8Array(bytes))
  })
  .post('/app/applications/:id/documents/:documentId/delete', async (c) => {
    const id = c.req.param('id')
    const result = await tryAction(() => deleteDocument(c.var.ctx, id, c.req.param('documentId')))
    if (!result.ok) {
      c.status(result.status)
      return renderApplication(c, id, { problem: result.problem })
    }
    return c.redirect(`/app/applications/${id}?notice=calls:notices.removed`, 303)
  })
  .post('/app/applications/:id/withdraw', async (c) => {
    const id = c.req.param('id')
    const result = await tryAction(() => withdrawApplication(c.var.ctx, id))
    if (!result.ok) {
      c.status(result.status)
      return renderApplication(c, id, { problem: result.problem })
    }
    return c.redirect(`/app/applications/${id}?notice=calls:notices.withdrawn`, 303)
  })
  .post('/app/applications/:id/consent-request', (c) =>
    applicationAction(
      c,
      'consent',
      ZConsentRequest,
      (data) => requestConsentByEmail(c.var.ctx, c.req.param('id'), data),
      'calls:notices.consentRequested',
    ),
  )
  .post('/app/applications/:id/consent-in-app', (c) =>
    applicationAction(
      c,
      'inApp',
      ZInAppConsent,
      (data) => answerConsentInApp(c.var.ctx, c.req.param('id'), data.answer),
      'calls:notices.consentAnswered',
    ),
  )
  .post('/app/applications/:id/consent-in-person', (c) =>
    applicationAction(
      c,
      'inPerson',
      ZInPersonConsent,
      (data) => recordInPersonConsent(c.var.ctx, c.req.param('id'), data),
      'calls:notices.consentRecorded',
    ),
  )
  .post('/app/applications/:id/appeal', (c) =>
    applicationAction(
      c,
      'appeal',
      ZAppeal,
      (data) => appealDecision(c.var.ctx, c.req.param('id'), data.text),
      'calls:notices.appealed',
    ),
  )
  .post('/app/applications/:id/appeal/resolve', (c) =>
    applicationAction(
      c,
      'resolve',
      ZResolveAppeal,
      (data) => resolveAppeal(c.var.ctx, c.req.param('id'), data),
      'calls:notices.appealResolved',
    ),
  )
  .post('/app/applications/:id/reject', (c) =>
    applicationAction(
      c,
      'reject',
      ZReject,
      (data) => rejectApplication(c.var.ctx, c.req.param('id'), data.reason),
      'calls:notices.rejected',
    ),
  )
  .post('/app/applications/:id/mobility', async (c) => {
    const id = c.req.param('id')
    const result = await tryAction(() => createMobilityFor(c.var.ctx, id))
    if (!result.ok) {
      c.status(result.status)
      return renderApplication(c, id, { problem: result.problem })
    }
    return c.redirect(
      result.value ?? `/app/applications/${id}?notice=calls:notices.mobilityCreated`,
      303,
    )
  })
  .get('/app/applications/:id/score', (c) => renderScore(c, c.req.param('id')))
  .post('/app/applications/:id/conflict', async (c) => {
    const id = c.req.param('id')
    await getScoreSheet(c.var.ctx, id)
    const values = await readForm(c)
    const parsed = validate(ZConflict, values)
    const result: ActionResult<unknown> = parsed.ok
      ? await tryAction(() => declareConflict(c.var.ctx, id, parsed.data))
      : { ok: false, status: 422, errors: parsed.errors }
    if (!result.ok) {
      c.status(result.status)
      return renderScore(c, id, {
        form: 'conflict',
        values,
        errors: result.errors,
        problem: result.problem,
      })
    }
    return c.redirect(`/app/applications/${id}/score?notice=calls:notices.declared`, 303)
  })
  .post('/app/applications/:id/score', async (c) => {
    const id = c.req.param('id')
    await getScoreSheet(c.var.ctx, id)
    const values = await readForm(c)
    const parsed = validate(ZScores, { score: values.score ?? {}, comment: values.comment ?? {} })
    const result: ActionResult<unknown> = parsed.ok
      ? await tryAction(() => scoreApplication(c.var.ctx, id, parsed.data))
      : { ok: false, status: 422, errors: parsed.errors }
    if (!result.ok) {
      c.status(result.status)
      return renderScore(c, id, {
        form: 'scores',
        values,
        errors: result.errors,
        problem: result.problem,
      })
    }
    return c.redirect(`/app/applications/${id}/score?notice=calls:notices.scored`, 303)
  })
