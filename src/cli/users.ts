import { eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type Deps, systemCtx } from '#src/lib/context.ts'
import { hashPassword, randomToken } from '#src/lib/crypto.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import { ZDisplayName, ZEmail, ZPassword } from '#src/lib/validation.ts'
import { diffForAudit, recordAudit } from '#src/modules/audit/index.ts'
import { organisations } from '#src/modules/organisations/index.ts'
import { memberships, ROLES, users } from '#src/modules/users/index.ts'
import { CliError, type CliIo, parseOptions } from './io.ts'

export const createUserOptions = {
  email: { type: 'string' },
  name: { type: 'string' },
  password: { type: 'string' },
  org: { type: 'string' },
  role: { type: 'string' },
  locale: { type: 'string' },
  'platform-admin': { type: 'boolean' },
} as const

const ZCreateUser = z
  .object({
    email: ZEmail,
    name: ZDisplayName,
    password: ZPassword.optional(),
    org: z.string().trim().min(1).optional(),
    role: z.enum(ROLES, `use one of: ${ROLES.join(', ')}.`).optional(),
    locale: z.enum(LOCALES, `use one of: ${LOCALES.join(', ')}.`).optional(),
    'platform-admin': z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.org && !v.role)
      ctx.addIssue({ code: 'custom', path: ['role'], message: 'is required with --org.' })
    if (v.role && !v.org)
      ctx.addIssue({ code: 'custom', path: ['org'], message: 'is required with --role.' })
    if (!v.org && !v['platform-admin']) {
      ctx.addIssue({
        code: 'custom',
        path: ['org'],
        message: 'give --org and --role, or --platform-admin: otherwise the person can do nothing.',
      })
    }
  })

export function parseCreateUser(values: unknown) {
  return parseOptions(ZCreateUser, values)
}

/** Finds an organisation by slug, or says plainly that there is none. */
export async function organisationBySlug(deps: Deps, slug: string) {
  const [org] = await deps.db.select().from(organisations).where(eq(organisations.slug, slug))
  if (!org) throw new CliError(`There is no organisation with the slug "${slug}".`)
  return org
}

/**
 * Adds a person (and their membership) for an operator. There is no user-creation service for
 * people with e-mail yet (invitations create them on acceptance), so this inserts and audits as
 * the system, the way `acceptInvitation` does.
 */
export async function createUser(deps: Deps, input: z.output<typeof ZCreateUser>, io: CliIo) {
  const ctx = systemCtx(deps)
  const org = input.org ? await organisationBySlug(deps, input.org) : null
  const password = input.password ?? randomToken(12)
  const passwordHash = await hashPassword(password)
  const user = await deps.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`)
    if (existing) throw new CliError(`A person with the e-mail ${input.email} already exists.`)
    const values = {
      email: input.email,
      displayName: input.name,
      locale: input.locale ?? null,
      isPlatformAdmin: input['platform-admin'],
    }
    const [row] = await tx
      .insert(users)
      .values({ ...values, passwordHash })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: null,
        action: 'user.created',
        entityType: 'user',
        entityId: row!.id,
        changes: diffForAudit(null, values),
      },
      tx,
    )
    if (org && input.role) {
      const [membership] = await tx
        .insert(memberships)
        .values({ tenantId: org.id, userId: row!.id, role: input.role })
        .returning()
      await recordAudit(
        ctx,
        {
          tenantId: org.id,
          action: 'membership.created',
          entityType: 'membership',
          entityId: membership!.id,
          changes: diffForAudit(null, { userId: row!.id, role: input.role }),
        },
        tx,
      )
    }
    return row!
  })
  const where = org ? ` as ${input.role} of ${org.slug}` : ''
  const admin = input['platform-admin'] ? ' (platform administrator)' : ''
  io.stdout.write(`Created ${user.email}${where}${admin}, id ${user.id}.\n`)
  if (!input.password) {
    io.stdout.write(
      `Password: ${password}\nIt is shown only now. Hand it over safely; the person can change it under My account.\n`,
    )
  }
  return 0
}
