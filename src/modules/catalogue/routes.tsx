import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm } from '#src/http/http.ts'
import { addSitemapSource } from '#src/http/sitemap.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { isLocale, LOCALES } from '#src/lib/i18n.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { requireActor } from '#src/lib/policy.ts'
import {
  EMPTY_ENTRY,
  type EntryFormValues,
  formToEntry,
  readFilters,
  ZEntry,
  ZRejection,
  ZReview,
} from './inputs.ts'
import { erasmusCourseFee } from './reference.ts'
import { moderator, submitter } from './service/access.ts'
import {
  type Entry,
  entryChoices,
  getOwnEntry,
  listOwnEntries,
  submitEntry,
  updateEntry,
} from './service/entries.ts'
import { approveEntry, listPendingEntries, rejectEntry } from './service/moderation.ts'
import {
  getPublicEntry,
  listApprovedEntryIds,
  listPublicEntries,
  uraCourses,
} from './service/public.ts'
import { getReviewableEntry, reviewEntry, reviewRefusal } from './service/reviews.ts'
import { EntryFormPage } from './views/entry-form.tsx'
import { ModerationPage } from './views/moderation.tsx'
import { OwnListPage } from './views/own-list.tsx'
import { PublicEntryPage } from './views/public-entry.tsx'
import { PublicListPage } from './views/public-list.tsx'
import { ReviewFormPage } from './views/review-form.tsx'

type C = Context<AppEnv>

addSitemapSource(async (deps) => [
  { path: '/catalogue/courses' },
  ...(await listApprovedEntryIds(deps)).map((r) => ({
    path: `/catalogue/courses/${r.id}`,
    lastModified: r.updatedAt,
  })),
])

const BASE = '/app/catalogue/courses'
const ID = ':id{[0-9a-fA-F-]{36}}'
const NOTICES = new Set([
  'catalogue:notices.submitted',
  'catalogue:notices.updated',
  'catalogue:notices.approved',
  'catalogue:notices.rejected',
  'catalogue:notices.reviewed',
])

function toForm(e: Entry): EntryFormValues {
  return {
    providerOrgId: e.providerOrgId ?? '',
    providerName: e.providerName,
    providerCountry: e.providerCountry ?? '',
    title: e.title,
    description: e.description,
    topics: e.topics,
    iscedField: e.iscedField,
    eqfLevel: e.eqfLevel === null ? '' : String(e.eqfLevel),
    languages: e.languages,
    selfPaced: e.selfPaced,
    startsOn: e.startsOn ?? '',
    endsOn: e.endsOn ?? '',
    feeEur: e.feeEur ?? '',
    mode: e.mode,
    city: e.city,
    country: e.country ?? '',
    capacity: e.capacity === null ? '' : String(e.capacity),
    url: e.url ?? '',
    courseId: e.courseId ?? '',
  }
}

async function renderForm(
  c: C,
  action: string,
  values: EntryFormValues,
  isEdit: boolean,
  errors?: FieldErrors,
) {
  const choices = await entryChoices(c.var.ctx)
  const title = c.var.t(isEdit ? 'catalogue:form.editTitle' : 'catalogue:form.newTitle')
  return c.render(
    <EntryFormPage
      action={action}
      values={values}
      choices={choices}
      isEdit={isEdit}
      errors={errors}
    />,
    { title },
  )
}

async function renderQueue(c: C, failed?: { id: string; errors: FieldErrors; reason: string }) {
  const { rows, names } = await listPendingEntries(c.var.ctx)
  return c.render(
    <ModerationPage
      rows={rows}
      names={names}
      notice={queryKey(c, 'notice', NOTICES)}
      failed={failed}
    />,
    { title: c.var.t('catalogue:moderation.title') },
  )
}

async function renderReview(
  c: C,
  entry: Entry,
  values: { rating: string; text: string },
  errors?: FieldErrors,
) {
  const refusal = await reviewRefusal(c.var.ctx, entry)
  if (refusal) c.status(403)
  return c.render(
    <ReviewFormPage
      id={entry.id}
      title={entry.title}
      refusal={refusal}
      values={values}
      errors={errors}
    />,
    { title: c.var.t('catalogue:review.title') },
  )
}

