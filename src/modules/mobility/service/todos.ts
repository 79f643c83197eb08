import { and, asc, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { Tx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { forbidden, notFound } from '#src/lib/errors.ts'
import { loadMobility, type Relation } from '../access.ts'
import type { ZTodo } from '../inputs.ts'
import { type mobilities, mobilityTodos, type TodoAssignee, type TodoKind } from '../schema.ts'

/** The to-do items every new mobility starts with; consent only for a minor. */
export async function defaultTodos(tx: Tx, row: typeof mobilities.$inferSelect, isMinor: boolean) {
  const items: { kind: TodoKind; assignedTo: TodoAssignee }[] = [
    { kind: 'id_document', assignedTo: 'learner' },
    { kind: 'emergency_contacts', assignedTo: 'learner' },
    { kind: 'medical_information', assignedTo: isMinor ? 'guardian' : 'learner' },
    ...(isMinor ? [{ kind: 'consent' as const, assignedTo: 'guardian' as const }] : []),
    { kind: 'insurance', assignedTo: 'coordinator' },
    { kind: 'visa', assignedTo: 'coordinator' },
    { kind: 'emergency_contacts', assignedTo: 'host' },
  ]
  await tx
    .insert(mobilityTodos)
    .values(items.map((i) => ({ ...i, tenantId: row.tenantId, mobilityId: row.id })))
}

/** The assignee a relation ticks for; the sending coordinators may tick everything. */
const ASSIGNEE_OF: Record<Relation, TodoAssignee | 'all'> = {
  sending: 'all',
  participant: 'learner',
  guardian: 'guardian',
  receiving: 'host',
  host: 'host',
}

export function canTick(relation: Relation, assignedTo: TodoAssignee): boolean {
  const mine = ASSIGNEE_OF[relation]
  return mine === 'all' || mine === assignedTo
}

/** The shared to-do list of a mobility, for anyone who may see the mobility. */
export async function listTodos(ctx: Ctx, mobilityId: string) {
  const access = await loadMobility(ctx, mobilityId)
  const items = await ctx.db
    .select()
    .from(mobilityTodos)
    .where(eq(mobilityTodos.mobilityId, mobilityId))
    .orderBy(asc(mobilityTodos.createdAt), asc(mobilityTodos.id))
  return { access, items }
}

/** Ticks or unticks an item; each party only their own items. */
export async function setTodoDone(ctx: Ctx, mobilityId: string, todoId: string, done: boolean) {
  const access = await loadMobility(ctx, mobilityId)
  const [item] = await ctx.db
    .select()
    .from(mobilityTodos)
    .where(and(eq(mobilityTodos.id, todoId), eq(mobilityTodos.mobilityId, mobilityId)))
  if (!item) throw notFound()
  if (!canTick(access.relation, item.assignedTo)) throw forbidden()
  await ctx.db
    .update(mobilityTodos)
    .set(done ? { doneAt: ctx.now(), doneBy: access.actor.userId } : { doneAt: null, doneBy: null })
    .where(eq(mobilityTodos.id, todoId))
}

/** Adds an item of the coordinator's own wording. */
export async function addTodo(ctx: Ctx, mobilityId: string, input: z.infer<typeof ZTodo>) {
  const access = await loadMobility(ctx, mobilityId)
  if (access.relation !== 'sending') throw forbidden()
  await ctx.db.insert(mobilityTodos).values({
    tenantId: access.mobility.tenantId,
    mobilityId,
    kind: 'other',
    label: input.label,
    assignedTo: input.assignedTo,
  })
}
