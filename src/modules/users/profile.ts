import { and, asc, eq, ne, sql } from 'drizzle-orm'
import type { DbOrTx, Tx } from '#src/db/client.ts'
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
 * Starts a verified change of the signed-in person's e-mail to `email` (already checked to be
 * free, the password already verified). Filled by the caller: the link and its token belong to
 * `auth`, which sits above this module (see auth's requestEmailChange).
 */
export type EmailChangeStep = (ctx: Ctx, email: string) => Promise<void>

/**
 * Saves the signed-in person's own name, phone and language, and handles the e-mail. A new e-mail
 * must be free and needs the current password (a borrowed session must not take the account
 * over); it is not saved here but handed to `requestEmailChange`, which sends a confirmation link
 * to it, so the address changes only once its owner proves it (issue 9). Removing the e-mail (for
 * people who also have a username) needs the password too and applies at once. People are not
 * tenant-owned, so a change is audited once without an organisation and once in each of the
 * person's organisations, where their administrators read it.
 */
export async function updateProfile(
  ctx: Ctx,
  input: UpdateProfileInput,
  requestEmailChange: EmailChangeStep,
) {
  const actor = requireActor(ctx)
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId))
  if (!user) throw notFound()
  const email = input.email?.toLowerCase() ?? null
  const errors: FieldErrors = {}
  const emailChanges = email !== (user.email?.toLowerCase() ?? null)
  if (emailChanges) {
    if (!email && !user.username) errors.email = 'account:errors.emailNeeded'
    if (email && (await isEmailTaken(ctx.db, email, user.id))) {
      errors.email = 'account:errors.emailTaken'
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
    // A new address waits for its link; only its removal applies now.
    email: emailChanges && !email ? null : user.email,
    phone: input.phone ?? null,
    locale: input.locale ?? null,
  }
  const changes = diffForAudit(before, after)
  if (Object.keys(changes).length > 0) {
    await saveUser(ctx, user.id, after, changes)
  }
  // After the save, so the mails go out in the language just chosen.
  if (emailChanges && email) await requestEmailChange(ctx, email)
  return { ...after, pendingEmail: emailChanges ? email : null }
}

/**
 * Sets a person's e-mail (confirmed by its owner, see auth's confirmEmailChange), refusing an
 * address another account uses, also when it was taken between the check and the update. `step`
 * runs in the same transaction (using up the link): if it throws, the address stays as it was.
 */
export async function setUserEmail(
  ctx: Ctx,
  userId: string,
  email: string,
  step?: (tx: Tx) => Promise<void>,
) {
  const address = email.toLowerCase()
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId))
  if (!user) throw notFound()
  if (await isEmailTaken(ctx.db, address, user.id)) throw emailTaken()
  const changes = diffForAudit({ email: user.email }, { email: address })
  await saveUser(ctx, user.id, { email: address }, changes, step)
  return { from: user.email, to: address }
}

async function isEmailTaken(db: DbOrTx, email: string, exceptUserId: string) {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email}`, ne(users.id, exceptUserId)))
  return Boolean(taken)
}

function emailTaken() {
  const key = 'account:errors.emailTaken'
  return new AppError('INVALID_INPUT', key, {}, { email: key })
}

/** Updates a person and audits it once without an organisation and once per organisation. */
async function saveUser(
  ctx: Ctx,
  userId: string,
  values: Partial<typeof users.$inferInsert>,
  changes: Record<string, { from?: unknown; to?: unknown }>,
  step?: (tx: Tx) => Promise<void>,
) {
  const orgs = await ctx.db
    .select({ tenantId: memberships.tenantId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.tenantId))
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set(values).where(eq(users.id, userId))
      for (const tenantId of [null, ...orgs.map((o) => o.tenantId)]) {
        await recordAudit(
          ctx,
          { tenantId, action: 'user.updated', entityType: 'user', entityId: userId, changes },
          tx,
        )
      }
      await step?.(tx)
    })
  } catch (err) {
    // Someone took the address between the check and the update.
    if (!isUniqueViolation(err)) throw err
    throw emailTaken()
  }
}
