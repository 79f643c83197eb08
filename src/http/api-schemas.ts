import { z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { requireActor } from '#src/lib/policy.ts'
import type { AppEnv } from './types.ts'

/** The error body of every JSON API failure (see `onError` in server/app.tsx). */
export const ZApiError = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' })

/** An OpenAPI response entry with the shared error body. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ZApiError } } }
}

/**
 * Route middleware for an operation with a body: checks the token before the body is read, so a
 * call without one learns that first (401, not 400).
 */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireActor(c.var.ctx)
  await next()
}

/** An OpenAPI response entry whose body is `schema` as JSON. */
export function jsonResponse<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } }
}

/** An OpenAPI request part: a required JSON body of `schema`. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { body: { required: true, content: { 'application/json': { schema } } } }
}
