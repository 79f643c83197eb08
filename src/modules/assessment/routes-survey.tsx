import type { Context } from 'hono'
import { Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { openSurvey, submitSurvey } from './service/answering.ts'
import { type SentValues, SurveyMessagePage, SurveyPage } from './views/survey-pages.tsx'

type C = Context<AppEnv>

const TOKEN = ':token{[A-Za-z0-9_-]{16,64}}'

/** The answers a form sent, by question key (`q.<key>` arrives nested as `{ q: { key } }`). */
function answersOf(form: Record<string, unknown>): Record<string, unknown> {
  const q = form.q
  return q && typeof q === 'object' && !Array.isArray(q) ? (q as Record<string, unknown>) : {}
}

/** The form's values again, flat (`q.key`, `q.key.row`), to re-render after an error. */
function flatten(prefix: string, value: unknown, out: SentValues = {}): SentValues {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(`${prefix}.${k}`, v, out)
  } else out[prefix] = value
  return out
}

/** A refused link (closed round, used invitation) as a page that says why, in the reader's words. */
function refused(c: C, err: unknown) {
  if (err instanceof AppError && (err.code === 'INVALID_STATE' || err.code === 'CONFLICT')) {
    c.status(err.status)
    return c.render(
      <SurveyMessagePage
        title={c.var.t('assessment:answer.refusedTitle')}
        text={c.var.t(err.messageKey)}
      />,
      { title: c.var.t('assessment:answer.refusedTitle'), layout: 'public' },
    )
  }
  throw err
}

function noIndex(c: C) {
  // A survey link is a key: no search engine, no referrer to other sites.
  c.header('x-robots-tag', 'noindex')
  c.header('referrer-policy', 'no-referrer')
}

/** Answering a survey: by a group's shared link or a personal invitation, without an account. */
export const surveyRoutes = new Hono<AppEnv>()
  .get(`/:locale/survey/${TOKEN}`, async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    noIndex(c)
    const token = c.req.param('token')
    try {
      const form = await openSurvey(c.var.ctx, token)
      c.set(
        'alternates',
        LOCALES.map((l) => ({ locale: l, href: `/${l}/survey/${token}` })),
      )
      return c.render(<SurveyPage form={form} action={`/${locale}/survey/${token}`} sent={{}} />, {
        title: pickText(form.title, locale).value,
        layout: 'public',
      })
    } catch (err) {
      return refused(c, err)
    }
  })
  .post(`/:locale/survey/${TOKEN}`, async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    noIndex(c)
    const token = c.req.param('token')
    const form = await readForm(c)
    const sent = answersOf(form)
    try {
      await submitSurvey(c.var.ctx, token, sent)
      return c.redirect(`/${locale}/survey/thanks`, 303)
    } catch (err) {
      if (err instanceof AppError && err.code === 'INVALID_INPUT' && err.fields) {
        const survey = await openSurvey(c.var.ctx, token).catch((e) => e)
        if (survey instanceof Error) return refused(c, survey)
        c.status(422)
        return c.render(
          <SurveyPage
            form={survey}
            action={`/${locale}/survey/${token}`}
            sent={flatten('q', sent)}
            errors={err.fields}
          />,
          { title: pickText(survey.title, locale).value, layout: 'public' },
        )
      }
      return refused(c, err)
    }
  })
  .get('/:locale/survey/thanks', (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    return c.render(
      <SurveyMessagePage
        title={c.var.t('assessment:answer.thanksTitle')}
        text={c.var.t('assessment:answer.thanks')}
      />,
      { title: c.var.t('assessment:answer.thanksTitle'), layout: 'public' },
    )
  })
