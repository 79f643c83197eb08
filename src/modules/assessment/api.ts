import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { RESPONDENT_GROUPS } from './content.ts'
import { INSTRUMENT_KINDS, ROUND_STATUSES, VERSION_STATUSES } from './schema.ts'
import { listInstruments, loadInstrument } from './service/instruments.ts'
import { type RoundResults, roundResults } from './service/results.ts'
import { createRound, listRounds, loadRound, type RoundRow } from './service/rounds.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })
const ZGroup = z.enum(RESPONDENT_GROUPS)

const ZInstrumentSummary = z
  .object({
    id: z.uuid(),
    kind: z.enum(INSTRUMENT_KINDS),
    title: ZText,
    description: ZText,
    own: z.boolean().meta({ description: 'The school’s own (false: shipped with Ura)' }),
    latestVersion: z.number().nullable(),
    hasDraft: z.boolean(),
    questionCount: z.number(),
  })
  .meta({ id: 'AssessmentInstrumentSummary' })

const ZInstrument = z
  .object({
    id: z.uuid(),
    kind: z.enum(INSTRUMENT_KINDS),
    title: ZText,
    description: ZText,
    versions: z.array(
      z.object({
        version: z.number(),
        status: z.enum(VERSION_STATUSES),
        publishedAt: z.string().nullable(),
      }),
    ),
    version: z.number().nullable().meta({ description: 'The version whose content follows' }),
    content: z
      .object({ sections: z.array(z.record(z.string(), z.unknown())) })
      .nullable()
      .meta({
        description: 'Sections → questions (scale, single, multiple, text, number, matrix)',
      }),
  })
  .meta({ id: 'AssessmentInstrument' })

const ZRoundSummary = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(ROUND_STATUSES),
    anonymous: z.boolean(),
    groups: z.array(ZGroup),
    closesOn: z.string().nullable(),
    instrumentId: z.uuid(),
    version: z.number(),
    responses: z.number(),
  })
  .meta({ id: 'AssessmentRoundSummary' })

const ZRound = ZRoundSummary.extend({
  byGroup: z.array(
    z.object({
      group: ZGroup,
      invited: z.number(),
      responses: z.number(),
      rate: z.number().nullable().meta({ description: 'Invitations answered / sent, 0–1' }),
    }),
  ),
  accepting: z.boolean(),
}).meta({ id: 'AssessmentRound' })

const ZStat = z.object({ n: z.number(), mean: z.number().nullable(), na: z.number() })

const ZResults = z
  .object({
    roundId: z.uuid(),
    tooFew: z.boolean().meta({ description: 'Fewer than 5 answers: nothing is shown' }),
    shownGroups: z.array(ZGroup),
    hiddenGroups: z.array(ZGroup).meta({ description: 'Groups of fewer than 5 answers' }),
    allSize: z.number(),
    leftOut: z.number(),
    previousRoundId: z.uuid().nullable(),
    areas: z.array(
      z.object({
        key: z.string(),
        title: ZText,
        means: z.record(z.string(), z.number().nullable()),
        previous: z.number().nullable(),
        gap: z.object({ size: z.number(), high: ZGroup, low: ZGroup }).nullable(),
        items: z.array(
          z.object({
            key: z.string(),
            type: z.string(),
            text: ZText,
            stats: z.record(z.string(), ZStat),
            distribution: z.record(z.string(), z.number()),
            previous: z.number().nullable(),
          }),
        ),
      }),
    ),
    priorities: z.array(z.object({ areaKey: z.string(), itemKey: z.string(), mean: z.number() })),
  })
  .meta({ id: 'AssessmentResults' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not run self-assessments'),
}
const notFound = { 404: errorResponse('No such record at this school') }
const tags = ['Self-assessment']

const listInstrumentsRoute = createRoute({
  operationId: 'listAssessmentInstruments',
  method: 'get',
  path: '/v1/assessment/instruments',
  tags,
  summary: 'Ura’s checklist and the school’s own checklists and surveys',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The instruments',
      content: { 'application/json': { schema: z.object({ data: z.array(ZInstrumentSummary) }) } },
    },
    ...common,
  },
})

const getInstrumentRoute = createRoute({
  operationId: 'getAssessmentInstrument',
  method: 'get',
  path: '/v1/assessment/instruments/{id}',
  tags,
  summary: 'An instrument, its versions and the latest published version’s questions',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The instrument',
      content: { 'application/json': { schema: ZInstrument } },
    },
    ...common,
    ...notFound,
  },
})

const listRoundsRoute = createRoute({
  operationId: 'listAssessmentRounds',
  method: 'get',
  path: '/v1/assessment/rounds',
  tags,
  summary: 'The school’s rounds, newest first',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The rounds',
      content: { 'application/json': { schema: z.object({ data: z.array(ZRoundSummary) }) } },
    },
    ...common,
  },
})

const ZNewRound = z.object({
  instrumentId: z.uuid(),
  title: z.string().trim().min(1).max(200),
  groups: z.array(ZGroup).min(1),
  anonymous: z.boolean().default(true),
  closesOn: z.iso.date().nullable().default(null),
})

