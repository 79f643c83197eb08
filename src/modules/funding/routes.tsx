import type { Context } from 'hono'
import { Hono } from 'hono'
import { formStep, queryKey, readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { wallClockIn } from '#src/lib/dates.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { can } from '#src/lib/policy.ts'
import type { Applicant } from './eligibility.ts'
import {
  formToOpportunity,
  type OpportunityFormValues,
  ZEligibilityQuery,
  ZListOpportunities,
  ZOpportunity,
} from './inputs.ts'
import { author, reader, viewer } from './service/access.ts'
import {
  canEditOpportunity,
  createOpportunity,
  getEditableOpportunity,
  getOpportunity,
  listOpportunities,
  type OpportunityView,
  updateOpportunity,
} from './service/opportunities.ts'
import { currentSchool } from './service/school.ts'
import {
  listWatches,
  unwatchOpportunity,
  watchCounts,
  watchersOf,
  watchOpportunity,
} from './service/watches.ts'
import { EMPTY_OPPORTUNITY, OpportunityFormPage } from './views/opportunity-form.tsx'
import { OpportunitiesPage } from './views/opportunity-list.tsx'
import { OpportunityPage } from './views/opportunity-page.tsx'
import { WatchesPage } from './views/watches-page.tsx'

type C = Context<AppEnv>

const NOTICES = new Set([
  'funding:notices.created',
  'funding:notices.saved',
  'funding:notices.watching',
  'funding:notices.unwatched',
])

const BASE = '/app/funding'
const OPP = `${BASE}/opportunities`

/** The signed-in school as the eligibility check sees it, named in the reader's language. */
async function schoolOf(c: C): Promise<(Applicant & { name: string }) | null> {
  const school = await currentSchool(c.var.ctx)
  if (!school) return null
  return {
    country: school.country,
    organisationType: school.organisationType,
    name: pickText(school.name, c.var.locale, [school.defaultLocale]).value,
  }
}

function valuesOf(o: OpportunityView): OpportunityFormValues {
  return {
    scope: o.scope,
    programme: o.programme,
    actionCode: o.actionCode,
    title: o.title,
    summary: o.summary,
    deadlines: o.deadlines.map((d) => ({
      local: wallClockIn(d.at, d.timeZone),
      timeZone: d.timeZone,
    })),
    budgetMinEur: o.budgetMinEur ?? '',
    budgetMaxEur: o.budgetMaxEur ?? '',
    budgetNote: o.budgetNote,
    coFinancingRate: o.coFinancingRate === null ? '' : String(o.coFinancingRate),
    url: o.url ?? '',
    applicationLanguages: o.applicationLanguages,
    eligibility: o.eligibility.map((r) => ({ ...r })),
    confidence: o.confidence,
    sourceNote: o.sourceNote,
  }
}

function renderForm(
  c: C,
  opportunity: OpportunityView | null,
  values: OpportunityFormValues,
  errors?: FieldErrors,
) {
  const actor = c.var.ctx.actor
  return c.render(
    <OpportunityFormPage
      action={opportunity ? `${OPP}/${opportunity.id}/edit` : `${OPP}/new`}
      values={values}
      isNew={!opportunity}
      canChooseScope={Boolean(actor?.isPlatformAdmin && actor.tenantId)}
      errors={errors}
      cancel={opportunity ? `${OPP}/${opportunity.id}` : BASE}
    />,
    { title: c.var.t(opportunity ? 'funding:form.editTitle' : 'funding:form.newTitle') },
  )
}

/** Where a watch button sends the person back to. */
function backFrom(form: Record<string, unknown>, id: string, notice: string) {
  return form.back === 'watches'
    ? `${BASE}/watches?notice=${notice}`
    : `${OPP}/${id}?notice=${notice}#watch-heading`
}

/** The register, an opportunity's page with its eligibility check, its form, and the watch list. */
export const opportunityRoutes = new Hono<AppEnv>()
  .get(BASE, async (c) => {
    const actor = reader(c.var.ctx)
    const query = ZListOpportunities.parse(c.req.query())
    const who = await schoolOf(c)
    const page = await listOpportunities(c.var.ctx, query, who)
    const watchers = await watchCounts(
      c.var.ctx,
      page.rows.map((r) => r.id),
    )
    return c.render(
      <OpportunitiesPage
        page={page}
        query={query}
        who={who}
        watchers={watchers}
        canAdd={actor.isPlatformAdmin || can(actor, 'funding.manage')}
        now={c.var.ctx.now()}
        notice={queryKey(c, 'notice', NOTICES)}
      />,
      { title: c.var.t('funding:list.title') },
    )
  })
  .get(`${BASE}/watches`, async (c) => {
    viewer(c.var.ctx)
    const rows = await listWatches(c.var.ctx)
    return c.render(
      <WatchesPage rows={rows} now={c.var.ctx.now()} notice={queryKey(c, 'notice', NOTICES)} />,
      { title: c.var.t('funding:watches.title') },
    )
  })
  .get(`${OPP}/new`, async (c) => {
    author(c.var.ctx)
    return renderForm(c, null, EMPTY_OPPORTUNITY)
  })
  .post(`${OPP}/new`, async (c) => {
    author(c.var.ctx)
    return formStep(c, {
      read: formToOpportunity,
      schema: ZOpportunity,
      run: (input) => createOpportunity(c.var.ctx, input),
      render: (raw, errors) => renderForm(c, null, raw as OpportunityFormValues, errors),
      done: (row) => `${OPP}/${row.id}?notice=funding:notices.created`,
    })
  })
  .get(`${OPP}/:id`, async (c) => {
    const actor = reader(c.var.ctx)
    const opportunity = await getOpportunity(c.var.ctx, c.req.param('id'))
    const school = await schoolOf(c)
    const asked = c.req.query('country') !== undefined
    const raw = {
      country: c.req.query('country') ?? school?.country ?? 'AL',
      organisationType: c.req.query('organisationType') ?? school?.organisationType ?? 'vet_school',
    }
    const parsed = asked ? validate(ZEligibilityQuery, raw) : null
    const watchers = await watchersOf(c.var.ctx, opportunity.id)
    const member = Boolean(actor.tenantId) && can(actor, 'funding.view')
    return c.render(
      <OpportunityPage
        opportunity={opportunity}
        school={school}
        check={{
          values: raw,
          who: parsed?.ok ? parsed.data : null,
          errors: parsed && !parsed.ok ? parsed.errors : undefined,
        }}
        watchers={watchers}
        canEdit={canEditOpportunity(actor, opportunity)}
        canWatch={member}
        canApply={member && can(actor, 'funding.manage')}
        now={c.var.ctx.now()}
        notice={queryKey(c, 'notice', NOTICES)}
      />,
      { title: pickText(opportunity.title, c.var.locale).value || opportunity.actionCode },
    )
  })
  .get(`${OPP}/:id/edit`, async (c) => {
    const opportunity = await getEditableOpportunity(c.var.ctx, c.req.param('id'))
    return renderForm(c, opportunity, valuesOf(opportunity))
  })
  .post(`${OPP}/:id/edit`, async (c) => {
    const opportunity = await getEditableOpportunity(c.var.ctx, c.req.param('id'))
    return formStep(c, {
      read: formToOpportunity,
      schema: ZOpportunity,
      run: (input) => updateOpportunity(c.var.ctx, opportunity.id, input),
      render: (raw, errors) => renderForm(c, opportunity, raw as OpportunityFormValues, errors),
      done: (row) => `${OPP}/${row.id}?notice=funding:notices.saved`,
    })
  })
  .post(`${OPP}/:id/watch`, async (c) => {
    viewer(c.var.ctx)
    const form = await readForm(c)
    const row = await watchOpportunity(c.var.ctx, c.req.param('id'))
    return c.redirect(backFrom(form, row.id, 'funding:notices.watching'), 303)
  })
  .post(`${OPP}/:id/unwatch`, async (c) => {
    viewer(c.var.ctx)
    const form = await readForm(c)
    const row = await unwatchOpportunity(c.var.ctx, c.req.param('id'))
    return c.redirect(backFrom(form, row.id, 'funding:notices.unwatched'), 303)
  })
