import { type AnyColumn, and, asc, eq, isNull, or, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { DbOrTx } from '#src/db/client.ts'
import type { Ctx } from '#src/lib/context.ts'
import { AppError, forbidden, notFound } from '#src/lib/errors.ts'
import { authorize, grantableRoles } from '#src/lib/policy.ts'
import { recordAudit } from '../audit/index.ts'
import { guardianships, memberships, type Role, users } from './schema.ts'

export const isUuid = (v: string) => z.uuid().safeParse(v).success

export type MemberRow = {
  membershipId: string
  userId: string
  displayName: string
  email: string | null
  username: string | null
  role: Role
  createdAt: Date
}

export type MemberLink = {
  membershipId: string
  userId: string
  displayName: string
  email: string | null
}

export type MemberDetails = MemberRow & {
  title: string | null
  phone: string | null
  dateOfBirth: string | null
  /** False for an account that has no password yet (a learner who has not used their code). */
  isActivated: boolean
  guardians: MemberLink[]
  learners: MemberLink[]
}

const memberColumns = {
  membershipId: memberships.id,
  userId: users.id,
  displayName: users.displayName,
  email: users.email,
  username: users.username,
  role: memberships.role,
  createdAt: memberships.createdAt,
}

// Folds the letters people often type without their marks, so "cela" finds "Çela".
const FROM = 'ëçšžčćđáàâäéèêíìîóòôöúùûü'
const TO = 'ecszccdaaaaeeeiiioooouuuu'
const fold = (s: string) => [...s.toLowerCase()].map((ch) => TO[FROM.indexOf(ch)] ?? ch).join('')

/** People of the active organisation, by name, optionally of one role or matching a search. */
export async function listMembers(
  ctx: Ctx,
  filter: { role?: Role | undefined; q?: string | undefined } = {},
): Promise<MemberRow[]> {
  const actor = authorize(ctx, 'members.view')
  const conditions = [eq(memberships.tenantId, actor.tenantId)]
  if (filter.role) conditions.push(eq(memberships.role, filter.role))
  const q = filter.q?.trim()
  if (q) {
    const pattern = `%${fold(q).replace(/[\\%_]/g, '\\$&')}%`
    const folded = (column: AnyColumn) =>
      sql`translate(lower(coalesce(${column}, '')), ${FROM}, ${TO}) like ${pattern}`
    conditions.push(or(folded(users.displayName), folded(users.email), folded(users.username))!)
  }
  return ctx.db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(memberships.id))
    .limit(1000)
}

async function findMembership(db: DbOrTx, tenantId: string, membershipId: string) {
  if (!isUuid(membershipId)) return null
  const [row] = await db
    .select({
      ...memberColumns,
      title: memberships.title,
      phone: users.phone,
      dateOfBirth: users.dateOfBirth,
      isActivated: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.tenantId, tenantId)))
  return row ?? null
}

/** One membership of the active organisation, or NOT_FOUND (also for another organisation's). */
export async function loadMembership(ctx: Ctx, tenantId: string, membershipId: string) {
  const row = await findMembership(ctx.db, tenantId, membershipId)
  if (!row) throw notFound()
  return row
}

async function linkedPeople(
  ctx: Ctx,
  tenantId: string,
  userId: string,
  side: 'guardians' | 'learners',
): Promise<MemberLink[]> {
  const [mine, theirs] =
    side === 'guardians'
      ? [guardianships.learnerUserId, guardianships.guardianUserId]
      : [guardianships.guardianUserId, guardianships.learnerUserId]
  return ctx.db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      displayName: users.displayName,
      email: users.email,
    })
    .from(guardianships)
    .innerJoin(users, eq(users.id, theirs))
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId)),
    )
    .where(and(eq(guardianships.tenantId, tenantId), eq(mine, userId)))
    .orderBy(asc(users.displayName))
}

/** A member's details with their guardians (for a learner) or learners (for a guardian). */
export async function getMember(ctx: Ctx, membershipId: string): Promise<MemberDetails> {
  const actor = authorize(ctx, 'members.view')
  const row = await loadMembership(ctx, actor.tenantId, membershipId)
  return {
    ...row,
    isActivated: Boolean(row.isActivated),
    guardians:
      row.role === 'learner'
        ? await linkedPeople(ctx, actor.tenantId, row.userId, 'guardians')
        : [],
    learners:
      row.role === 'guardian'
        ? await linkedPeople(ctx, actor.tenantId, row.userId, 'learners')
        : [],
  }
}

/** Fails if the membership is the organisation's last administrator (rows locked meanwhile). */
async function guardLastAdmin(tx: DbOrTx, tenantId: string, membershipId: string) {
  const admins = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'org_admin')))
    .for('update')
  if (admins.length <= 1 && admins.some((a) => a.id === membershipId)) {
    throw new AppError('INVALID_STATE', 'members:errors.lastAdmin')
  }
}

/** Gives a member another role. The last administrator of an organisation keeps theirs. */
export async function changeRole(ctx: Ctx, membershipId: string, role: Role) {
  const actor = authorize(ctx, 'members.manage')
  if (!grantableRoles(actor).includes(role)) throw forbidden()
  const member = await loadMembership(ctx, actor.tenantId, membershipId)
  if (member.role === role) return { ...member, role }
  await ctx.db.transaction(async (tx) => {
    if (member.role === 'org_admin') await guardLastAdmin(tx, actor.tenantId, member.membershipId)
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.id, member.membershipId), eq(memberships.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'membership.role_changed',
        entityType: 'membership',
        entityId: member.membershipId,
        changes: { role: { from: member.role, to: role } },
      },
      tx,
    )
  })
  return { ...member, role }
}

/** Another module's part of a removal, run inside its transaction (invitations revokes the learner's). */
export type MemberRemovalStep = (
  tx: DbOrTx,
  member: { tenantId: string; userId: string },
) => Promise<void>

/**
 * Removes a person from the active organisation with their guardian links there, and runs the
 * given step (the members pages revoke pending guardian invitations) in the same transaction.
 * Their account stays (they may belong elsewhere).
 */
export async function removeMember(
  ctx: Ctx,
  membershipId: string,
  alsoInTransaction?: MemberRemovalStep,
) {
  const actor = authorize(ctx, 'members.manage')
  const member = await loadMembership(ctx, actor.tenantId, membershipId)
  await ctx.db.transaction(async (tx) => {
    if (member.role === 'org_admin') await guardLastAdmin(tx, actor.tenantId, member.membershipId)
    await tx
      .delete(guardianships)
      .where(
        and(
          eq(guardianships.tenantId, actor.tenantId),
          or(
            eq(guardianships.guardianUserId, member.userId),
            eq(guardianships.learnerUserId, member.userId),
          ),
        ),
      )
    await alsoInTransaction?.(tx, { tenantId: actor.tenantId, userId: member.userId })
    await tx
      .delete(memberships)
      .where(and(eq(memberships.id, member.membershipId), eq(memberships.tenantId, actor.tenantId)))
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'membership.removed',
        entityType: 'membership',
        entityId: member.membershipId,
        changes: { userId: { from: member.userId }, role: { from: member.role } },
      },
      tx,
    )
  })
}
