import { and, asc, count, eq, isNotNull, sql } from 'drizzle-orm'
import type { Ctx } from '#src/lib/context.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import type { InstrumentContent, Question, RespondentGroup } from '../content.ts'
import {
  assessmentAnswers,
  assessmentInstruments,
  assessmentResponses,
  assessmentRoundTallies,
  assessmentVersions,
  type TallyRow,
} from '../schema.ts'
import { MIN_GROUP_SIZE, ownRound, previousRound, type Round } from './rounds.ts'

/** A column of the results: one respondent group, or everyone ('all'). */
export type Column = RespondentGroup | 'all'

export type Stat = { n: number; mean: number | null; na: number }

export type ItemResult = {
  key: string
  question: Question
  /** Per shown column. */
  stats: Partial<Record<Column, Stat>>
  /** How many chose each level (scale, matrix columns) or option, everyone shown. */
  distribution: Record<string, number>
  previous: number | null
  /** Matrix rows: each row as its own item. */
  rows?: { key: string; label: LocalizedText; stats: Partial<Record<Column, Stat>> }[]
}

export type SectionResult = {
  key: string
  title: LocalizedText
  source: string | undefined
  /** The mean of the section's scale items' means, per shown column. */
  means: Partial<Record<Column, number | null>>
  previous: number | null
  /** The widest difference between two shown groups, when at least two are shown. */
  gap: { size: number; high: RespondentGroup; low: RespondentGroup } | null
  items: ItemResult[]
}

export type Priority = {
  sectionKey: string
  sectionTitle: LocalizedText
  item: ItemResult
  mean: number
}

export type Texts = { questionKey: string; group: RespondentGroup; text: string }[]

export type RoundResults = {
  round: Round
  title: LocalizedText
  content: InstrumentContent
  /** Answers per group, every group of the round. */
  sizes: Record<RespondentGroup, number>
  /** The groups shown on their own (at least MIN_GROUP_SIZE answers). */
  shown: RespondentGroup[]
  hidden: RespondentGroup[]
  /** Answers in the 'all' column; fewer than the total when a small hidden group had to be left out. */
  allSize: number
  /** Answers left out of 'all' (so a hidden group cannot be worked out by subtraction). */
  leftOut: number
  /** Too few answers overall to show anything. */
  tooFew: boolean
  sections: SectionResult[]
  priorities: Priority[]
  texts: Texts
  previous: { id: string; title: string } | null
}

/** A difference between two groups' means from which the results page calls it a gap. */
export const GAP_THRESHOLD = 1

type Grouped = {
  group: RespondentGroup
  key: string
  num: number | null
  choice: string | null
  n: number
}

/**
 * The one aggregate the results page needs: answers counted by group, question, value. Texts are
 * left out (read apart, only for shown groups).
 */
export async function aggregateAnswers(ctx: Pick<Ctx, 'db'>, roundId: string): Promise<Grouped[]> {
  return ctx.db
    .select({
      group: assessmentAnswers.group,
      key: assessmentAnswers.questionKey,
      num: assessmentAnswers.num,
      choice: assessmentAnswers.choice,
      n: sql<number>`count(*)::int`,
    })
    .from(assessmentAnswers)
    .where(and(eq(assessmentAnswers.roundId, roundId), sql`${assessmentAnswers.text} is null`))
    .groupBy(
      assessmentAnswers.group,
      assessmentAnswers.questionKey,
      assessmentAnswers.num,
      assessmentAnswers.choice,
    )
}

async function groupSizes(ctx: Pick<Ctx, 'db'>, roundId: string) {
  return ctx.db
    .select({ group: assessmentResponses.group, n: count() })
    .from(assessmentResponses)
    .where(eq(assessmentResponses.roundId, roundId))
    .groupBy(assessmentResponses.group)
}

type Counts = { sizes: Map<RespondentGroup, number>; grouped: Grouped[] }

async function liveCounts(ctx: Pick<Ctx, 'db'>, roundId: string): Promise<Counts> {
  const [sizeRows, grouped] = await Promise.all([
    groupSizes(ctx, roundId),
    aggregateAnswers(ctx, roundId),
  ])
  return { sizes: new Map(sizeRows.map((r) => [r.group, r.n])), grouped }
}

/**
 * A round's counts. An open round is counted live; a closed one takes no more answers, so it is
 * counted once, kept in `assessment_round_tallies` on first reading, and read from there after.
 */
export async function countsOf(ctx: Pick<Ctx, 'db'>, round: Round): Promise<Counts> {
  if (round.status !== 'closed') return liveCounts(ctx, round.id)
  const [kept] = await ctx.db
    .select({ sizes: assessmentRoundTallies.sizes, answers: assessmentRoundTallies.answers })
    .from(assessmentRoundTallies)
    .where(eq(assessmentRoundTallies.roundId, round.id))
  if (kept) {
    return {
      sizes: new Map(Object.entries(kept.sizes) as [RespondentGroup, number][]),
      grouped: kept.answers.map(([group, key, num, choice, n]) => ({ group, key, num, choice, n })),
    }
  }
  const counts = await liveCounts(ctx, round.id)
  await ctx.db
    .insert(assessmentRoundTallies)
    .values({
      roundId: round.id,
      sizes: Object.fromEntries(counts.sizes),
      answers: counts.grouped.map((g): TallyRow => [g.group, g.key, g.num, g.choice, g.n]),
    })
    .onConflictDoNothing()
  return counts
}

