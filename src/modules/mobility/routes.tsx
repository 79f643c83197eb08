import { type Context, Hono } from 'hono'
import type { z } from 'zod'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError, type FieldErrors, forbidden } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { authorize, can } from '#src/lib/policy.ts'
import { loadMobility, type Relation } from './access.ts'
import { ZMobility, ZMobilityFilter, ZStatusChange } from './inputs.ts'
import { activityRules } from './reference.ts'
import { groupRatio, listGroup } from './service/group.ts'
import { getFormOptions, listIncoming, listMobilities, listMyMobilities } from './service/lists.ts'
import { mobilityNames } from './service/names.ts'
import { createMobility, updateMobility } from './service/records.ts'
import { changeStatus, listStatusLog } from './service/status.ts'
import { MobilityFormPage } from './views/form-page.tsx'
import { IncomingListPage, MobilityListPage, MyMobilitiesPage } from './views/list-pages.tsx'
import { mobilityTitle, OverviewPage } from './views/overview-page.tsx'

export const ID = ':id{[0-9a-fA-F-]{36}}'

/** Notices a redirect may ask a mobility page to show. */
export const NOTICES = new Set([
  'mobility:notices.created',
  'mobility:notices.updated',
  'mobility:notices.statusChanged',
  'mobility:notices.agreementSaved',
  'mobility:notices.agreementSent',
  'mobility:notices.signed',
  'mobility:notices.todoSaved',
  'mobility:notices.sensitiveSaved',
  'mobility:notices.incidentLogged',
  'mobility:notices.reportSent',
  'mobility:notices.certificateIssued',
  'mobility:notices.recognised',
  'mobility:notices.checklistSaved',
  'mobility:notices.attendanceConfirmed',
])

export function noticeOf(c: Context<AppEnv>) {
  const notice = c.req.query('notice')
  return notice && NOTICES.has(notice) ? notice : undefined
}

type Failure = {
  ok: false
  errors: FieldErrors
  params?: Record<string, unknown>
  status: 422 | 409 | 429
}

/** Validates a form and runs the service, or says why not (422 with field errors). */
export async function runForm<S extends z.ZodType, T>(
  data: unknown,
  schema: S,
  run: (input: z.output<S>) => Promise<T>,
): Promise<{ ok: true; value: T } | Failure> {
  const parsed = validate(schema, data)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, status: 422 }
  try {
    return await tryForm(() => run(parsed.data))
  } catch (err) {
    // A refused state change (already signed, not completed yet) comes back as a message on the page.
    if (!(err instanceof AppError) || err.code !== 'INVALID_STATE') throw err
    return { ok: false, errors: { _form: err.messageKey }, params: err.params, status: 409 }
  }
}

/** Loads the mobility and refuses (403) unless the actor stands to it in one of these ways. */
export async function requireRelation(c: Context<AppEnv>, id: string, relations: Relation[]) {
  const access = await loadMobility(c.var.ctx, id)
  if (!relations.includes(access.relation)) throw forbidden()
  return access
}

async function overview(c: Context<AppEnv>, id: string) {
  const access = await loadMobility(c.var.ctx, id)
  const m = access.mobility
  const [names, log, members] = await Promise.all([
    mobilityNames(c.var.ctx, m),
    access.relation === 'sending' ? listStatusLog(c.var.ctx, id) : Promise.resolve([]),
    m.groupId ? listGroup(c.var.ctx, m.tenantId, m.groupId) : Promise.resolve(null),
  ])
  const groupMembers =
    members ??
    (m.activityType === 'LM-GROUP-VET'
      ? [
          {
            id: m.id,
            participantType: m.participantType,
            status: m.status,
            name: names.participant.displayName,
          },
        ]
      : null)
  const group = groupMembers ? { members: groupMembers, ...groupRatio(groupMembers) } : null
  return {
    access,
    names,
    log,
    group,
    title: mobilityTitle(c.var.t, names.participant.displayName, m.activityType),
  }
}

function formValues(m: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(m)) {
    if (v === null || v === undefined) continue
    out[k] = typeof v === 'boolean' ? (v ? 'on' : '') : v
  }
  return out
}

