import { eq } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import { type LocalizedText, pickText } from '#src/lib/localized-text.ts'
import { calls } from '../schema.ts'

/**
 * The pre-departure course a call asks of its participants, with what a cohort of them needs:
 * a name (the call's title in the school's language) and the day they leave (the call's start).
 */
export async function callPreparation(
  ctx: Ctx,
  callId: string,
): Promise<{ courseId: string; title: LocalizedText; startDate: string; tenantId: string } | null> {
  const [row] = await ctx.db
    .select({
      courseId: calls.preparationCourseId,
      title: calls.title,
      startDate: calls.startDate,
      tenantId: calls.tenantId,
    })
    .from(calls)
    .where(eq(calls.id, callId))
  if (!row?.courseId) return null
  return { ...row, courseId: row.courseId }
}

/** The call's title as a cohort's name. */
export const cohortName = (title: LocalizedText, locale: string) => pickText(title, locale).value
