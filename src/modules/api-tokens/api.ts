import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { pickText } from '#src/lib/localized-text.ts'
import { type ApiTokenView, listApiTokens, revokeApiToken } from './service.ts'

/**
 * The error body of every JSON API failure (server/app.tsx onError). Declared exactly as the
 * organisations API declares it, so both register the same `Error` component.
 */

const ZMe = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable(),
    locale: z.string().nullable(),
    organisation: z.object({
      id: z.uuid(),
      slug: z.string(),
      name: z.string().openapi({ description: 'In the caller’s language when available.' }),
    }),
    role: z.string().nullable(),
  })
  .openapi('Me')

const ZToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The 8 characters after `ura_`.' }),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    expiresAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiToken')

const security = [{ bearer: [] }]

const meRoute = createRoute({
  method: 'get',
  path: '/v1/me',
  operationId: 'getMe',
  tags: ['Account'],
  summary: 'The person and organisation the token acts as',
  security,
  responses: {
    200: { content: { 'application/json': { schema: ZMe } }, description: 'The caller' },
    401: errorResponse('No valid token'),
  },
})

const listRoute = createRoute({
  method: 'get',
  path: '/v1/tokens',
  operationId: 'listTokens',
  tags: ['Tokens'],
  summary: 'The caller’s tokens in the token’s organisation, revoked ones included',
  security,
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ data: z.array(ZToken) }) } },
      description: 'Tokens, newest first',
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The caller’s role may not manage tokens'),
  },
})

const revokeRoute = createRoute({
  method: 'delete',
  path: '/v1/tokens/{id}',
  operationId: 'revokeToken',
  tags: ['Tokens'],
  summary: 'Revokes one of the caller’s tokens (it may be the one in use)',
  security,
  request: {
    params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }),
  },
  responses: {
    204: { description: 'Revoked (or already revoked)' },
    401: errorResponse('No valid token'),
    403: errorResponse('The caller’s role may not manage tokens'),
    404: errorResponse('No such token of the caller'),
  },
})

function requireTokenActor(ctx: Ctx) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'tokens:errors.unauthenticated')
  return ctx.actor
}

function toJson(token: ApiTokenView) {
  return {
    ...token,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  }
}

/** Adds `/v1/me` and `/v1/tokens` to the JSON API. */
export function registerTokenApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(meRoute, (c) => {
    const actor = requireTokenActor(c.var.ctx)
    const active = actor.memberships.find((m) => m.tenantId === actor.tenantId)
    if (!active) throw new AppError('UNAUTHENTICATED', 'tokens:errors.unauthenticated')
    return c.json(
      {
        id: actor.userId,
        displayName: actor.displayName,
        email: actor.email,
        locale: actor.locale,
        organisation: {
          id: active.tenantId,
          slug: active.slug,
          name: pickText(active.name, c.var.locale, [active.defaultLocale, 'en']).value,
        },
        role: actor.role,
      },
      200,
    )
  })
  api.openapi(listRoute, async (c) => {
    requireTokenActor(c.var.ctx)
    const tokens = await listApiTokens(c.var.ctx)
    return c.json({ data: tokens.map(toJson) }, 200)
  })
  api.openapi(revokeRoute, async (c) => {
    requireTokenActor(c.var.ctx)
    await revokeApiToken(c.var.ctx, c.req.valid('param').id)
    return c.body(null, 204)
  })
}
