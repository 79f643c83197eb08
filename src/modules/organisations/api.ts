import { createRoute, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { z } from 'zod'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { issuesToFieldErrors } from '#src/lib/forms.ts'
import { ZOrganisationPatch } from './inputs.ts'
import { ORGANISATION_TYPES } from './schema.ts'
import {
  getCurrentOrganisation,
  getOrganisation,
  type Organisation,
  updateOrganisation,
} from './service.ts'

const ZOrganisationJson = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.record(z.string(), z.string()).meta({ description: 'Language tag → text' }),
    type: z.enum(ORGANISATION_TYPES),
    country: z.string().meta({ description: 'ISO 3166-1 alpha-2; XK for Kosovo' }),
    city: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    website: z.string().nullable(),
    erasmusOid: z.string().nullable(),
    erasmusPic: z.string().nullable(),
    workingLanguages: z.array(z.string()),
    defaultLocale: z.string(),
    timeZone: z.string(),
    isExternal: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organisation' })

/** The API's view of an organisation: numbers as numbers, times as ISO 8601. */
export function presentOrganisation(org: Organisation): z.infer<typeof ZOrganisationJson> {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name as Record<string, string>,
    type: org.type,
    country: org.country,
    city: org.city,
    latitude: org.latitude === null ? null : Number(org.latitude),
    longitude: org.longitude === null ? null : Number(org.longitude),
    website: org.website,
    erasmusOid: org.erasmusOid,
    erasmusPic: org.erasmusPic,
    workingLanguages: org.workingLanguages,
    defaultLocale: org.defaultLocale,
    timeZone: org.timeZone,
    isExternal: org.isExternal,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  }
}

const ok = {
  description: 'The organisation',
  content: { 'application/json': { schema: ZOrganisationJson } },
}
const ZIdParam = z.object({
  id: z.string().meta({ param: { name: 'id', in: 'path' }, example: 'a uuid' }),
})

const getCurrent = createRoute({
  operationId: 'getCurrentOrganisation',
  method: 'get',
  path: '/v1/organisations/current',
  tags: ['Organisations'],
  summary: 'The organisation the token belongs to',
  security: [{ bearer: [] }],
  responses: { 200: ok, 401: errorResponse('No valid token') },
})

const getOne = createRoute({
  operationId: 'getOrganisation',
  method: 'get',
  path: '/v1/organisations/{id}',
  tags: ['Organisations'],
  summary: 'One organisation (only the token’s own; others are not found)',
  security: [{ bearer: [] }],
  request: { params: ZIdParam },
  responses: { 200: ok, 401: errorResponse('No valid token'), 404: errorResponse('Not found') },
})

const patchOne = createRoute({
  operationId: 'updateOrganisation',
  method: 'patch',
  path: '/v1/organisations/{id}',
  tags: ['Organisations'],
  summary: 'Change some of an organisation’s details',
  description:
    'Send only the fields to change. `null` clears an optional field. Needs the organisation administrator or coordinator role.',
  security: [{ bearer: [] }],
  request: {
    params: ZIdParam,
    body: { required: true, content: { 'application/json': { schema: ZOrganisationPatch } } },
  },
  responses: {
    200: ok,
    400: errorResponse('Invalid input, with a message per field'),
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not edit the organisation'),
    404: errorResponse('Not found'),
    409: errorResponse('The OID or slug is used by another organisation'),
  },
})

/** Invalid input: 400 with each field's message translated for the reader. */
function invalidInput(
  result: { success: boolean; error?: { issues: readonly z.core.$ZodIssue[] } },
  c: Context<AppEnv>,
) {
  if (result.success || !result.error) return
  const t = c.var.t
  const keys = issuesToFieldErrors(result.error.issues)
  const fields = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, t(v)]))
  return c.json(
    { error: { code: 'INVALID_INPUT', message: t('common:errors.invalidInput'), fields } },
    400,
  )
}

/** Adds `/v1/organisations/...` to the JSON API. */
export function registerOrganisationApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(getCurrent, async (c) =>
    c.json(presentOrganisation(await getCurrentOrganisation(c.var.ctx)), 200),
  )
  api.openapi(getOne, async (c) =>
    c.json(presentOrganisation(await getOrganisation(c.var.ctx, c.req.valid('param').id)), 200),
  )
  api.openapi(
    patchOne,
    async (c) => {
      const org = await updateOrganisation(c.var.ctx, c.req.valid('param').id, c.req.valid('json'))
      return c.json(presentOrganisation(org), 200)
    },
    invalidInput,
  )
  return api
}