/**
 * Which groups are shown and who counts in 'all'. A group of fewer than MIN_GROUP_SIZE answers is
 * not shown on its own; when the hidden groups together are also fewer, they are left out of
 * 'all' too, or 'all' minus the shown groups would give them away.
 */
export function suppression(
  groups: readonly RespondentGroup[],
  sizes: Map<RespondentGroup, number>,
) {
  const shown = groups.filter((g) => (sizes.get(g) ?? 0) >= MIN_GROUP_SIZE)
  const hidden = groups.filter((g) => !shown.includes(g) && (sizes.get(g) ?? 0) > 0)
  const hiddenSize = hidden.reduce((a, g) => a + (sizes.get(g) ?? 0), 0)
  const total = groups.reduce((a, g) => a + (sizes.get(g) ?? 0), 0)
  const leaveOut = hiddenSize > 0 && hiddenSize < MIN_GROUP_SIZE
  const inAll = leaveOut ? shown : groups
  const allSize = leaveOut ? total - hiddenSize : total
  return {
    shown,
    hidden,
    inAll,
    allSize,
    leftOut: leaveOut ? hiddenSize : 0,
    tooFew: allSize < MIN_GROUP_SIZE,
  }
}

type Acc = { n: number; sum: number; na: number }

function statOf(acc: Acc | undefined): Stat {
  if (!acc) return { n: 0, mean: null, na: 0 }
  return { n: acc.n, mean: acc.n > 0 ? acc.sum / acc.n : null, na: acc.na }
}

function meanOf(values: (number | null | undefined)[]): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number')
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null
}

/** Per question key and column: count, sum, N/A; and the distribution over 'all'. */
function accumulate(
  grouped: Grouped[],
  shown: readonly RespondentGroup[],
  inAll: readonly RespondentGroup[],
) {
  const stats = new Map<string, Map<Column, Acc>>()
  const dist = new Map<string, Record<string, number>>()
  const add = (key: string, col: Column, g: Grouped) => {
    let byCol = stats.get(key)
    if (!byCol) {
      byCol = new Map()
      stats.set(key, byCol)
    }
    const acc = byCol.get(col) ?? { n: 0, sum: 0, na: 0 }
    if (g.choice === 'na') acc.na += g.n
    else if (g.num !== null) {
      acc.n += g.n
      acc.sum += g.num * g.n
    } else if (g.choice !== null) acc.n += g.n
    byCol.set(col, acc)
  }
  for (const g of grouped) {
    if (shown.includes(g.group)) add(g.key, g.group, g)
    if (inAll.includes(g.group)) {
      add(g.key, 'all', g)
      const d = dist.get(g.key) ?? {}
      const bucket = g.choice ?? (g.num !== null ? String(g.num) : '')
      d[bucket] = (d[bucket] ?? 0) + g.n
      dist.set(g.key, d)
    }
  }
  return { stats, dist }
}

function statsFor(byCol: Map<Column, Acc> | undefined, cols: readonly Column[]) {
  return Object.fromEntries(cols.map((c) => [c, statOf(byCol?.get(c))])) as Partial<
    Record<Column, Stat>
  >
}

/** The mean a question scores, for items that have one (scale; matrix as the mean of its rows). */
function itemMean(item: ItemResult, col: Column): number | null {
  if (item.question.type === 'scale') return item.stats[col]?.mean ?? null
  if (item.question.type === 'matrix' && item.rows) {
    // Matrix columns may be more or fewer than five: rescale to 1–5 so areas compare.
    const k = item.question.columns.length
    return meanOf(
      item.rows.map((r) => {
        const m = r.stats[col]?.mean
        return m == null ? null : 1 + ((m - 1) * 4) / (k - 1)
      }),
    )
  }
  return null
}

/** Means of the previous round, 'all' only, by question key (matrix rows as `key.row`). */
async function previousMeans(
  ctx: Ctx,
  round: Round,
): Promise<{ round: Round; means: Map<string, number> } | null> {
  const prev = await previousRound(ctx, round)
  if (!prev) return null
  const { sizes, grouped } = await countsOf(ctx, prev)
  const s = suppression(prev.groups, sizes)
  if (s.tooFew) return null
  const { stats } = accumulate(grouped, [], s.inAll)
  const means = new Map<string, number>()
  for (const [key, byCol] of stats) {
    const m = statOf(byCol.get('all')).mean
    if (m !== null) means.set(key, m)
  }
  return { round: prev, means }
}

/**
 * The results of a round, as the page, the PDF, the spreadsheet and the API show them: per area
 * and shown group, gaps between groups, the previous round, and the three lowest items.
 */
