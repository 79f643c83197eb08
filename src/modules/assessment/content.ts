import { z } from 'zod'
import type { LocalizedText } from '#src/lib/localized-text.ts'

/**
 * What an instrument asks, as one JSON document per version. A published version never changes:
 * a round keeps the version it used, and a later edit makes a new version. Keys are stable across
 * versions, so a round compares with the previous one item by item even when items were added.
 */

/** Who answers. The checklist asks each group only what it can judge (as SELFIE does). */
export const RESPONDENT_GROUPS = [
  'leaders',
  'teachers',
  'admin_staff',
  'learners',
  'company_trainers',
  'partners',
] as const
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number]

export const QUESTION_TYPES = ['scale', 'single', 'multiple', 'text', 'number', 'matrix'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

const ZKey = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_-]*$/)
const ZText = z.record(z.string(), z.string()) as z.ZodType<LocalizedText>

const ZOption = z.object({ key: ZKey, label: ZText })

const base = {
  key: ZKey,
  text: ZText,
  /** Extra words under the question (what "written" means, an example). */
  help: ZText.optional(),
  /** The groups that are asked; absent = everyone. */
  groups: z.array(z.enum(RESPONDENT_GROUPS)).min(1).optional(),
  required: z.boolean().default(false),
}

export const ZQuestion = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('scale'),
    /** Five levels, each described in words: 1 = not in place … 5 = embedded and reviewed. */
    levels: z.array(ZText).length(5),
    allowNa: z.boolean().default(true),
  }),
  z.object({ ...base, type: z.literal('single'), options: z.array(ZOption).min(2).max(30) }),
  z.object({ ...base, type: z.literal('multiple'), options: z.array(ZOption).min(2).max(30) }),
  z.object({ ...base, type: z.literal('text') }),
  z.object({
    ...base,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('matrix'),
    rows: z.array(ZOption).min(1).max(20),
    /** The columns every row is rated on, lowest first (scored 1…n). */
    columns: z.array(ZText).min(2).max(7),
  }),
])
export type Question = z.infer<typeof ZQuestion>

/** A question before it has its key (the builder makes one). */
type WithoutKey<Q> = Q extends unknown ? Omit<Q, 'key'> : never
export type NewQuestion = WithoutKey<Question>

export const ZSection = z.object({
  key: ZKey,
  title: ZText,
  description: ZText.optional(),
  /** Where the area comes from, e.g. "Erasmus quality standards 2.1" or "SELFIE: Infrastructure". */
  source: z.string().max(200).optional(),
  questions: z.array(ZQuestion).max(200),
})
export type Section = z.infer<typeof ZSection>

export const ZInstrumentContent = z
  .object({ sections: z.array(ZSection).max(40) })
  .superRefine((content, ctx) => {
    const seen = new Set<string>()
    for (const s of content.sections) {
      for (const q of s.questions) {
        if (seen.has(q.key)) ctx.addIssue({ code: 'custom', message: `duplicate key ${q.key}` })
        seen.add(q.key)
      }
    }
  })
export type InstrumentContent = z.infer<typeof ZInstrumentContent>

/** A draft may be empty; a version is published only when it asks something. */
export function asksAnything(content: InstrumentContent): boolean {
  return content.sections.some((s) => s.questions.length > 0)
}

/** A seeded instrument: its key, names and first version's content. */
export type SeedInstrument = {
  key: string
  kind: 'checklist' | 'survey'
  title: LocalizedText
  description: LocalizedText
  content: InstrumentContent
}

/** Every question of a version, with the section it sits in. */
export function questionsOf(
  content: InstrumentContent,
): { section: Section; question: Question }[] {
  return content.sections.flatMap((section) =>
    section.questions.map((question) => ({ section, question })),
  )
}

/** The questions a group is asked. */
export function asksGroup(question: Question, group: RespondentGroup): boolean {
  return !question.groups || question.groups.includes(group)
}
