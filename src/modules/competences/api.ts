import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { T } from '#src/lib/i18n.ts'
import {
  type CompetenceInfo,
  competenceFrameworks,
  levelAt,
  ownCompetenceInfos,
  type Scale,
  scaleOfFramework,
} from '../competence-frameworks/index.ts'
import type { GapRow, Shown } from './aggregate.ts'
import { ZRate } from './inputs.ts'
import { RATING_PHASES } from './schema.ts'
import { organisationGaps } from './service/gaps.ts'
import { myCompetenceProfile } from './service/profile.ts'
import { rateCompetences } from './service/ratings.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZCount = z
  .number()
  .nullable()
  .meta({ description: 'A number of people; null when 1 to 4 (shown as “fewer than 5”)' })

const ZLevel = z
  .object({ id: z.string(), band: z.string(), name: z.string() })
  .meta({ id: 'CompetenceLevel' })

const ZScale = z
  .object({
    id: z.string(),
    source: z.string(),
    bands: z.array(z.object({ id: z.string(), name: z.string() })),
    levels: z.array(ZLevel),
  })
  .meta({ id: 'CompetenceScale' })

const ZFramework = z
  .object({
    id: z.string(),
    name: z.string(),
    year: z.number().nullable(),
    source: z.string().nullable(),
    citation: z.string().nullable(),
    licence: z.string().nullable(),
    scale: ZScale,
    areas: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        competences: z.array(
          z.object({ code: z.string(), id: z.string(), name: ZText, description: ZText }),
        ),
      }),
    ),
  })
  .meta({ id: 'CompetenceFramework' })

const ZRated = z
  .object({ level: z.string(), phase: z.enum(RATING_PHASES), ratedAt: z.string() })
  .meta({ id: 'CompetenceRating' })

