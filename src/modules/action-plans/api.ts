import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, jsonBody, jsonResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { AppError } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'
import { ZAction, ZActionProgress } from './inputs.ts'
import { FLAGS } from './realism.ts'
import { ACTION_STATUSES, PLAN_STATUSES } from './schema.ts'
import { createAction, updateActionProgress } from './service/actions.ts'
import type { CheckedAction } from './service/checks.ts'
import { listPlans, type PlanRow } from './service/plans.ts'
import { planView } from './service/view.ts'

const security = [{ bearer: [] }]
const tags = ['Action plans']
const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZPlanSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    startsOn: z.string().meta({ description: 'YYYY-MM-DD' }),
    endsOn: z.string().meta({ description: 'YYYY-MM-DD' }),
    status: z.enum(PLAN_STATUSES),
    roundId: z.uuid().nullable(),
    actions: z.int(),
    done: z.int(),
    flagged: z.int().meta({ description: 'Actions with at least one realism warning' }),
  })
  .meta({ id: 'ActionPlanSummary' })

const ZActionJson = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    objectiveId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable(),
    deadline: z.string().meta({ description: 'YYYY-MM-DD' }),
    resources: z.string(),
    costEur: z.string().nullable().meta({ description: 'Exact, two decimals' }),
    indicator: z.string(),
    target: z.string(),
    evidence: z.string(),
    status: z.enum(ACTION_STATUSES),
    progressNote: z.string(),
    roundId: z.uuid().nullable(),
    questionKey: z.string().nullable(),
    itemText: ZText.nullable(),
    courseId: z.uuid().nullable(),
    taskId: z.uuid().nullable().meta({ description: 'The project task that carries it out' }),
    flags: z.array(z.enum(FLAGS)),
  })
  .meta({ id: 'ActionPlanAction' })

const ZPlanJson = z
  .object({
    plan: ZPlanSummary,
    objectives: z.array(
      z.object({ id: z.uuid(), title: ZText, position: z.int(), actions: z.array(ZActionJson) }),
    ),
  })
  .meta({ id: 'ActionPlan' })

const ZActionBody = z
  .looseObject({
    objectiveId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable().optional(),
    deadline: z.string().meta({ description: 'YYYY-MM-DD' }),
    resources: z.string().optional(),
    costEur: z.string().nullable().optional(),
    indicator: z.string().optional(),
    target: z.string().optional(),
    evidence: z.string().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    progressNote: z.string().optional(),
    roundId: z.uuid().nullable().optional(),
    questionKey: z.string().nullable().optional(),
    courseId: z.uuid().nullable().optional(),
    taskId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'ActionPlanActionInput' })

const ZStatusBody = z
  .object({ status: z.enum(ACTION_STATUSES), progressNote: z.string().optional() })
  .meta({ id: 'ActionPlanActionStatus' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role may not do this'),
}
const notFound = { 404: errorResponse('No such record for this organisation') }

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = validate(schema, value)
  if (!result.ok)
    throw new AppError('INVALID_INPUT', 'common:errors.invalidInput', {}, result.errors)
  return result.data
}

const listRoute = createRoute({
  operationId: 'listActionPlans',
  method: 'get',
  path: '/v1/plans',
  tags,
  summary: 'The school’s action plans with counts of actions, done and flagged',
  security,
  responses: {
    200: jsonResponse(z.object({ data: z.array(ZPlanSummary) }), 'The plans'),
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getActionPlan',
  method: 'get',
  path: '/v1/plans/{id}',
  tags,
  summary: 'One plan: its objectives, their actions and each action’s realism flags',
  security,
  request: { params: ZId },
  responses: { 200: jsonResponse(ZPlanJson, 'The plan'), ...common, ...notFound },
})

const createActionRoute = createRoute({
  operationId: 'createActionPlanAction',
  method: 'post',
  path: '/v1/plans/{id}/actions',
  tags,
  summary: 'Adds an action under one of the plan’s objectives (flagged actions are saved too)',
  security,
  middleware: [signedIn] as const,
  request: { params: ZId, ...jsonBody(ZActionBody) },
  responses: {
    201: jsonResponse(ZActionJson, 'The action made, with its flags'),
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    422: errorResponse('Invalid fields, such as an owner who is not a member'),
  },
})

const statusRoute = createRoute({
  operationId: 'updateActionPlanActionStatus',
  method: 'post',
  path: '/v1/plans/actions/{id}/status',
  tags,
  summary: 'Moves an action’s status, with a progress note (the office, or the action’s owner)',
  security,
  middleware: [signedIn] as const,
  request: { params: ZId, ...jsonBody(ZStatusBody) },
  responses: {
    200: jsonResponse(ZActionJson, 'The action'),
    400: errorResponse('Malformed body'),
    ...common,
    ...notFound,
    422: errorResponse('Invalid fields'),
  },
})

function summaryJson(p: Omit<PlanRow, 'tenantId' | 'createdBy' | 'createdAt' | 'updatedAt'>) {
  return {
    id: p.id,
    title: p.title,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    status: p.status,
    roundId: p.roundId,
    actions: p.actions,
    done: p.done,
    flagged: p.flagged,
  }
}

function actionJson(a: CheckedAction) {
  return {
    id: a.id,
    planId: a.planId,
    objectiveId: a.objectiveId,
    title: a.title,
    ownerId: a.ownerId,
    deadline: a.deadline,
    resources: a.resources,
    costEur: a.costEur,
    indicator: a.indicator,
    target: a.target,
    evidence: a.evidence,
    status: a.status,
    progressNote: a.progressNote,
    roundId: a.roundId,
    questionKey: a.questionKey,
    itemText: (a.itemText ?? null) as Record<string, string> | null,
    courseId: a.courseId,
    taskId: a.taskId,
    flags: a.flags,
  }
}

/** The action as the plan now checks it (its flags depend on the plan and the owner's load). */
async function checked(c: { var: AppEnv['Variables'] }, planId: string, id: string) {
  const view = await planView(c.var.ctx, planId)
  return view.actions.find((a) => a.id === id)!
}

/** Adds `/v1/plans…` to the JSON API, with the pages' permissions. */
export function registerPlansApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const rows = await listPlans(c.var.ctx)
    return c.json({ data: rows.map(summaryJson) }, 200)
  })
  api.openapi(getRoute, async (c) => {
    const view = await planView(c.var.ctx, c.req.valid('param').id)
    const { actions } = view
    return c.json(
      {
        plan: summaryJson({
          ...view.plan,
          actions: actions.length,
          done: actions.filter((a) => a.status === 'done').length,
          flagged: actions.filter((a) => a.flags.length > 0).length,
        }),
        objectives: view.objectives.map((o) => ({
          id: o.id,
          title: o.title as Record<string, string>,
          position: o.position,
          actions: o.actions.map(actionJson),
        })),
      },
      200,
    )
  })
  api.openapi(createActionRoute, async (c) => {
    const { id } = c.req.valid('param')
    const input = parse(ZAction, c.req.valid('json'))
    const row = await createAction(c.var.ctx, input, id)
    return c.json(actionJson(await checked(c, row.planId, row.id)), 201)
  })
  api.openapi(statusRoute, async (c) => {
    const input = parse(ZActionProgress, c.req.valid('json'))
    const row = await updateActionProgress(c.var.ctx, c.req.valid('param').id, input)
    return c.json(actionJson(await checked(c, row.planId, row.id)), 200)
  })
}
