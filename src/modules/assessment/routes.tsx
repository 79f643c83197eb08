import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { authorize } from '#src/lib/policy.ts'
import { fileSlug } from '#src/lib/spreadsheet.ts'
import { qrSvg } from '#src/ui/qr.tsx'
import type { NewQuestion } from './content.ts'
import {
  formToInstrument,
  formToInvite,
  formToQuestion,
  formToRound,
  formToSection,
  linesOf,
  type QuestionInput,
  ZInstrument,
  ZInvite,
  ZQuestionInput,
  ZRound,
  ZSectionInput,
} from './inputs.ts'
import {
  addQuestion,
  addSection,
  copyInstrument,
  createInstrument,
  listInstruments,
  loadInstrument,
  publishDraft,
  removeQuestion,
  startDraft,
} from './service/instruments.ts'
import { resultsPdf, resultsXlsx } from './service/report-files.ts'
import { roundResults } from './service/results.ts'
import {
  closeRound,
  createRound,
  inviteByEmail,
  listRounds,
  loadRound,
  openRound,
  remindRound,
  surveyUrl,
} from './service/rounds.ts'
import {
  InstrumentPage,
  InstrumentsPage,
  NewInstrumentPage,
  type QuestionFormValues,
} from './views/instrument-pages.tsx'
import { areasChart, ResultsPage } from './views/results-page.tsx'
import { RoundFormPage, type RoundFormValues, RoundPage, RoundsPage } from './views/round-pages.tsx'

type C = Context<AppEnv>

const BASE = '/app/assessment'

const NOTICES = new Set([
  'assessment:notices.roundCreated',
  'assessment:notices.opened',
  'assessment:notices.closed',
  'assessment:notices.instrumentCreated',
  'assessment:notices.copied',
  'assessment:notices.draftMade',
  'assessment:notices.questionAdded',
  'assessment:notices.questionRemoved',
  'assessment:notices.sectionAdded',
  'assessment:notices.published',
])

/** A question as the builder's form describes it. */
export function questionFrom(input: QuestionInput): NewQuestion {
  const common = {
    text: input.text,
    ...(Object.keys(input.help).length > 0 ? { help: input.help } : {}),
    ...(input.groups.length > 0 ? { groups: input.groups } : {}),
    required: input.required,
  }
  const lines = linesOf(input.lines)
  const options = lines.map((label, i) => ({ key: `o${i + 1}`, label }))
  switch (input.type) {
    case 'scale':
      return {
        ...common,
        type: 'scale',
        levels: lines.length === 5 ? lines : [1, 2, 3, 4, 5].map((n) => ({ en: String(n) })),
        allowNa: true,
      }
    case 'single':
    case 'multiple':
      return { ...common, type: input.type, options }
    case 'matrix':
      return {
        ...common,
        type: 'matrix',
        rows: lines.map((label, i) => ({ key: `r${i + 1}`, label })),
        columns: linesOf(input.columns),
      }
    case 'text':
      return { ...common, type: 'text' }
    case 'number':
      return { ...common, type: 'number' }
  }
}

async function renderInstrument(
  c: C,
  id: string,
  opts: {
    version?: number
    sectionErrors?: FieldErrors
    sectionValues?: { title: Record<string, string>; description: Record<string, string> }
    questionErrors?: FieldErrors
    questionValues?: QuestionFormValues
  } = {},
) {
  const detail = await loadInstrument(c.var.ctx, id, opts.version)
  return c.render(
    <InstrumentPage
      detail={detail}
      notice={queryKey(c, 'notice', NOTICES)}
      sectionErrors={opts.sectionErrors}
      sectionValues={opts.sectionValues as never}
      questionErrors={opts.questionErrors}
      questionValues={opts.questionValues}
    />,
    { title: pickText(detail.instrument.title, c.var.locale).value },
  )
}

async function renderRound(
  c: C,
  id: string,
  invite?: { errors: FieldErrors; values: { group: string; locale: string; emails: string } },
  notice?: { key: string; params?: Record<string, unknown> },
) {
  const detail = await loadRound(c.var.ctx, id)
  const qrs = new Map<string, string>()
  const links = new Map<string, string>()
  if (detail.accepting) {
    for (const g of detail.groups) {
      if (!g.link) continue
      const url = surveyUrl(c.var.deps.env.baseUrl, c.var.locale, g.link)
      links.set(g.group, url)
      qrs.set(
        g.group,
        await qrSvg(
          url,
          c.var.t('assessment:rounds.qrLabel', { group: c.var.t(`assessment:groups.${g.group}`) }),
        ),
      )
    }
  }
  const shown =
    notice ??
    (queryKey(c, 'notice', NOTICES) ? { key: queryKey(c, 'notice', NOTICES)! } : undefined)
  return c.render(
    <RoundPage
      detail={detail}
      qrs={qrs}
      links={links}
      notice={shown}
      inviteErrors={invite?.errors}
      inviteValues={invite?.values}
    />,
    { title: detail.round.title },
  )
}

