import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { CURRICULUM_STATUSES, SHARING } from './schema.ts'
import { type CurriculumRow, listCurricula, loadCurriculum, pathOf } from './service/curricula.ts'
import { followCurriculum, followerView } from './service/following.ts'
import { listGuidebooks, missingFileLanguages } from './service/guidebooks.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })
const text = (v: unknown) => v as Record<string, string>
const ZId = z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) })

const ZCurriculumSummary = z
  .object({
    id: z.uuid(),
    title: ZText,
    summary: ZText,
    organisationId: z.uuid(),
    visibility: z.enum(SHARING),
    status: z.enum(CURRICULUM_STATUSES),
    courseCount: z.number(),
    relation: z.enum(['following', 'own', 'consortium', 'public']),
  })
  .meta({ id: 'CurriculumSummary' })

const ZCourseStep = z.object({
  courseId: z.uuid(),
  position: z.number(),
  required: z.boolean(),
  title: ZText,
  available: z.boolean().meta({ description: 'Whether the person may open the course' }),
  state: z
    .enum(['completed', 'in_progress', 'not_started'])
    .nullable()
    .meta({ description: 'For a follower; null otherwise' }),
  percent: z.number().nullable(),
})

const ZProgress = z
  .object({
    followedAt: z.string(),
    completedAt: z.string().nullable(),
    requiredDone: z.number(),
    requiredTotal: z.number(),
    optionalDone: z.number(),
    optionalNeeded: z.number(),
    remaining: z.number(),
    nextCourseId: z.uuid().nullable(),
    credentialCode: z.string().nullable(),
  })
  .meta({ id: 'CurriculumProgress' })

const ZCurriculum = z
  .object({
    id: z.uuid(),
    title: ZText,
    summary: ZText,
    organisationId: z.uuid(),
    visibility: z.enum(SHARING),
    status: z.enum(CURRICULUM_STATUSES),
    optionalToComplete: z.number(),
    canEdit: z.boolean(),
    courses: z.array(ZCourseStep),
    progress: ZProgress.nullable(),
  })
  .meta({ id: 'Curriculum' })

const ZGuidebook = z
  .object({
    id: z.uuid(),
    title: ZText,
    description: ZText,
    organisationId: z.uuid(),
    visibility: z.enum(SHARING),
    files: z.array(
      z.object({
        lang: z.string(),
        version: z.number(),
        fileName: z.string(),
        size: z.number(),
        url: z.string().meta({ description: 'The download address of this version' }),
      }),
    ),
    missingLanguages: z.array(z.string()),
  })
  .meta({ id: 'Guidebook' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not take courses here'),
}
const notFound = { 404: errorResponse('No such curriculum for this person') }

const listRoute = createRoute({
  operationId: 'listCurricula',
  method: 'get',
  path: '/v1/curricula',
  tags: ['Curricula'],
  summary:
    'The curricula the person follows, their school’s, their consortia’s and the public ones',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The curricula',
      content: {
        'application/json': { schema: z.object({ data: z.array(ZCurriculumSummary) }) },
      },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getCurriculum',
  method: 'get',
  path: '/v1/curricula/{id}',
  tags: ['Curricula'],
  summary:
    'A curriculum: its courses in order and, for a follower, their progress and certificate code',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The curriculum',
      content: { 'application/json': { schema: ZCurriculum } },
    },
    ...common,
    ...notFound,
  },
})

const followRoute = createRoute({
  operationId: 'followCurriculum',
  method: 'post',
  path: '/v1/curricula/{id}/follow',
  tags: ['Curricula'],
  summary:
    'Follows a curriculum: enrols the person in its required courses (a second call changes nothing)',
  security: [{ bearer: [] }],
  request: { params: ZId },
  responses: {
    200: {
      description: 'The curriculum with the person’s progress',
      content: { 'application/json': { schema: ZCurriculum } },
    },
    ...common,
    ...notFound,
    409: errorResponse('The curriculum is not published'),
  },
})

