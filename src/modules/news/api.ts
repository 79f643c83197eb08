import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { hasText } from '#src/lib/localized-text.ts'
import { POST_STATUSES } from './schema.ts'
import { getPost, listPosts } from './service.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })

const ZPostSummary = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: ZText,
    status: z.enum(POST_STATUSES),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'NewsPostSummary' })

const ZPostJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: ZText,
    summary: ZText,
    body: ZText.meta({ description: 'Markdown by language tag' }),
    tags: z.array(z.string()),
    projectIds: z.array(z.uuid()),
    eventIds: z.array(z.uuid()),
    status: z.enum(POST_STATUSES),
    publishedAt: z.string().nullable(),
    complete: z.array(z.string()).meta({
      description: 'Languages in which the post has both a title and a body',
    }),
  })
  .meta({ id: 'NewsPost' })

const common = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role does not write the organisation’s news'),
}

const listRoute = createRoute({
  operationId: 'listNewsPosts',
  method: 'get',
  path: '/v1/news',
  tags: ['News'],
  summary: 'The organisation’s posts, drafts included, most recently changed first, 20 a page',
  security: [{ bearer: [] }],
  request: { query: z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() }) },
  responses: {
    200: {
      description: 'A page of posts',
      content: {
        'application/json': {
          schema: z.object({
            data: z.array(ZPostSummary),
            page: z.number(),
            pageCount: z.number(),
            total: z.number(),
          }),
        },
      },
    },
    ...common,
  },
})

const getRoute = createRoute({
  operationId: 'getNewsPost',
  method: 'get',
  path: '/v1/news/{id}',
  tags: ['News'],
  summary: 'One post with every language it has (another organisation’s: not found)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: { description: 'The post', content: { 'application/json': { schema: ZPostJson } } },
    ...common,
    404: errorResponse('Not found'),
  },
})

/** Adds `/v1/news…` to the JSON API, with the permissions of the news editor's pages. */
export function registerNewsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const result = await listPosts(c.var.ctx, { page: c.req.valid('query').page ?? 1 })
    return c.json(
      {
        data: result.items.map((p) => ({
          id: p.id,
          slug: p.slug,
          title: p.title as Record<string, string>,
          status: p.status,
          publishedAt: p.publishedAt?.toISOString() ?? null,
          updatedAt: p.updatedAt.toISOString(),
        })),
        page: result.page,
        pageCount: result.pageCount,
        total: result.total,
      },
      200,
    )
  })
  api.openapi(getRoute, async (c) => {
    const p = await getPost(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        id: p.id,
        slug: p.slug,
        title: p.title as Record<string, string>,
        summary: p.summary as Record<string, string>,
        body: p.body as Record<string, string>,
        tags: p.tags,
        projectIds: p.projectIds,
        eventIds: p.eventIds,
        status: p.status,
        publishedAt: p.publishedAt?.toISOString() ?? null,
        complete: Object.keys(p.title).filter((l) => hasText(p.title, l) && hasText(p.body, l)),
      },
      200,
    )
  })
}
