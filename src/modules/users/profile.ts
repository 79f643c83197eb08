import { and, asc, eq, ne, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { verifyPassword } from '#src/lib/crypto.ts'
import { AppError, type FieldErrors, notFound } from '#src/lib/errors.ts'
import { requireActor } from '#src/lib/policy.ts'
import { diffForAudit, recordAudit } from '../audit/index.ts'
import type { UpdateProfileInput } from './inputs.ts'
import { memberships, users } from './schema.ts'
import { isUniqueViolation } from './unique-violation.ts'

export type Profile = {
  userId: string
  displayName: string
  email: string | null
  username: string | null
  phone: string | null
  locale: string | null
}

/** The signed-in person's own profile. */
export async function getProfile(ctx: Ctx): Promise<Profile> {
  const actor = requireActor(ctx)
  const [row] = await ctx.db
    .select({
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
      username: users.username,
      phone: users.phone,
      locale: users.locale,
    })
    .from(users)
    .where(eq(users.id, actor.userId))
  if (!row) throw notFound()
  return row
}

/**
 * Saves the signed-in person's own name, e-mail, phone and language. A new e-mail must be free
 * and needs the current password (a borrowed session must not take the account over). People are
 * not tenant-owned, so the change is audited once without an organisation and once in each of the
 * person's organisations, where their administrators read it.
 */
export async function updateProfile(ctx: Ctx, input: UpdateProfileInput) {
  const actor = requireActor(ctx)
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId))
  if (!user) throw notFound()
  const email = input.email?.toLowerCase() ?? null
  const errors: FieldErrors = {}
  if (email !== (user.email?.toLowerCase() ?? null)) {
    if (!email && !user.username) errors.email = 'account:errors.emailNeeded'
    if (email) {
      const [taken] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${email}`, ne(users.id, user.id)))
      if (taken) errors.email = 'account:errors.emailTaken'
    }
    if (!(await verifyPassword(user.passwordHash, input.currentPassword ?? ''))) {
      errors.currentPassword = 'account:errors.currentPasswordForEmail'
    }
  }
  const first = Object.values(errors)[0]
  if (first) throw new AppError('INVALID_INPUT', first, {}, errors)

  const before = {
    displayName: user.displayName,
    email: user.email,
    phone: user.phone,
    locale: user.locale,
  }
  const after = {
    displayName: input.displayName,
    email,
    phone: input.phone ?? null,
    locale: input.locale ?? null,
  }
  const changes = diffForAudit(before, after)
  if (Object.keys(changes).length === 0) return after
  const orgs = await ctx.db
    .select({ tenantId: memberships.tenantId })
    .from(memberships)
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(memberships.tenantId))
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set(after).where(eq(users.id, user.id))
      for (const tenantId of [null, ...orgs.map((o) => o.tenantId)]) {
        await recordAudit(
          ctx,
          { tenantId, action: 'user.updated', entityType: 'user', entityId: user.id, changes },
          tx,
        )
      }
    })
  } catch (err) {
    // Someone took the address between the check and the update.
    if (!isUniqueViolation(err)) throw err
    const key = 'account:errors.emailTaken'
    throw new AppError('INVALID_INPUT', key, {}, { email: key })
  }
  return after
}
