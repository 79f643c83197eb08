import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { ORGANISATION_TYPES, presentOrganisation } from '../organisations/index.ts'
import { listDirectory } from './directory.ts'
import { deleteHostCompany, listHostCompanies } from './host-companies.ts'
import { ZDirectoryQuery, ZHostQuery, ZPartnershipQuery } from './inputs.ts'
import { deletePartnership, listPartnerships } from './partnerships.ts'
import { PARTNERSHIP_KINDS } from './schema.ts'

const security = [{ bearer: [] }]
const text = z.record(z.string(), z.string()).meta({ description: 'Language tag → text' })

const ZDirectoryPage = z.object({
  data: z.array(z.looseObject({ id: z.uuid(), isExternal: z.boolean() })),
  total: z.int(),
  page: z.int(),
  pageCount: z.int(),
})

const ZPartnershipJson = z
  .object({
    id: z.uuid(),
    partner: z.object({ id: z.uuid(), name: text, country: z.string(), isExternal: z.boolean() }),
    kind: z.enum(PARTNERSHIP_KINDS),
    validFrom: z.iso.date(),
    validTo: z.iso.date(),
    status: z.enum(['upcoming', 'active', 'expiring', 'expired']),
    scope: text,
    quotas: z
      .record(z.string(), z.int())
      .meta({ description: 'Participants a year per activity code' }),
    hasDocument: z.boolean(),
  })
  .meta({ id: 'Partnership' })

const ZHostCompanyJson = z
  .object({
    id: z.uuid(),
    organisation: z.object({ id: z.uuid(), name: text, country: z.string(), city: z.string() }),
    sector: z.string().meta({ description: 'ISCED-F 2013 broad field code' }),
    occupations: z.array(z.string()),
    languages: z.array(z.string()),
    acceptsMinors: z.boolean(),
    safeguarding: z.enum(['ok', 'due', 'missing']),
    contact: z.object({
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  })
  .meta({ id: 'HostCompany' })

const forbiddenOrUnauthenticated = {
  401: errorResponse('No valid token'),
  403: errorResponse('The role may not read the partner network'),
}

const directoryRoute = createRoute({
  method: 'get',
  path: '/v1/network/organisations',
  operationId: 'searchNetworkDirectory',
  tags: ['Network'],
  summary: 'Every organisation in Ura, external ones included, searched',
  description:
    '`q` matches any language of the name and the city, ignoring accents and case. 25 a page.',
  security,
  request: {
    query: z.object({
      q: z.string().optional(),
      country: z.string().optional().meta({ description: 'ISO 3166-1 alpha-2; XK for Kosovo' }),
      type: z.enum(ORGANISATION_TYPES).optional(),
      page: z.string().optional(),
    }),
  },
  responses: {
    200: { description: 'One page', content: { 'application/json': { schema: ZDirectoryPage } } },
    ...forbiddenOrUnauthenticated,
  },
})

const partnershipsRoute = createRoute({
  method: 'get',
  path: '/v1/partnerships',
  operationId: 'listPartnerships',
  tags: ['Network'],
  summary: 'The agreements of the token’s organisation, soonest end first',
  security,
  request: {
    query: z.object({ status: z.enum(['upcoming', 'active', 'expiring', 'expired']).optional() }),
  },
  responses: {
    200: {
      description: 'Agreements',
      content: { 'application/json': { schema: z.object({ data: z.array(ZPartnershipJson) }) } },
    },
    ...forbiddenOrUnauthenticated,
  },
})

const hostsRoute = createRoute({
  method: 'get',
  path: '/v1/host-companies',
  operationId: 'listHostCompanies',
  tags: ['Network'],
  summary: 'The register of host companies of the token’s organisation',
  security,
  request: {
    query: z.object({
      sector: z.string().optional().meta({ description: 'ISCED-F broad field, e.g. 10' }),
      country: z.string().optional(),
      minors: z.enum(['yes', 'no']).optional(),
    }),
  },
  responses: {
    200: {
      description: 'Host companies',
      content: { 'application/json': { schema: z.object({ data: z.array(ZHostCompanyJson) }) } },
    },
    ...forbiddenOrUnauthenticated,
  },
})

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })

const deletePartnershipRoute = createRoute({
  method: 'delete',
  path: '/v1/partnerships/{id}',
  operationId: 'deletePartnership',
  tags: ['Network'],
  summary: 'Deletes an agreement of the token’s organisation, its signed PDF and reminders',
  security,
  request: { params: idParam },
  responses: {
    204: { description: 'Deleted' },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not change the partner network'),
    404: errorResponse('No such agreement of the token’s organisation'),
  },
})

const deleteHostRoute = createRoute({
  method: 'delete',
  path: '/v1/host-companies/{id}',
  operationId: 'deleteHostCompany',
  tags: ['Network'],
  summary: 'Removes a company from the register, with its capacity and safeguarding checks',
  description:
    'Refused (409) while a mobility of the organisation that has not ended is placed there.',
  security,
  request: { params: idParam },
  responses: {
    204: { description: 'Removed' },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not change the partner network'),
    404: errorResponse('No such entry in the token’s organisation’s register'),
    409: errorResponse('Learners of the organisation are placed at the company'),
  },
})

/** Adds the partner network's API: directory, agreements, host companies. */
export function registerNetworkApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(directoryRoute, async (c) => {
    const query = ZDirectoryQuery.parse(c.req.query())
    const page = await listDirectory(c.var.ctx, query)
    return c.json(
      {
        data: page.items.map(presentOrganisation),
        total: page.total,
        page: page.page,
        pageCount: page.pageCount,
      },
      200,
    )
  })
  api.openapi(partnershipsRoute, async (c) => {
    const { status } = ZPartnershipQuery.parse(c.req.query())
    const items = await listPartnerships(c.var.ctx, { status })
    const data = items.map((p) => ({
      id: p.id,
      partner: {
        id: p.partnerId,
        name: p.partnerName as Record<string, string>,
        country: p.partnerCountry,
        isExternal: p.partnerIsExternal,
      },
      kind: p.kind,
      validFrom: p.validFrom,
      validTo: p.validTo,
      status: p.status,
      scope: p.scope as Record<string, string>,
      quotas: p.quotas,
      hasDocument: p.hasDocument,
    }))
    return c.json({ data }, 200)
  })
  api.openapi(hostsRoute, async (c) => {
    const query = ZHostQuery.parse(c.req.query())
    const items = await listHostCompanies(c.var.ctx, query)
    const data = items.map((h) => ({
      id: h.id,
      organisation: {
        id: h.organisationId,
        name: h.name as Record<string, string>,
        country: h.country,
        city: h.city,
      },
      sector: h.sector,
      occupations: h.occupations,
      languages: h.languages,
      acceptsMinors: h.acceptsMinors,
      safeguarding: h.safeguarding,
      contact: { name: h.contactName, email: h.contactEmail, phone: h.contactPhone },
    }))
    return c.json({ data }, 200)
  })
  api.openapi(deletePartnershipRoute, async (c) => {
    await deletePartnership(c.var.ctx, c.req.valid('param').id)
    return c.body(null, 204)
  })
  api.openapi(deleteHostRoute, async (c) => {
    await deleteHostCompany(c.var.ctx, c.req.valid('param').id)
    return c.body(null, 204)
  })
  return api
}
