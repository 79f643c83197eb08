import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi'
import { errorResponse } from '#src/http/api-schemas.ts'
import type { AppEnv } from '#src/http/types.ts'
import { ROLES } from './schema.ts'
import { getMember, listMembers, type MemberLink, type MemberRow } from './service.ts'

const ZMember = z
  .object({
    membershipId: z.uuid(),
    userId: z.uuid(),
    displayName: z.string(),
    email: z.string().nullable(),
    username: z
      .string()
      .nullable()
      .meta({ description: 'Learners without e-mail sign in with it' }),
    role: z.enum(ROLES),
    since: z.string().meta({ description: 'ISO 8601: when the person joined the organisation' }),
  })
  .meta({ id: 'Member' })

const ZMemberLink = z.object({
  membershipId: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string().nullable(),
})

const ZMemberDetails = ZMember.extend({
  title: z.string().nullable(),
  isActivated: z.boolean(),
  guardians: z
    .array(ZMemberLink)
    .meta({ description: 'For a learner: linked parents or guardians' }),
  learners: z.array(ZMemberLink).meta({ description: 'For a guardian: linked learners' }),
}).meta({ id: 'MemberDetails' })

function present(row: MemberRow) {
  return {
    membershipId: row.membershipId,
    userId: row.userId,
    displayName: row.displayName,
    email: row.email,
    username: row.username,
    role: row.role,
    since: row.createdAt.toISOString(),
  }
}

const link = (l: MemberLink) => ({ ...l })

const listRoute = createRoute({
  operationId: 'listMembers',
  method: 'get',
  path: '/v1/members',
  tags: ['Members'],
  summary: 'People of the token’s organisation',
  description: 'Needs a role that may see members (organisation administrator, coordinator).',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      role: z.enum(ROLES).optional(),
      q: z
        .string()
        .max(100)
        .optional()
        .meta({ description: 'Search in names, e-mails, usernames' }),
    }),
  },
  responses: {
    200: {
      description: 'The members, by name',
      content: { 'application/json': { schema: z.object({ data: z.array(ZMember) }) } },
    },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not see members'),
  },
})

const getRoute = createRoute({
  operationId: 'getMember',
  method: 'get',
  path: '/v1/members/{id}',
  tags: ['Members'],
  summary: 'One membership, with linked guardians or learners',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().meta({ description: 'Membership id' }) }) },
  responses: {
    200: { description: 'The member', content: { 'application/json': { schema: ZMemberDetails } } },
    401: errorResponse('No valid token'),
    403: errorResponse('The role may not see members'),
    404: errorResponse('No such member in the token’s organisation'),
  },
})

/** GET /v1/members and /v1/members/{id}: the pages' permissions, through the same services. */
export function registerMemberApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(listRoute, async (c) => {
    const rows = await listMembers(c.var.ctx, c.req.valid('query'))
    return c.json({ data: rows.map(present) }, 200)
  })
  api.openapi(getRoute, async (c) => {
    const m = await getMember(c.var.ctx, c.req.valid('param').id)
    return c.json(
      {
        ...present(m),
        title: m.title,
        isActivated: m.isActivated,
        guardians: m.guardians.map(link),
        learners: m.learners.map(link),
      },
      200,
    )
  })
}
