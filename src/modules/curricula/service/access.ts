import type { Actor, Ctx } from '#src/lib/context.ts'
import { AppError } from '#src/lib/errors.ts'
import { authorize, can } from '#src/lib/policy.ts'
import { projectChoices } from '../../projects/index.ts'
import type { Sharing } from '../schema.ts'

/*
 * Who reads a curriculum or a guidebook: the owner school, the consortium of its project, or
 * everyone on Ura, as courses are shared (ADR 014). The permissions are learning's.
 */

/** The actor follows curricula and reads guidebooks (403 otherwise, sign-in when anonymous). */
export function requireLearner(ctx: Ctx) {
  return authorize(ctx, 'learning.view')
}

/** The actor writes their organisation's curricula and guidebooks. */
export function requireAuthor(ctx: Ctx) {
  return authorize(ctx, 'learning.author')
}

export type Role = 'author' | 'reader'

/** The actor's role on a shared record, or null when it is not theirs to see. */
export function roleOn(
  actor: Actor,
  row: { tenantId: string; visibility: Sharing; projectId: string | null },
  consortium: readonly string[],
): Role | null {
  const own = row.tenantId === actor.tenantId
  if (own && can(actor, 'learning.author')) return 'author'
  if (own || row.visibility === 'public') return 'reader'
  if (row.visibility === 'consortium' && row.projectId && consortium.includes(row.projectId)) {
    return 'reader'
  }
  return null
}

export function invalid(fields: Record<string, string>): AppError {
  return new AppError('INVALID_INPUT', Object.values(fields)[0]!, {}, fields)
}

/** A project must be one of the author's school's; consortium sharing needs one. */
export async function checkSharing(
  ctx: Ctx,
  tenantId: string,
  input: { visibility: Sharing; projectId: string | null },
): Promise<Record<string, string>> {
  const fields: Record<string, string> = {}
  if (input.projectId) {
    const choices = await projectChoices(ctx.db, tenantId)
    if (!choices.some((p) => p.id === input.projectId))
      fields.projectId = 'common:validation.choice'
  }
  if (input.visibility === 'consortium' && !input.projectId) {
    fields.projectId = 'curricula:errors.consortiumNeedsProject'
  }
  return fields
}

/** The projects an author may tie a curriculum or a guidebook to. */
export async function sharingProjectChoices(ctx: Ctx) {
  const actor = requireAuthor(ctx)
  return projectChoices(ctx.db, actor.tenantId)
}