export const mobilityRoutes = new Hono<AppEnv>()
  .get('/app/mobility', async (c) => {
    const filter = ZMobilityFilter.parse(c.req.query())
    const result = await listMobilities(c.var.ctx, filter)
    return c.render(
      <MobilityListPage
        result={result}
        filter={filter}
        activities={activityRules().map((a) => a.code)}
        canCreate={can(c.var.ctx.actor, 'mobility.manage')}
      />,
      { title: c.var.t('mobility:list.title') },
    )
  })
  .get('/app/mobility/incoming', async (c) => {
    const page = Number(c.req.query('page')) || 1
    const result = await listIncoming(c.var.ctx, Math.max(1, Math.min(page, 100_000)))
    return c.render(<IncomingListPage result={result} />, {
      title: c.var.t('mobility:incoming.title'),
    })
  })
  .get('/app/my-mobility', async (c) => {
    const items = await listMyMobilities(c.var.ctx)
    const isGuardian = c.var.ctx.actor?.role === 'guardian'
    return c.render(<MyMobilitiesPage items={items} isGuardian={isGuardian} />, {
      title: isGuardian ? c.var.t('mobility:mine.guardianTitle') : c.var.t('mobility:mine.title'),
    })
  })
  .get('/app/mobility/new', async (c) => {
    authorize(c.var.ctx, 'mobility.manage')
    const group = c.req.query('group')
    const groupOf = group && /^[0-9a-f-]{36}$/i.test(group) ? group : undefined
    const values: Record<string, unknown> = {}
    if (groupOf) {
      const { mobility } = await loadMobility(c.var.ctx, groupOf)
      Object.assign(values, {
        participantType: 'accompanying',
        activityType: mobility.activityType,
        startDate: mobility.startDate,
        endDate: mobility.endDate,
        receivingOrganisationId: mobility.receivingOrganisationId,
        receivingOrganisationName: mobility.receivingOrganisationName,
        receivingCountry: mobility.receivingCountry,
        projectId: mobility.projectId,
      })
    }
    const title = c.var.t('mobility:form.newTitle')
    return c.render(
      <MobilityFormPage
        action="/app/mobility/new"
        title={title}
        options={await getFormOptions(c.var.ctx)}
        activities={activityRules()}
        values={values}
        groupOf={groupOf}
      />,
      { title },
    )
  })
  .post('/app/mobility/new', async (c) => {
    authorize(c.var.ctx, 'mobility.manage')
    const form = await readForm(c)
    const result = await runForm(form, ZMobility, (input) => createMobility(c.var.ctx, input))
    if (!result.ok) {
      const title = c.var.t('mobility:form.newTitle')
      c.status(result.status)
      return c.render(
        <MobilityFormPage
          action="/app/mobility/new"
          title={title}
          options={await getFormOptions(c.var.ctx)}
          activities={activityRules()}
          values={form}
          errors={result.errors}
          params={result.params}
          groupOf={typeof form.groupOf === 'string' ? form.groupOf : undefined}
        />,
        { title },
      )
    }
    return c.redirect(`/app/mobility/${result.value.id}?notice=mobility:notices.created`, 303)
  })
  .get(`/app/mobility/${ID}`, async (c) => {
    const page = await overview(c, c.req.param('id'))
    return c.render(<OverviewPage {...page} notice={noticeOf(c)} />, { title: page.title })
  })
  .get(`/app/mobility/${ID}/edit`, async (c) => {
    const { mobility } = await requireRelation(c, c.req.param('id'), ['sending'])
    const title = c.var.t('mobility:form.editTitle')
    return c.render(
      <MobilityFormPage
        action={`/app/mobility/${mobility.id}/edit`}
        title={title}
        options={await getFormOptions(c.var.ctx)}
        activities={activityRules(mobility.startDate)}
        values={formValues(mobility)}
      />,
      { title },
    )
  })
  .post(`/app/mobility/${ID}/edit`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZMobility, (input) => updateMobility(c.var.ctx, id, input))
    if (!result.ok) {
      const title = c.var.t('mobility:form.editTitle')
      c.status(result.status)
      return c.render(
        <MobilityFormPage
          action={`/app/mobility/${id}/edit`}
          title={title}
          options={await getFormOptions(c.var.ctx)}
          activities={activityRules()}
          values={form}
          errors={result.errors}
          params={result.params}
        />,
        { title },
      )
    }
    return c.redirect(`/app/mobility/${id}?notice=mobility:notices.updated`, 303)
  })
  .post(`/app/mobility/${ID}/status`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZStatusChange, (input) => changeStatus(c.var.ctx, id, input))
    if (!result.ok) {
      const page = await overview(c, id)
      c.status(result.status)
      return c.render(<OverviewPage {...page} errors={result.errors} values={form} />, {
        title: page.title,
      })
    }
    return c.redirect(`/app/mobility/${id}?notice=mobility:notices.statusChanged`, 303)
  })
