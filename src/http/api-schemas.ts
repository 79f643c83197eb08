import { z } from '@hono/zod-openapi'

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
