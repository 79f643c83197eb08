import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { listDocuments } from './service.ts'

const ZDocumentJson = z
  .object({
    id: z.uuid(),
    title: z.string(),
    ownerOrganisationId: z.uuid(),
    currentVersion: z.number(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().meta({ description: 'Bytes' }),
    sha256: z.string(),
    updatedAt: z.string(),
    deliverables: z.array(z.object({ id: z.uuid(), code: z.string() })),
    download: z
      .string()
      .meta({ description: 'The signed-in address of the current version’s file' }),
  })
  .meta({ id: 'Document' })

const listRoute = createRoute({
  operationId: 'listProjectDocuments',
  method: 'get',
  path: '/v1/projects/{id}/documents',
  tags: ['Documents'],
  summary: 'A project’s document library, the current version of each, most recently changed first',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ param: { name: 'id', in: 'path' } }) }) },
  responses: {
    200: {
      description: 'The documents',
      content: { 'application/json': { schema: z.object({ data: z.array(ZDocumentJson) }) } },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The role does not work on projects'),
    404: errorResponse('Not found (also another consortium’s project)'),
  },
})

/** Adds `/v1/projects/{id}/documents` to the JSON API, with the library's consortium rules. */
export function registerDocumentsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const projectId = c.req.valid('param').id
    const rows = await listDocuments(c.var.ctx, projectId)
    return c.json(
      {
        data: rows.map(({ document: d, version: v, deliverables }) => ({
          id: d.id,
          title: d.title,
          ownerOrganisationId: d.tenantId,
          currentVersion: d.currentVersion,
          fileName: v.fileName,
          contentType: v.contentType,
          size: v.size,
          sha256: v.sha256,
          updatedAt: d.updatedAt.toISOString(),
          deliverables,
          download: `/app/projects/${projectId}/documents/${d.id}/versions/${d.currentVersion}`,
        })),
      },
      200,
    )
  })
}
