import { and, desc, eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { recordAudit } from '../../audit/index.ts'
import { courseChoices, isCourseChoice } from '../../learning/index.ts'
import { organisationNames } from '../../organisations/index.ts'
import type { EntryInput } from '../inputs.ts'
import { catalogueEntries } from '../schema.ts'
import { invalid, isUuid, type Member, submitter } from './access.ts'

export type Entry = typeof catalogueEntries.$inferSelect

/** The school's own entries, newest change first, with their moderation status and reason. */
export async function listOwnEntries(ctx: Ctx): Promise<Entry[]> {
  const actor = submitter(ctx)
  return ctx.db
    .select()
    .from(catalogueEntries)
    .where(eq(catalogueEntries.tenantId, actor.tenantId))
    .orderBy(desc(catalogueEntries.updatedAt))
    .limit(500)
}

/** One of the school's entries; another school's answers NOT_FOUND. */
export async function getOwnEntry(ctx: Ctx, id: string): Promise<Entry> {
  const actor = submitter(ctx)
  if (!isUuid(id)) throw notFound()
  const [row] = await ctx.db
    .select()
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.id, id), eq(catalogueEntries.tenantId, actor.tenantId)))
  if (!row) throw notFound()
  return row
}

export type EntryChoices = {
  providers: { id: string; name: LocalizedText }[]
  courses: { id: string; title: LocalizedText }[]
}

/** What the form offers: the actor's organisations as provider, and the Ura courses to name. */
export async function entryChoices(ctx: Ctx): Promise<EntryChoices> {
  const actor = submitter(ctx)
  const courses = await courseChoices(ctx, actor.tenantId)
  return {
    providers: actor.memberships.map((m) => ({ id: m.tenantId, name: m.name })),
    courses,
  }
}

async function checkLinks(ctx: Ctx, actor: Member, input: EntryInput) {
  if (input.providerOrgId && !actor.memberships.some((m) => m.tenantId === input.providerOrgId)) {
    const known = await organisationNames(ctx, [input.providerOrgId])
    if (!actor.isPlatformAdmin || !known.has(input.providerOrgId))
      throw invalid({ providerOrgId: 'common:validation.choice' })
  }
  if (input.courseId && !(await isCourseChoice(ctx, actor.tenantId, input.courseId)))
    throw invalid({ courseId: 'common:validation.choice' })
}

/** What is stored of the input: a Ura provider needs no outside name or country. */
function columns(input: EntryInput) {
  return {
    ...input,
    providerName: input.providerOrgId ? '' : input.providerName,
    providerCountry: input.providerOrgId ? null : input.providerCountry,
  }
}

/** A new entry from the school, pending until a platform administrator approves it. */
export async function submitEntry(ctx: Ctx, input: EntryInput): Promise<Entry> {
  const actor = submitter(ctx)
  await checkLinks(ctx, actor, input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(catalogueEntries)
      .values({
        ...columns(input),
        tenantId: actor.tenantId,
        createdBy: actor.userId,
        status: 'pending',
      })
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'catalogue.submit',
        entityType: 'catalogue_entry',
        entityId: row!.id,
      },
      tx,
    )
    return row!
  })
}

/**
 * Edits one of the school's entries. Any edit sends it back to moderation: an approved entry
 * leaves the public list until approved again, a rejected one is asked again (ADR 021).
 */
export async function updateEntry(ctx: Ctx, id: string, input: EntryInput): Promise<Entry> {
  const actor = submitter(ctx)
  const entry = await getOwnEntry(ctx, id)
  await checkLinks(ctx, actor, input)
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(catalogueEntries)
      .set({
        ...columns(input),
        status: 'pending',
        rejectionReason: '',
        reviewedBy: null,
        reviewedAt: null,
        updatedAt: ctx.now(),
      })
      .where(and(eq(catalogueEntries.id, entry.id), eq(catalogueEntries.tenantId, actor.tenantId)))
      .returning()
    await recordAudit(
      ctx,
      {
        tenantId: actor.tenantId,
        action: 'catalogue.update',
        entityType: 'catalogue_entry',
        entityId: entry.id,
        changes: { status: { from: entry.status, to: 'pending' } },
      },
      tx,
    )
    return row!
  })
}