/** The office's submissions, the moderators' queue and reviews (signed in). */
const appRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const rows = await listOwnEntries(c.var.ctx)
    return c.render(
      <OwnListPage
        rows={rows}
        isModerator={c.var.ctx.actor?.isPlatformAdmin ?? false}
        locale={c.var.locale}
        notice={queryKey(c, 'notice', NOTICES)}
      />,
      { title: c.var.t('catalogue:own.title') },
    )
  })
  .get(`${BASE}/new`, async (c) => {
    submitter(c.var.ctx)
    return renderForm(c, `${BASE}/new`, EMPTY_ENTRY, false)
  })
  .post(`${BASE}/new`, async (c) => {
    submitter(c.var.ctx)
    return formStep(c, {
      read: formToEntry,
      schema: ZEntry,
      run: (input) => submitEntry(c.var.ctx, input),
      render: (raw, errors) => renderForm(c, `${BASE}/new`, raw as EntryFormValues, false, errors),
      done: () => `${BASE}?notice=catalogue:notices.submitted`,
    })
  })
  .get(`${BASE}/moderation`, async (c) => {
    moderator(c.var.ctx)
    return renderQueue(c)
  })
  .get(`${BASE}/${ID}/edit`, async (c) => {
    const entry = await getOwnEntry(c.var.ctx, c.req.param('id'))
    return renderForm(c, `${BASE}/${entry.id}/edit`, toForm(entry), true)
  })
  .post(`${BASE}/${ID}/edit`, async (c) => {
    const entry = await getOwnEntry(c.var.ctx, c.req.param('id'))
    const action = `${BASE}/${entry.id}/edit`
    return formStep(c, {
      read: formToEntry,
      schema: ZEntry,
      run: (input) => updateEntry(c.var.ctx, entry.id, input),
      render: (raw, errors) => renderForm(c, action, raw as EntryFormValues, true, errors),
      done: () => `${BASE}?notice=catalogue:notices.updated`,
    })
  })
  .post(`${BASE}/${ID}/approve`, async (c) => {
    moderator(c.var.ctx)
    await approveEntry(c.var.ctx, c.req.param('id'))
    return c.redirect(`${BASE}/moderation?notice=catalogue:notices.approved`, 303)
  })
  .post(`${BASE}/${ID}/reject`, async (c) => {
    moderator(c.var.ctx)
    const id = c.req.param('id')
    const form = await readForm(c)
    const field = `reason-${id}`
    const reason = typeof form[field] === 'string' ? form[field] : ''
    const parsed = validate(ZRejection, { reason })
    if (!parsed.ok) {
      c.status(422)
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([k, v]) => [k === 'reason' ? field : k, v]),
      )
      return renderQueue(c, { id, errors, reason })
    }
    await rejectEntry(c.var.ctx, id, parsed.data.reason)
    return c.redirect(`${BASE}/moderation?notice=catalogue:notices.rejected`, 303)
  })
  .get(`${BASE}/${ID}/review`, async (c) => {
    requireActor(c.var.ctx)
    const entry = await getReviewableEntry(c.var.ctx, c.req.param('id'))
    return renderReview(c, entry, { rating: '', text: '' })
  })
  .post(`${BASE}/${ID}/review`, async (c) => {
    requireActor(c.var.ctx)
    const entry = await getReviewableEntry(c.var.ctx, c.req.param('id'))
    const form = await readForm(c)
    const values = {
      rating: typeof form.rating === 'string' ? form.rating : '',
      text: typeof form.text === 'string' ? form.text : '',
    }
    const parsed = validate(ZReview, values)
    if (!parsed.ok) {
      c.status(422)
      return renderReview(c, entry, values, parsed.errors)
    }
    try {
      await reviewEntry(c.var.ctx, entry.id, parsed.data)
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') return renderReview(c, entry, values)
      throw err
    }
    return c.redirect(`/${c.var.locale}/catalogue/courses/${entry.id}`, 303)
  })

/** The public course database: anyone may read approved entries and Ura's public courses. */
const publicRoutes = new Hono<AppEnv>()
  .get('/:locale/catalogue/courses', async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const filters = readFilters((name) => c.req.query(name))
    const page = Math.min(1000, Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1))
    const [list, ura] = await Promise.all([
      listPublicEntries(c.var.ctx, filters, page),
      uraCourses(c.var.ctx, filters, locale),
    ])
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/catalogue/courses` })),
    )
    return c.render(
      <PublicListPage
        filters={filters}
        items={list.items}
        total={list.total}
        page={list.page}
        pageCount={list.pageCount}
        ura={ura}
        rule={erasmusCourseFee()}
      />,
      { title: c.var.t('catalogue:public.title'), layout: 'public' },
    )
  })
  .get(`/:locale/catalogue/courses/${ID}`, async (c, next) => {
    const locale = c.req.param('locale')
    if (!isLocale(locale)) return next()
    const data = await getPublicEntry(c.var.ctx, c.req.param('id'))
    const base = c.var.deps.env.baseUrl
    c.set(
      'alternates',
      LOCALES.map((l) => ({ locale: l, href: `${base}/${l}/catalogue/courses/${data.entry.id}` })),
    )
    return c.render(<PublicEntryPage data={data} rule={erasmusCourseFee()} />, {
      title: pickText(data.entry.title, locale).value,
      layout: 'public',
    })
  })

export const catalogueRoutes = new Hono<AppEnv>().route('/', appRoutes).route('/', publicRoutes)