const createRoundRoute = createRoute({
  operationId: 'createAssessmentRound',
  method: 'post',
  path: '/v1/assessment/rounds',
  tags,
  summary: 'A draft round on the instrument’s latest published version (the round keeps it)',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: ZNewRound } } },
  },
  responses: {
    201: { description: 'The round', content: { 'application/json': { schema: ZRound } } },
    400: errorResponse('Malformed round'),
    ...common,
    ...notFound,
    409: errorResponse('The instrument has no published version'),
    422: errorResponse('A closing day in the past'),
  },
})

const getRoundRoute = createRoute({
  operationId: 'getAssessmentRound',
  method: 'get',
  path: '/v1/assessment/rounds/{id}',
  tags,
  summary: 'A round with invitations, answers and the response rate per group',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The round', content: { 'application/json': { schema: ZRound } } },
    ...common,
    ...notFound,
  },
})

const resultsRoute = createRoute({
  operationId: 'getAssessmentResults',
  method: 'get',
  path: '/v1/assessment/rounds/{id}/results',
  tags,
  summary:
    'Means per area, item and group (groups under 5 answers hidden), gaps, the previous round, priorities',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: { description: 'The results', content: { 'application/json': { schema: ZResults } } },
    ...common,
    ...notFound,
  },
})

function roundSummary(r: RoundRow) {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    anonymous: r.anonymous,
    groups: r.groups,
    closesOn: r.closesOn,
    instrumentId: r.instrumentId,
    version: r.version,
    responses: r.responses,
  }
}

async function roundJson(ctx: Parameters<typeof loadRound>[0], id: string) {
  const d = await loadRound(ctx, id)
  return {
    id: d.round.id,
    title: d.round.title,
    status: d.round.status,
    anonymous: d.round.anonymous,
    groups: d.round.groups,
    closesOn: d.round.closesOn,
    instrumentId: d.instrument.id,
    version: d.version.version,
    responses: d.responses,
    byGroup: d.groups.map((g) => ({
      group: g.group,
      invited: g.invited,
      responses: g.responses,
      rate: g.rate,
    })),
    accepting: d.accepting,
  }
}

function resultsJson(r: RoundResults) {
  return {
    roundId: r.round.id,
    tooFew: r.tooFew,
    shownGroups: r.shown,
    hiddenGroups: r.hidden,
    allSize: r.allSize,
    leftOut: r.leftOut,
    previousRoundId: r.previous?.id ?? null,
    areas: r.sections.map((s) => ({
      key: s.key,
      title: text(s.title),
      means: s.means as Record<string, number | null>,
      previous: s.previous,
      gap: s.gap,
      items: s.items.map((i) => ({
        key: i.key,
        type: i.question.type,
        text: text(i.question.text),
        stats: i.stats as Record<string, z.infer<typeof ZStat>>,
        distribution: i.distribution,
        previous: i.previous,
      })),
    })),
    priorities: r.priorities.map((p) => ({
      areaKey: p.sectionKey,
      itemKey: p.item.key,
      mean: p.mean,
    })),
  }
}

/** Adds `/v1/assessment/…` to the JSON API, with the pages' permissions. */
export function registerAssessmentApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listInstrumentsRoute, async (c) => {
    const rows = await listInstruments(c.var.ctx)
    return c.json(
      {
        data: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: text(r.title),
          description: text(r.description),
          own: r.own,
          latestVersion: r.latestVersion,
          hasDraft: r.hasDraft,
          questionCount: r.questionCount,
        })),
      },
      200,
    )
  })
  api.openapi(getInstrumentRoute, async (c) => {
    const d = await loadInstrument(c.var.ctx, c.req.valid('param').id)
    const published = d.versions.find((v) => v.status === 'published') ?? null
    return c.json(
      {
        id: d.instrument.id,
        kind: d.instrument.kind,
        title: text(d.instrument.title),
        description: text(d.instrument.description),
        versions: d.versions.map((v) => ({
          version: v.version,
          status: v.status,
          publishedAt: v.publishedAt?.toISOString() ?? null,
        })),
        version: published?.version ?? null,
        content: published ? (published.content as { sections: Record<string, unknown>[] }) : null,
      },
      200,
    )
  })
  api.openapi(listRoundsRoute, async (c) =>
    c.json({ data: (await listRounds(c.var.ctx)).map(roundSummary) }, 200),
  )
  api.openapi(createRoundRoute, async (c) => {
    const row = await createRound(c.var.ctx, c.req.valid('json'))
    return c.json(await roundJson(c.var.ctx, row.id), 201)
  })
  api.openapi(getRoundRoute, async (c) =>
    c.json(await roundJson(c.var.ctx, c.req.valid('param').id), 200),
  )
  api.openapi(resultsRoute, async (c) =>
    c.json(resultsJson(await roundResults(c.var.ctx, c.req.valid('param').id)), 200),
  )
}