const ZProfile = z
  .object({
    userId: z.uuid(),
    competences: z.array(
      z.object({
        code: z.string(),
        frameworkId: z.string(),
        name: ZText,
        latest: ZRated.nullable(),
        courses: z.array(
          z.object({
            courseId: z.uuid(),
            title: ZText,
            status: z.string(),
            before: z.string().nullable(),
            after: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'CompetenceProfile' })

const ZGaps = z
  .object({
    organisationId: z.uuid(),
    people: ZCount,
    competences: z.array(
      z.object({
        code: z.string(),
        frameworkId: z.string(),
        name: ZText,
        raters: ZCount,
        bands: z.array(z.object({ band: z.string(), count: ZCount })),
        enrolled: ZCount,
        completed: ZCount,
        paired: ZCount,
        before: z.number().nullable().meta({ description: 'Average level before (1 = lowest)' }),
        after: z.number().nullable().meta({ description: 'Average level after (1 = lowest)' }),
        mostLow: z.boolean(),
        noCourse: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'CompetenceGaps' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role may not do this'),
}

function scaleJson(scale: Scale, t: T) {
  return {
    id: scale.id,
    source: scale.source,
    bands: scale.bands.map((b) => ({ id: b.id, name: t(`competences:band.${scale.id}.${b.id}`) })),
    levels: scale.levels.map((l) => ({
      id: l.id,
      band: l.band,
      name: t(`competences:level.${scale.id}.${l.id}`),
    })),
  }
}

const levelId = (scale: Scale, ordinal: number | null) =>
  ordinal === null ? null : (levelAt(scale, ordinal)?.id ?? null)

const frameworksRoute = createRoute({
  operationId: 'listCompetenceFrameworks',
  method: 'get',
  path: '/v1/competences/frameworks',
  tags: ['Competences'],
  summary:
    'DigComp 2.2, DigCompEdu, GreenComp, EntreComp and the organisation’s own list, with their levels',
  description:
    'Framework names stay in English, as published; level names are in the caller’s language. The own list has the id `org`.',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The frameworks',
      content: { 'application/json': { schema: z.object({ data: z.array(ZFramework) }) } },
    },
    ...common,
  },
})

const profileRoute = createRoute({
  operationId: 'getMyCompetenceProfile',
  method: 'get',
  path: '/v1/competences/me',
  tags: ['Competences'],
  summary: 'The person’s latest level of each competence, and before/after per course',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The profile', content: { 'application/json': { schema: ZProfile } } },
    ...common,
  },
})

const rateRoute = createRoute({
  operationId: 'rateCompetences',
  method: 'post',
  path: '/v1/competences/ratings',
  tags: ['Competences'],
  summary: 'Rates oneself before (pre) or after (post) a course, or on one’s own (self)',
  description:
    '`pre` and `post` need `courseId` and a level for every competence of the course; `post` only once the course is completed. `level` is a level id of the competence’s scale (see listCompetenceFrameworks).',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: ZRate } },
    },
  },
  responses: {
    200: {
      description: 'How many ratings were saved',
      content: { 'application/json': { schema: z.object({ saved: z.number() }) } },
    },
    400: errorResponse('Malformed body'),
    ...common,
    404: errorResponse('No such course for this person'),
    409: errorResponse('Not enrolled, or not completed yet (post)'),
    422: errorResponse('A competence not of the course, or a level not on its scale'),
  },
})

const gapsRoute = createRoute({
  operationId: 'getOrganisationCompetenceGaps',
  method: 'get',
  path: '/v1/competences/organisation',
  tags: ['Competences'],
  summary: 'The organisation’s competences: people per level band, before → after, gaps',
  description: 'Counts of 1 to 4 people are null (“fewer than 5”); averages need 5 people.',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The gap view', content: { 'application/json': { schema: ZGaps } } },
    ...common,
  },
})

function gapJson(row: GapRow) {
  const c = row.competence
  return {
    code: c.code,
    frameworkId: c.frameworkId,
    name: text(c.name),
    raters: row.raters,
    bands: row.bands.map((b) => ({ band: b.band, count: b.count as Shown })),
    enrolled: row.enrolled,
    completed: row.completed,
    paired: row.paired,
    before: row.before,
    after: row.after,
    mostLow: row.mostLow,
    noCourse: row.noCourse,
  }
}

function ownFramework(own: CompetenceInfo[], t: T) {
  return {
    id: 'org',
    name: t('competences:own.title'),
    year: null,
    source: null,
    citation: null,
    licence: null,
    scale: scaleJson(scaleOfFramework('org'), t),
    areas: [
      {
        id: '',
        name: '',
        competences: own.map((c) => ({
          code: c.code,
          id: c.id,
          name: text(c.name),
          description: text(c.description),
        })),
      },
    ],
  }
}

/** Adds `/v1/competences…` to the JSON API, with the permissions of the competences pages. */
export function registerCompetencesApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(frameworksRoute, async (c) => {
    const own = await ownCompetenceInfos(c.var.ctx)
    const t = c.var.t
    return c.json(
      {
        data: [
          ...competenceFrameworks().map((f) => ({
            id: f.id,
            name: f.name,
            year: f.year,
            source: f.source,
            citation: f.citation,
            licence: f.licence,
            scale: scaleJson(f.scale, t),
            areas: f.areas.map((a) => ({
              id: a.id,
              name: a.name,
              competences: a.competences.map((x) => ({
                code: x.code,
                id: x.id,
                name: { en: x.name },
                description: {},
              })),
            })),
          })),
          ownFramework(own, t),
        ],
      },
      200,
    )
  })
  api.openapi(profileRoute, async (c) => {
    const profile = await myCompetenceProfile(c.var.ctx)
    return c.json(
      {
        userId: profile.userId,
        competences: profile.groups.flat().map((row) => {
          const scale = row.competence.scale
          return {
            code: row.competence.code,
            frameworkId: row.competence.frameworkId,
            name: text(row.competence.name),
            latest: row.latest
              ? {
                  level: levelId(scale, row.latest.level) ?? '',
                  phase: row.latest.phase,
                  ratedAt: row.latest.ratedAt.toISOString(),
                }
              : null,
            courses: row.courses.map((x) => ({
              courseId: x.courseId,
              title: text(profile.courses.get(x.courseId)?.title ?? {}),
              status: x.status,
              before: levelId(scale, x.before),
              after: levelId(scale, x.after),
            })),
          }
        }),
      },
      200,
    )
  })
  api.openapi(rateRoute, async (c) => {
    const body = c.req.valid('json')
    const result = await rateCompetences(c.var.ctx, {
      phase: body.phase,
      courseId: body.courseId ?? null,
      ratings: body.ratings,
    })
    return c.json({ saved: result.saved }, 200)
  })
  api.openapi(gapsRoute, async (c) => {
    const gaps = await organisationGaps(c.var.ctx)
    return c.json(
      {
        organisationId: gaps.organisationId,
        people: gaps.people,
        competences: gaps.groups.flat().map(gapJson),
      },
      200,
    )
  })
}