const EMPTY_ROUND: RoundFormValues = {
  instrumentId: '',
  title: '',
  groups: ['leaders', 'teachers', 'admin_staff'],
  anonymous: true,
  closesOn: '',
}

/** The staff's pages: rounds, instruments and their builder, results. */
export const assessmentRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const rounds = await listRounds(c.var.ctx)
    return c.render(<RoundsPage rounds={rounds} notice={queryKey(c, 'notice', NOTICES)} />, {
      title: c.var.t('assessment:rounds.title'),
    })
  })
  .get(`${BASE}/instruments`, async (c) => {
    const instruments = await listInstruments(c.var.ctx)
    return c.render(
      <InstrumentsPage instruments={instruments} notice={queryKey(c, 'notice', NOTICES)} />,
      { title: c.var.t('assessment:instruments.title') },
    )
  })
  .get(`${BASE}/instruments/new`, (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    return c.render(<NewInstrumentPage values={{ kind: 'survey', title: {}, description: {} }} />, {
      title: c.var.t('assessment:instruments.newTitle'),
    })
  })
  .post(`${BASE}/instruments/new`, (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    return formStep(c, {
      read: formToInstrument,
      schema: ZInstrument,
      run: (input) => createInstrument(c.var.ctx, input),
      render: (raw, errors) =>
        c.render(
          <NewInstrumentPage values={raw as ReturnType<typeof formToInstrument>} errors={errors} />,
          { title: c.var.t('assessment:instruments.newTitle') },
        ),
      done: (row) => `${BASE}/instruments/${row.id}?notice=assessment:notices.instrumentCreated`,
    })
  })
  .get(`${BASE}/instruments/:id`, async (c) => {
    const v = Number.parseInt(c.req.query('version') ?? '', 10)
    return renderInstrument(c, c.req.param('id'), Number.isInteger(v) ? { version: v } : {})
  })
  .post(`${BASE}/instruments/:id/copy`, async (c) => {
    const row = await copyInstrument(c.var.ctx, c.req.param('id'))
    return c.redirect(`${BASE}/instruments/${row.id}?notice=assessment:notices.copied`, 303)
  })
  .post(`${BASE}/instruments/:id/edit`, async (c) => {
    const id = c.req.param('id')
    await startDraft(c.var.ctx, id)
    return c.redirect(`${BASE}/instruments/${id}?notice=assessment:notices.draftMade`, 303)
  })
  .post(`${BASE}/instruments/:id/sections`, async (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    const id = c.req.param('id')
    const raw = formToSection(await readForm(c))
    const parsed = validate(ZSectionInput, raw)
    if (!parsed.ok) {
      c.status(422)
      return renderInstrument(c, id, { sectionErrors: parsed.errors, sectionValues: raw as never })
    }
    await addSection(c.var.ctx, id, parsed.data)
    return c.redirect(
      `${BASE}/instruments/${id}?notice=assessment:notices.sectionAdded#add-section`,
      303,
    )
  })
  .post(`${BASE}/instruments/:id/questions`, async (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    const id = c.req.param('id')
    const raw = formToQuestion(await readForm(c))
    const parsed = validate(ZQuestionInput, raw)
    if (!parsed.ok) {
      c.status(422)
      return renderInstrument(c, id, { questionErrors: parsed.errors, questionValues: raw })
    }
    const result = await tryForm(() =>
      addQuestion(c.var.ctx, id, parsed.data.section, questionFrom(parsed.data)),
    )
    if (!result.ok) {
      c.status(result.status)
      return renderInstrument(c, id, { questionErrors: result.errors, questionValues: raw })
    }
    return c.redirect(
      `${BASE}/instruments/${id}?notice=assessment:notices.questionAdded#add-question`,
      303,
    )
  })
  .post(`${BASE}/instruments/:id/questions/:key/remove`, async (c) => {
    const id = c.req.param('id')
    await removeQuestion(c.var.ctx, id, c.req.param('key'))
    return c.redirect(`${BASE}/instruments/${id}?notice=assessment:notices.questionRemoved`, 303)
  })
  .post(`${BASE}/instruments/:id/publish`, async (c) => {
    const id = c.req.param('id')
    const result = await tryForm(() => publishDraft(c.var.ctx, id))
    if (!result.ok) {
      c.status(result.status)
      return renderInstrument(c, id, { questionErrors: result.errors })
    }
    return c.redirect(`${BASE}/instruments/${id}?notice=assessment:notices.published`, 303)
  })
  .get(`${BASE}/rounds/new`, async (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    const instruments = await listInstruments(c.var.ctx)
    // Ura's checklist first: the round most schools start with.
    const usable = instruments.filter((i) => i.latestVersion !== null)
    const chosen =
      c.req.query('instrument') ??
      (usable.find((i) => !i.own && i.kind === 'checklist') ?? usable[0])?.id ??
      ''
    return c.render(
      <RoundFormPage instruments={instruments} values={{ ...EMPTY_ROUND, instrumentId: chosen }} />,
      { title: c.var.t('assessment:rounds.newTitle') },
    )
  })
  .post(`${BASE}/rounds/new`, async (c) => {
    const instruments = await listInstruments(c.var.ctx)
    return formStep(c, {
      read: formToRound,
      schema: ZRound,
      run: (input) => createRound(c.var.ctx, input),
      render: (raw, errors) =>
        c.render(
          <RoundFormPage
            instruments={instruments}
            values={raw as ReturnType<typeof formToRound>}
            errors={errors}
          />,
          { title: c.var.t('assessment:rounds.newTitle') },
        ),
      done: (row) => `${BASE}/rounds/${row.id}?notice=assessment:notices.roundCreated`,
    })
  })
  .get(`${BASE}/rounds/:id`, (c) => renderRound(c, c.req.param('id')))
  .post(`${BASE}/rounds/:id/open`, async (c) => {
    const id = c.req.param('id')
    await openRound(c.var.ctx, id)
    return c.redirect(`${BASE}/rounds/${id}?notice=assessment:notices.opened`, 303)
  })
  .post(`${BASE}/rounds/:id/close`, async (c) => {
    const id = c.req.param('id')
    await closeRound(c.var.ctx, id)
    return c.redirect(`${BASE}/rounds/${id}?notice=assessment:notices.closed`, 303)
  })
  .post(`${BASE}/rounds/:id/invite`, async (c) => {
    authorize(c.var.ctx, 'assessment.manage')
    const id = c.req.param('id')
    const raw = formToInvite(await readForm(c))
    const parsed = validate(ZInvite, raw)
    if (!parsed.ok) {
      c.status(422)
      // One message on the address field for any bad address in the list.
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([k, v]) => [k.startsWith('emails') ? 'emails' : k, v]),
      )
      return renderRound(c, id, { errors, values: raw })
    }
    const result = await tryForm(() => inviteByEmail(c.var.ctx, id, parsed.data))
    if (!result.ok) {
      c.status(result.status)
      return renderRound(c, id, { errors: result.errors, values: raw })
    }
    return renderRound(c, id, undefined, {
      key: 'assessment:notices.invited',
      params: { count: result.value.invited, skipped: result.value.skipped },
    })
  })
  .post(`${BASE}/rounds/:id/remind`, async (c) => {
    const id = c.req.param('id')
    const sent = await remindRound(c.var.ctx, id)
    return renderRound(c, id, undefined, {
      key: 'assessment:notices.reminded',
      params: { count: sent },
    })
  })
  .get(`${BASE}/rounds/:id/results`, async (c) => {
    const results = await roundResults(c.var.ctx, c.req.param('id'))
    const chart = results.tooFew ? null : areasChart(results, c.var.t, c.var.locale)
    return c.render(<ResultsPage results={results} chart={chart} />, {
      title: c.var.t('assessment:results.title', { round: results.round.title }),
    })
  })
  .get(`${BASE}/rounds/:id/results.pdf`, async (c) => {
    const results = await roundResults(c.var.ctx, c.req.param('id'))
    const pdf = await resultsPdf(results, c.var.locale)
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${fileSlug(results.round.title, 'results')}.pdf"`,
    })
  })
  .get(`${BASE}/rounds/:id/results.xlsx`, async (c) => {
    const results = await roundResults(c.var.ctx, c.req.param('id'))
    const xlsx = await resultsXlsx(results, c.var.locale)
    return c.body(new Uint8Array(xlsx), 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${fileSlug(results.round.title, 'results')}.xlsx"`,
    })
  })
