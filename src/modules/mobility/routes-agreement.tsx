import { type Context, Hono } from 'hono'
import { clientIp, readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { toLocale } from '#src/lib/i18n.ts'
import { ZAgreement, ZSendForSigning, ZSign } from './inputs.ts'
import { ID, noticeOf, requireRelation, runForm } from './routes.tsx'
import { getAgreements, saveAgreement, sendForSigning, signAgreement } from './service/agreement.ts'
import { mobilityNames } from './service/names.ts'
import { agreementPdf } from './service/pdfs.ts'
import { AgreementPage, type AgreementPageProps } from './views/agreement-page.tsx'
import { mobilityTitle } from './views/overview-page.tsx'

async function renderAgreement(
  c: Context<AppEnv>,
  id: string,
  extra: Omit<AgreementPageProps, 'page' | 'names'> = {},
) {
  const page = await getAgreements(c.var.ctx, id)
  const names = await mobilityNames(c.var.ctx, page.access.mobility)
  return c.render(<AgreementPage page={page} names={names} {...extra} />, {
    title: `${c.var.t('mobility:agreement.title')} · ${mobilityTitle(c.var.t, names.participant.displayName, page.access.mobility.activityType)}`,
  })
}

function failed(
  c: Context<AppEnv>,
  id: string,
  form: 'edit' | 'send' | 'sign',
  result: { errors: FieldErrors; params?: Record<string, unknown>; status: 422 | 409 | 429 },
  values: Record<string, unknown>,
) {
  c.status(result.status)
  return renderAgreement(c, id, { form, errors: result.errors, params: result.params, values })
}

export const agreementRoutes = new Hono<AppEnv>()
  .get(`/app/mobility/${ID}/agreement`, (c) =>
    renderAgreement(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/agreement`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZAgreement, (input) => saveAgreement(c.var.ctx, id, input))
    if (!result.ok) return failed(c, id, 'edit', result, form)
    return c.redirect(`/app/mobility/${id}/agreement?notice=mobility:notices.agreementSaved`, 303)
  })
  .post(`/app/mobility/${ID}/agreement/send`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZSendForSigning, (input) =>
      sendForSigning(c.var.ctx, id, input),
    )
    if (!result.ok) return failed(c, id, 'send', result, form)
    return c.redirect(`/app/mobility/${id}/agreement?notice=mobility:notices.agreementSent`, 303)
  })
  .post(`/app/mobility/${ID}/agreement/sign`, async (c) => {
    const id = c.req.param('id')
    const form = await readForm(c)
    const result = await runForm(form, ZSign, (input) =>
      signAgreement(c.var.ctx, id, input.contentHash, clientIp(c)),
    )
    if (!result.ok) return failed(c, id, 'sign', result, form)
    return c.redirect(`/app/mobility/${id}/agreement?notice=mobility:notices.signed`, 303)
  })
  .get(`/app/mobility/${ID}/agreement.pdf`, async (c) => {
    const version = Number(c.req.query('version')) || undefined
    // The reader's language, or another one asked for with ?lang= (a partner's English copy).
    const lang = toLocale(c.req.query('lang')) ?? c.var.locale
    const pdf = await agreementPdf(c.var.ctx, c.req.param('id'), version, lang)
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', `inline; filename="learning-agreement-v${pdf.version}.pdf"`)
    c.header('Cache-Control', 'private, no-store')
    return c.body(new Uint8Array(pdf.buffer))
  })
