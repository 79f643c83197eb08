import { and, eq, sql } from 'drizzle-orm'
import { z } from 'zod'
import { type Deps, systemCtx } from '#src/lib/context.ts'
import { ZEmail } from '#src/lib/validation.ts'
import { createApiTokenForUser, ZTokenName } from '#src/modules/api-tokens/index.ts'
import { users } from '#src/modules/users/index.ts'
import { CliError, type CliIo, parseOptions } from './io.ts'
import { organisationBySlug } from './users.ts'

export const createTokenOptions = {
  email: { type: 'string' },
  org: { type: 'string' },
  name: { type: 'string', default: 'cli' },
  days: { type: 'string', default: '90' },
} as const

const ZCreateToken = z.object({
  email: ZEmail,
  org: z.string('is required.').trim().min(1, 'is required.'),
  name: ZTokenName,
  days: z
    .string()
    .trim()
    .regex(/^(never|\d{1,4})$/, 'use a number of days (1 to 3650) or "never".')
    .transform((v) => (v === 'never' ? undefined : Number(v)))
    .refine((v) => v === undefined || (v >= 1 && v <= 3650), 'use 1 to 3650 days, or "never".'),
})

export function parseCreateToken(values: unknown) {
  return parseOptions(ZCreateToken, values)
}

/** Prints only the new token on stdout, so that scripts can capture it. */
export async function createToken(deps: Deps, input: z.output<typeof ZCreateToken>, io: CliIo) {
  const org = await organisationBySlug(deps, input.org)
  const [user] = await deps.db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${input.email}`, eq(users.isDisabled, false)))
  if (!user) throw new CliError(`There is no active person with the e-mail ${input.email}.`)
  const created = await createApiTokenForUser(systemCtx(deps), {
    userId: user.id,
    tenantId: org.id,
    name: input.name,
    expiresInDays: input.days,
  })
  io.stdout.write(`${created.token}\n`)
  return 0
}
