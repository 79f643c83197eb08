import { type Context, Hono } from 'hono'
import { readForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { loadMobility, requireCapability } from './access.ts'
import { ZIncident, ZSensitive, ZTodo } from './inputs.ts'
import { ID, noticeOf, requireRelation, runForm } from './routes.tsx'
import { addIncident, listIncidents } from './service/incidents.ts'
import { mobilityNames } from './service/names.ts'
import { getSensitive, saveSensitive } from './service/sensitive.ts'
import { addTodo, listTodos, setTodoDone } from './service/todos.ts'
import { mobilityTitle } from './views/overview-page.tsx'
import { IncidentsPage, SensitivePage, TodosPage } from './views/stay-pages.tsx'

type Extra = { notice?: string | undefined; errors?: FieldErrors; values?: Record<string, unknown> }

async function heading(
  c: Context<AppEnv>,
  key: string,
  mobility: Parameters<typeof mobilityNames>[1],
) {
  const names = await mobilityNames(c.var.ctx, mobility)
  const name = names.participant.displayName
  return { name, title: `${c.var.t(key)} · ${mobilityTitle(c.var.t, name, mobility.activityType)}` }
}

async function todosPage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, items } = await listTodos(c.var.ctx, id)
  const h = await heading(c, 'mobility:todo.title', access.mobility)
  return c.render(<TodosPage access={access} participantName={h.name} items={items} {...extra} />, {
    title: h.title,
  })
}

async function sensitivePage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, view: data } = await getSensitive(c.var.ctx, id)
  const h = await heading(c, 'mobility:sensitive.title', access.mobility)
  // Personal data: never cached anywhere.
  c.header('Cache-Control', 'no-store')
  return c.render(
    <SensitivePage access={access} participantName={h.name} data={data} {...extra} />,
    {
      title: h.title,
    },
  )
}

async function incidentsPage(c: Context<AppEnv>, id: string, extra: Extra) {
  const { access, items } = await listIncidents(c.var.ctx, id)
  const h = await heading(c, 'mobility:incident.title', access.mobility)
  return c.render(
    <IncidentsPage access={access} participantName={h.name} items={items} {...extra} />,
    {
      title: h.title,
    },
  )
}

export const stayRoutes = new Hono<AppEnv>()
  .get(`/app/mobility/${ID}/todos`, (c) => todosPage(c, c.req.param('id'), { notice: noticeOf(c) }))
  .post(`/app/mobility/${ID}/todos`, async (c) => {
    const id = c.req.param('id')
    await requireRelation(c, id, ['sending'])
    const form = await readForm(c)
    const result = await runForm(form, ZTodo, (input) => addTodo(c.var.ctx, id, input))
    if (!result.ok) {
      c.status(result.status)
      return todosPage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/todos?notice=mobility:notices.todoSaved`, 303)
  })
  .post(`/app/mobility/${ID}/todos/:todoId{[0-9a-fA-F-]{36}}`, async (c) => {
    const id = c.req.param('id')
    const form = await readForm(c)
    await setTodoDone(c.var.ctx, id, c.req.param('todoId'), form.done !== 'no')
    return c.redirect(`/app/mobility/${id}/todos?notice=mobility:notices.todoSaved`, 303)
  })
  .get(`/app/mobility/${ID}/sensitive`, (c) =>
    sensitivePage(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/sensitive`, async (c) => {
    const id = c.req.param('id')
    requireCapability(await loadMobility(c.var.ctx, id), 'editSensitive')
    const form = await readForm(c)
    const result = await runForm(form, ZSensitive, (input) => saveSensitive(c.var.ctx, id, input))
    if (!result.ok) {
      c.status(result.status)
      return sensitivePage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/sensitive?notice=mobility:notices.sensitiveSaved`, 303)
  })
  .get(`/app/mobility/${ID}/incidents`, (c) =>
    incidentsPage(c, c.req.param('id'), { notice: noticeOf(c) }),
  )
  .post(`/app/mobility/${ID}/incidents`, async (c) => {
    const id = c.req.param('id')
    requireCapability(await loadMobility(c.var.ctx, id), 'incidents')
    const form = await readForm(c)
    const timeZone =
      c.var.ctx.actor?.memberships.find((m) => m.tenantId === c.var.ctx.actor?.tenantId)
        ?.timeZone ?? 'Europe/Tirane'
    const result = await runForm(form, ZIncident, (input) =>
      addIncident(c.var.ctx, id, input, timeZone),
    )
    if (!result.ok) {
      c.status(result.status)
      return incidentsPage(c, id, { errors: result.errors, values: form })
    }
    return c.redirect(`/app/mobility/${id}/incidents?notice=mobility:notices.incidentLogged`, 303)
  })
