import type { Ctx } from '#src/lib/context.ts'
import { notFound } from '#src/lib/errors.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { type ItemResult, roundResults } from '../../assessment/index.ts'
import { isUuid } from './access.ts'

export type LowItem = {
  roundId: string
  roundTitle: string
  questionKey: string
  text: LocalizedText
  sectionTitle: LocalizedText
  /** The item's mean for everyone shown (1–5), null when too few answered. */
  mean: number | null
}

function meanOf(item: ItemResult): number | null {
  if (item.question.type === 'scale') return item.stats.all?.mean ?? null
  if (item.question.type === 'matrix' && item.rows) {
    const k = item.question.columns.length
    const xs = item.rows
      .map((r) => r.stats.all?.mean)
      .filter((m): m is number => typeof m === 'number')
      .map((m) => 1 + ((m - 1) * 4) / (k - 1))
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null
  }
  return null
}

/** An item of one of the school's rounds, with its text and mean; anything else is NOT_FOUND. */
export async function itemOfRound(
  ctx: Ctx,
  roundId: string,
  questionKey: string,
): Promise<LowItem> {
  if (!isUuid(roundId)) throw notFound()
  const results = await roundResults(ctx, roundId)
  for (const section of results.sections) {
    const item = section.items.find((i) => i.key === questionKey)
    if (item) {
      return {
        roundId,
        roundTitle: results.round.title,
        questionKey,
        text: item.question.text,
        sectionTitle: section.title,
        mean: results.tooFew ? null : meanOf(item),
      }
    }
  }
  throw notFound()
}

/** The round's three priorities, as a plan page lists them. */
export async function roundPriorities(ctx: Ctx, roundId: string): Promise<LowItem[]> {
  const results = await roundResults(ctx, roundId)
  return results.priorities.map((p) => ({
    roundId,
    roundTitle: results.round.title,
    questionKey: p.item.key,
    text: p.item.question.text,
    sectionTitle: p.sectionTitle,
    mean: p.mean,
  }))
}