const guidebooksRoute = createRoute({
  operationId: 'listGuidebooks',
  method: 'get',
  path: '/v1/guidebooks',
  tags: ['Curricula'],
  summary: 'The guidebooks the person may read, with the current file of each language',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'The guidebooks',
      content: { 'application/json': { schema: z.object({ data: z.array(ZGuidebook) }) } },
    },
    ...common,
  },
})

function summaryJson(r: CurriculumRow, relation: z.infer<typeof ZCurriculumSummary>['relation']) {
  return {
    id: r.id,
    title: text(r.title),
    summary: text(r.summary),
    organisationId: r.tenantId,
    visibility: r.visibility,
    status: r.status,
    courseCount: r.courseCount,
    relation,
  }
}

type Ctx = Parameters<typeof loadCurriculum>[0]

async function curriculumJson(ctx: Ctx, id: string) {
  const { curriculum, role } = await loadCurriculum(ctx, id)
  const path = await pathOf(ctx, curriculum)
  const view = await followerView(ctx, curriculum, path)
  return {
    id: curriculum.id,
    title: text(curriculum.title),
    summary: text(curriculum.summary),
    organisationId: curriculum.tenantId,
    visibility: curriculum.visibility,
    status: curriculum.status,
    optionalToComplete: curriculum.optionalToComplete,
    canEdit: role === 'author',
    courses: path.map((p) => {
      const state = view?.states.get(p.courseId)
      return {
        courseId: p.courseId,
        position: p.position,
        required: p.required,
        title: text(p.course?.title ?? {}),
        available: p.course?.readable ?? false,
        state: !view
          ? null
          : state?.status === 'completed'
            ? ('completed' as const)
            : state?.status === 'active' && state.percent > 0
              ? ('in_progress' as const)
              : ('not_started' as const),
        percent: view ? (state?.percent ?? 0) : null,
      }
    }),
    progress: view
      ? {
          followedAt: view.follower.followedAt.toISOString(),
          completedAt: view.follower.completedAt?.toISOString() ?? null,
          requiredDone: view.progress.requiredDone,
          requiredTotal: view.progress.requiredTotal,
          optionalDone: view.progress.optionalDone,
          optionalNeeded: view.progress.optionalNeeded,
          remaining: view.progress.remaining,
          nextCourseId: view.progress.nextCourseId,
          credentialCode: view.credential?.code ?? null,
        }
      : null,
  }
}

/** Adds `/v1/curricula…` and `/v1/guidebooks` to the JSON API, with the pages' permissions. */
export function registerCurriculaApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const lists = await listCurricula(c.var.ctx)
    const followed = new Set(lists.following.map((r) => r.id))
    return c.json(
      {
        data: [
          ...lists.following.map((r) => summaryJson(r, 'following')),
          ...lists.own.filter((r) => !followed.has(r.id)).map((r) => summaryJson(r, 'own')),
          ...lists.consortium
            .filter((r) => !followed.has(r.id))
            .map((r) => summaryJson(r, 'consortium')),
          ...lists.public.filter((r) => !followed.has(r.id)).map((r) => summaryJson(r, 'public')),
        ],
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) =>
    c.json(await curriculumJson(c.var.ctx, c.req.valid('param').id), 200),
  )
  api.openapi(followRoute, async (c) => {
    const { curriculum } = await followCurriculum(c.var.ctx, c.req.valid('param').id)
    return c.json(await curriculumJson(c.var.ctx, curriculum.id), 200)
  })
  api.openapi(guidebooksRoute, async (c) => {
    const rows = await listGuidebooks(c.var.ctx)
    return c.json(
      {
        data: rows.map(({ guidebook, current }) => ({
          id: guidebook.id,
          title: text(guidebook.title),
          description: text(guidebook.description),
          organisationId: guidebook.tenantId,
          visibility: guidebook.visibility,
          files: [...current.values()].map((f) => ({
            lang: f.lang,
            version: f.version,
            fileName: f.fileName,
            size: f.size,
            url: `/app/learning/guidebooks/${guidebook.id}/files/${f.lang}/${f.version}`,
          })),
          missingLanguages: missingFileLanguages(current),
        })),
      },
      200,
    )
  })
}
