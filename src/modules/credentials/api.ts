import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { errorResponse, signedIn } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { notFound } from '#src/lib/errors.ts'
import { requireActor } from '#src/lib/policy.ts'
import { verificationUrl } from './pdf.ts'
import { CREDENTIAL_KINDS } from './schema.ts'
import {
  type Credential,
  revokeCredential,
  type Verification,
  verifyCredential,
} from './service.ts'

const ZText = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })

const ZCredentialJson = z
  .object({
    id: z.uuid(),
    code: z.string(),
    kind: z.enum(CREDENTIAL_KINDS),
    status: z.enum(['valid', 'revoked']),
    revokedAt: z.string().nullable(),
    revokedReason: z.string().nullable(),
    recipientName: z.string(),
    issuer: z.object({ id: z.uuid(), name: ZText }),
    issuedAt: z.string(),
    achievement: z.object({
      name: ZText,
      description: ZText,
      criteria: ZText,
      alignments: z.array(
        z.object({
          targetName: z.string(),
          targetUrl: z.string(),
          targetFramework: z.string(),
          targetCode: z.string(),
        }),
      ),
    }),
    links: z.object({
      page: z.string().meta({ description: 'The verification page, in the recipient’s language' }),
      pdf: z.string(),
      openBadge: z.string().meta({ description: 'The signed OpenBadgeCredential (VC-JWT)' }),
    }),
  })
  .meta({ id: 'Credential' })

const ZRevokeBody = z
  .object({ reason: z.string().trim().min(1, 'credentials:errors.reasonRequired').max(500) })
  .meta({ id: 'CredentialRevocation' })

const verifyRoute = createRoute({
  operationId: 'verifyCredential',
  method: 'get',
  path: '/v1/credentials/{code}',
  tags: ['Credentials'],
  summary: 'Whether a certificate is valid or revoked, and what it certifies (no token needed)',
  security: [],
  request: {
    params: z.object({
      code: z.string().meta({ param: { name: 'code', in: 'path' }, example: 'K7QM2-XHP4W' }),
    }),
  },
  responses: {
    200: {
      description: 'The credential',
      content: { 'application/json': { schema: ZCredentialJson } },
    },
    404: errorResponse('No credential has this code'),
  },
})

const revokeRoute = createRoute({
  operationId: 'revokeCredential',
  method: 'post',
  path: '/v1/credentials/{id}/revoke',
  tags: ['Credentials'],
  summary: 'Revokes a credential the token’s organisation issued; the reason is shown publicly',
  security: [{ bearer: [] }],
  middleware: [signedIn] as const,
  request: {
    params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }),
    body: { required: true, content: { 'application/json': { schema: ZRevokeBody } } },
  },
  responses: {
    200: {
      description: 'The revoked credential',
      content: { 'application/json': { schema: ZCredentialJson } },
    },
    400: errorResponse('No reason given'),
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not revoke credentials'),
    404: errorResponse('No such credential of the token’s organisation'),
    409: errorResponse('Already revoked'),
  },
})

function present(found: Verification, baseUrl: string) {
  const c: Credential = found.credential
  const page = verificationUrl(baseUrl, c.locale, c.code)
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    status: c.revokedAt ? ('revoked' as const) : ('valid' as const),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokedReason: c.revokedReason,
    recipientName: c.recipientName,
    issuer: { id: c.tenantId, name: found.issuerName as Record<string, string> },
    issuedAt: c.issuedAt.toISOString(),
    achievement: {
      name: c.achievement.name as Record<string, string>,
      description: c.achievement.description as Record<string, string>,
      criteria: c.achievement.criteria as Record<string, string>,
      alignments: c.achievement.alignments,
    },
    links: {
      page,
      pdf: `${page}/certificate.pdf`,
      openBadge: `${baseUrl}/credentials/${c.code}/badge.jwt`,
    },
  }
}

/** Adds `/v1/credentials…`: the public check of a code and the revocation. */
export function registerCredentialsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(verifyRoute, async (c) => {
    const found = await verifyCredential(c.var.deps.db, c.req.valid('param').code)
    if (!found) throw notFound()
    return c.json(present(found, c.var.deps.env.baseUrl), 200)
  })
  api.openapi(revokeRoute, async (c) => {
    const ctx = c.var.ctx
    const revoked = await revokeCredential(ctx, c.req.valid('param').id, c.req.valid('json').reason)
    const found = await verifyCredential(ctx.db, revoked.code)
    return c.json(present(found!, ctx.env.baseUrl), 200)
  })
}