export async function roundResults(ctx: Ctx, roundId: string): Promise<RoundResults> {
  const round = await ownRound(ctx, roundId)
  const [version] = await ctx.db
    .select({ content: assessmentVersions.content, title: assessmentInstruments.title })
    .from(assessmentVersions)
    .innerJoin(assessmentInstruments, eq(assessmentInstruments.id, assessmentVersions.instrumentId))
    .where(eq(assessmentVersions.id, round.versionId))
  const content = version!.content
  const [{ sizes, grouped }, prev] = await Promise.all([
    countsOf(ctx, round),
    previousMeans(ctx, round),
  ])
  const s = suppression(round.groups, sizes)
  const cols: Column[] = ['all', ...s.shown]
  const { stats, dist } = s.tooFew
    ? { stats: new Map(), dist: new Map() }
    : accumulate(grouped, s.shown, s.inAll)

  const sections: SectionResult[] = content.sections.map((section) => {
    const items: ItemResult[] = section.questions.map((q) => {
      const item: ItemResult = {
        key: q.key,
        question: q,
        stats: statsFor(stats.get(q.key), cols),
        distribution: dist.get(q.key) ?? {},
        previous: prev?.means.get(q.key) ?? null,
      }
      if (q.type === 'matrix') {
        item.rows = q.rows.map((r) => ({
          key: r.key,
          label: r.label,
          stats: statsFor(stats.get(`${q.key}.${r.key}`), cols),
        }))
        item.previous = meanOf(q.rows.map((r) => prev?.means.get(`${q.key}.${r.key}`)))
      }
      return item
    })
    const means = Object.fromEntries(
      cols.map((c) => [c, meanOf(items.map((i) => itemMean(i, c)))]),
    ) as Partial<Record<Column, number | null>>
    const groupMeans = s.shown
      .map((g) => ({ g, m: means[g] }))
      .filter((x): x is { g: RespondentGroup; m: number } => typeof x.m === 'number')
    let gap: SectionResult['gap'] = null
    if (groupMeans.length >= 2) {
      const high = groupMeans.reduce((a, b) => (b.m > a.m ? b : a))
      const low = groupMeans.reduce((a, b) => (b.m < a.m ? b : a))
      gap = { size: high.m - low.m, high: high.g, low: low.g }
    }
    const scored = items.filter((i) => i.question.type === 'scale' || i.question.type === 'matrix')
    return {
      key: section.key,
      title: section.title,
      source: section.source,
      means,
      previous: meanOf(scored.map((i) => i.previous)),
      gap,
      items,
    }
  })

  const texts: Texts = s.tooFew
    ? []
    : (
        await ctx.db
          .select({
            questionKey: assessmentAnswers.questionKey,
            group: assessmentAnswers.group,
            text: assessmentAnswers.text,
          })
          .from(assessmentAnswers)
          .where(and(eq(assessmentAnswers.roundId, roundId), isNotNull(assessmentAnswers.text)))
          .orderBy(asc(assessmentAnswers.questionKey), asc(assessmentAnswers.id))
          .limit(500)
      ).flatMap((r) => (s.shown.includes(r.group) && r.text ? [{ ...r, text: r.text }] : []))

  return {
    round,
    title: version!.title,
    content,
    sizes: Object.fromEntries(round.groups.map((g) => [g, sizes.get(g) ?? 0])) as Record<
      RespondentGroup,
      number
    >,
    shown: s.shown,
    hidden: s.hidden,
    allSize: s.allSize,
    leftOut: s.leftOut,
    tooFew: s.tooFew,
    sections: s.tooFew ? sections.map((x) => ({ ...x, gap: null })) : sections,
    priorities: s.tooFew ? [] : priorities(sections),
    texts,
    previous: prev ? { id: prev.round.id, title: prev.round.title } : null,
  }
}

/**
 * The three lowest-scoring items, from three different areas (a plan needs breadth more than
 * three items of one area); a wide gap between groups breaks a tie.
 */
export function priorities(sections: SectionResult[]): Priority[] {
  const candidates = sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const mean = itemMean(item, 'all')
      const answered = item.question.type === 'scale' ? (item.stats.all?.n ?? 0) : MIN_GROUP_SIZE
      return mean !== null && answered >= MIN_GROUP_SIZE
        ? [
            {
              sectionKey: section.key,
              sectionTitle: section.title,
              item,
              mean,
              gap: section.gap?.size ?? 0,
            },
          ]
        : []
    }),
  )
  candidates.sort((a, b) => a.mean - b.mean || b.gap - a.gap)
  const picked: Priority[] = []
  for (const c of candidates) {
    if (picked.length === 3) break
    if (picked.some((p) => p.sectionKey === c.sectionKey)) continue
    picked.push({
      sectionKey: c.sectionKey,
      sectionTitle: c.sectionTitle,
      item: c.item,
      mean: c.mean,
    })
  }
  return picked
}

/** The mean an item scores for everyone shown (the page's "all" column). */
export function meanForAll(item: ItemResult): number | null {
  return itemMean(item, 'all')
}
