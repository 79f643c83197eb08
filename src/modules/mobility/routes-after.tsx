import { type Context, Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { toLocale } from '#src/lib/i18n.ts'
import { verificationUrl } from '../credentials/index.ts'
import { ZAttendance, ZButtonOnly, ZChecklistItem, ZRecognition, ZReport } from './inputs.ts'
import { ID, noticeOf, requireRelation, runForm } from './routes.tsx'
import { getRecognition, getReport, recordRecognition, submitReport } from './service/after.ts'
import { getCertificate, issueCertificate } from './service/certificates.ts'
import { confirmAttendance, getIncoming, setChecklistItem } from './service/incoming.ts'
import { mobilityNames } from './service/names.ts'
import { certificatePdf } from './service/pdfs.ts'
import { CertificatePage, ReportPage } from './views/after-pages.tsx'
import { IncomingPage } from './views/incoming-page.tsx'
import { mobilityTitle } from './views/overview-page.tsx'

type Extra = {
  notice?: string | undefined
  errors?: FieldErrors
  params?: Record<string, unknown> | undefined
  values?: Record<string, unknown>
}

async function heading(
  c: Context<AppEnv>,
  key: string,
  mobility: Parameters<typeof mobilityNames>[1],
) {
  const names = await mobilityNames(c.var.ctx, mobility)
  const name = names.participant.displayName
  return { name, title: `${c.var.t(key)} · ${mobilityTitle(c.var.t, name, mobility.activityType)}` }
}

async function reportPage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, report, isOpen } = await getReport(c.var.ctx, id)
  const h = await heading(c, 'mobility:report.title', access.mobility)
  return c.render(
    <ReportPage
      access={access}
      participantName={h.name}
      report={report}
      isOpen={isOpen}
      {...extra}
    />,
    { title: h.title },
  )
}

async function certificatePage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, certificate, credential } = await getCertificate(c.var.ctx, id)
  const { recognition, units } = await getRecognition(c.var.ctx, id)
  const h = await heading(c, 'mobility:certificate.title', access.mobility)
  const url =
    certificate && credential
      ? verificationUrl(c.var.deps.env.baseUrl, certificate.language, credential.code)
      : null
  return c.render(
    <CertificatePage
      access={access}
      participantName={h.name}
      certificate={certificate}
      credential={credential}
      verifyUrl={url}
      recognition={recognition}
      units={units}
      {...extra}
    />,
    { title: h.title },
  )
}

async function incomingPage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, checklist, units } = await getIncoming(c.var.ctx, id)
  const h = await heading(c, 'mobility:incoming.pageTitle', access.mobility)
  return c.render(
    <IncomingPage
      access={access}
      participantName={h.name}
      checklist={checklist}
      units={units}
      {...extra}
    />,
    { title: h.title },
  )
}

export const afterRoutes = new Hono<AppEnv>()
  .get(`/app/mobility/${ID}/report`, (c) =>
    reportPage(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/report`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['participant'])
    const form = await readForm(c)
    const result = await runForm(form, ZReport, (input) => submitReport(c.var.ctx, id, input))
    if (!result.ok) {
      c.status(result.status)
      return reportPage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/report?notice=mobility:notices.reportSent`, 303)
  })
  .get(`/app/mobility/${ID}/certificate`, (c) =>
    certificatePage(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/certificate`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const result = await runForm(await readForm(c), ZButtonOnly, () =>
      issueCertificate(c.var.ctx, id),
    )
    if (!result.ok) {
      c.status(result.status)
      return certificatePage(c, id, { errors: result.errors, params: result.params })
    }
    return c.redirect(
      `/app/mobility/${id}/certificate?notice=mobility:notices.certificateIssued`,
      303,
    )
  })
  .get(`/app/mobility/${ID}/certificate.pdf`, async (c) => {
    const lang = toLocale(c.req.query('lang')) ?? c.var.locale
    const pdf = await certificatePdf(c.var.ctx, c.req.param('id'), lang)
    c.header('Content-Type', 'application/pdf')
    c.header('Content-Disposition', 'inline; filename="mobility-certificate.pdf"')
    c.header('Cache-Control', 'private, no-store')
    return c.body(new Uint8Array(pdf))
  })
  .post(`/app/mobility/${ID}/recognition`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZRecognition, (input) =>
      recordRecognition(c.var.ctx, id, input),
    )
    if (!result.ok) {
      c.status(result.status)
      return certificatePage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/certificate?notice=mobility:notices.recognised`, 303)
  })
  .get(`/app/mobility/${ID}/incoming`, (c) =>
    incomingPage(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/incoming/checklist`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['receiving'])
    const form = await readForm(c)
    const result = await runForm(form, ZChecklistItem, (input) =>
      setChecklistItem(c.var.ctx, id, input),
    )
    if (!result.ok) {
      c.status(result.status)
      return incomingPage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/incoming?notice=mobility:notices.checklistSaved`, 303)
  })
  .post(`/app/mobility/${ID}/incoming/attendance`, async (c) => {
    const id = c.req.param('id')
    await getIncoming(c.var.ctx, id)
    const form = await readForm(c)
    const result = await runForm(form, ZAttendance, (input) =>
      confirmAttendance(c.var.ctx, id, input),
    )
    if (!result.ok) {
      c.status(result.status)
      return incomingPage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(
      `/app/mobility/${id}/incoming?notice=mobility:notices.attendanceConfirmed`,
      303,
    )
  })
