import { z } from 'zod'
import { isCivilDate } from '#src/lib/dates.ts'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { ZEmail } from '#src/lib/validation.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'
import { QUESTION_TYPES, RESPONDENT_GROUPS } from './content.ts'
import { INSTRUMENT_KINDS } from './schema.ts'

/** Instruments are written in Ura's reader languages. */
export const INSTRUMENT_LANGUAGES = LOCALES

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const ZUuid = z.string().regex(UUID, 'common:validation.choice')

function ours(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(text).filter(([l]) => (INSTRUMENT_LANGUAGES as readonly string[]).includes(l)),
  )
}
const ZText = (rules: Parameters<typeof ZLocalizedText>[0] = {}) =>
  ZLocalizedText(rules).transform(ours)

function text(value: unknown): string {
  const last = Array.isArray(value) ? value.at(-1) : value
  return typeof last === 'string' ? last : ''
}

function list(value: unknown): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  )
}

export const ZInstrument = z.object({
  kind: z.enum(INSTRUMENT_KINDS, 'common:validation.choice'),
  title: ZText({ required: 'any', max: 200 }),
  description: ZText({ max: 2000 }),
})
export type InstrumentInput = z.infer<typeof ZInstrument>

export function formToInstrument(form: FormValues) {
  return {
    kind: text(form.kind) || 'survey',
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
  }
}

export const ZSectionInput = z.object({
  title: ZText({ required: 'any', max: 200 }),
  description: ZText({ max: 1000 }),
})

export function formToSection(form: FormValues) {
  return {
    title: readLocalizedText(form, 'title'),
    description: readLocalizedText(form, 'description'),
  }
}

/**
 * A new question from the builder's one form. Options, matrix rows and scale levels are written
 * one per line, in each language; line n of every language is the same option.
 */
export const ZQuestionInput = z
  .object({
    section: z.string().min(1, 'common:validation.choice'),
    type: z.enum(QUESTION_TYPES, 'common:validation.choice'),
    text: ZText({ required: 'any', max: 500 }),
    help: ZText({ max: 1000 }),
    lines: ZText({ max: 4000 }),
    columns: ZText({ max: 2000 }),
    groups: z.array(z.enum(RESPONDENT_GROUPS, 'common:validation.choice')),
    required: z.boolean(),
  })
  .superRefine((q, ctx) => {
    const n = linesOf(q.lines).length
    if (q.type === 'scale' && n !== 0 && n !== 5) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'assessment:builder.levelsFive' })
    }
    if ((q.type === 'single' || q.type === 'multiple') && n < 2) {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'assessment:builder.optionsTwo' })
    }
    if (q.type === 'matrix') {
      if (n < 1) {
        ctx.addIssue({ code: 'custom', path: ['lines'], message: 'assessment:builder.rowsOne' })
      }
      if (linesOf(q.columns).length < 2) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns'],
          message: 'assessment:builder.columnsTwo',
        })
      }
    }
  })
export type QuestionInput = z.infer<typeof ZQuestionInput>

/** Per line index, the line in every language that has it. */
export function linesOf(text: LocalizedText): LocalizedText[] {
  const split = Object.entries(text).map(
    ([lang, v]) => [lang, (v ?? '').split(/\r?\n/).map((l) => l.trim())] as const,
  )
  const length = Math.max(0, ...split.map(([, ls]) => ls.filter(Boolean).length))
  const out: LocalizedText[] = []
  for (let i = 0; i < length; i++) {
    const line: LocalizedText = {}
    for (const [lang, ls] of split) {
      const v = ls.filter(Boolean)[i]
      if (v) line[lang] = v
    }
    out.push(line)
  }
  return out
}

export function formToQuestion(form: FormValues) {
  return {
    section: text(form.section),
    type: text(form.type),
    text: readLocalizedText(form, 'text'),
    help: readLocalizedText(form, 'help'),
    lines: readLocalizedText(form, 'lines'),
    columns: readLocalizedText(form, 'columns'),
    groups: list(form.groups),
    required: text(form.required) !== '',
  }
}

export const ZRound = z.object({
  instrumentId: ZUuid,
  title: z
    .string()
    .trim()
    .min(1, 'common:validation.required')
    .max(200, 'common:validation.tooLong'),
  groups: z
    .array(z.enum(RESPONDENT_GROUPS, 'common:validation.choice'))
    .min(1, 'assessment:errors.groupsRequired'),
  anonymous: z.boolean(),
  closesOn: z
    .string()
    .refine((v) => v === '' || isCivilDate(v), 'assessment:errors.date')
    .transform((v) => v || null),
})
export type RoundInput = z.infer<typeof ZRound>

export function formToRound(form: FormValues) {
  return {
    instrumentId: text(form.instrumentId),
    title: text(form.title),
    groups: list(form.groups),
    anonymous: text(form.anonymous) !== '',
    closesOn: text(form.closesOn).trim(),
  }
}

/** Addresses one per line (or separated by commas or semicolons), at most 500 at once. */
export const ZInvite = z.object({
  group: z.enum(RESPONDENT_GROUPS, 'common:validation.choice'),
  locale: z.enum(LOCALES, 'common:validation.choice'),
  emails: z
    .string()
    .transform((v) =>
      v
        .split(/[\s,;]+/)
        .map((e) => e.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(ZEmail)
        .min(1, 'assessment:errors.emailsRequired')
        .max(500, 'assessment:errors.emailsTooMany'),
    ),
})
export type InviteInput = z.infer<typeof ZInvite>

export function formToInvite(form: FormValues) {
  return { group: text(form.group), locale: text(form.locale), emails: text(form.emails) }
}
