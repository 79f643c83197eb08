import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'

/**
 * News is written in Ura's reader languages: each language of a post has its own public address
 * (`/sq/n/…`, `/en/n/…`), its own feed and an hreflang link, which a language without a UI
 * locale could not have.
 */
export const NEWS_LANGUAGES = LOCALES

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ZIds = z.array(z.string().regex(UUID, 'common:validation.choice')).max(50)

/** Keeps only the reader languages: anything else a form sends is not shown anywhere. */
function onlyNewsLanguages(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(text).filter(([lang]) => (NEWS_LANGUAGES as readonly string[]).includes(lang)),
  )
}

const ZTags = z
  .string()
  .max(400, 'common:validation.tooLong')
  .transform((s) => [
    ...new Set(
      s
        .split(',')
        .map((t) => t.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(z.string().max(40, 'news:errors.tagTooLong')).max(12, 'news:errors.tooManyTags'))

/** A news post as the editor sends it. Drafts may be incomplete; publishing is checked later. */
export const ZPost = z.object({
  title: ZLocalizedText({ required: 'any', max: 200 }).transform(onlyNewsLanguages),
  summary: ZLocalizedText({ max: 600 }).transform(onlyNewsLanguages),
  body: ZLocalizedText({ max: 60_000 }).transform(onlyNewsLanguages),
  tags: ZTags,
  projectIds: ZIds,
  eventIds: ZIds,
  campaignId: z.string().regex(UUID, 'common:validation.choice').nullable(),
  intent: z.enum(['draft', 'publish']),
})
export type PostInput = z.infer<typeof ZPost>

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  return typeof value === 'string' && value !== '' ? [value] : []
}

function text(value: unknown): string {
  const last = Array.isArray(value) ? value.at(-1) : value
  return typeof last === 'string' ? last : ''
}

/** The editor's form as the input of `ZPost` (multilingual fields arrive as `title.sq`). */
export function formToPostInput(form: FormValues) {
  return {
    title: readLocalizedText(form, 'title'),
    summary: readLocalizedText(form, 'summary'),
    body: readLocalizedText(form, 'body'),
    tags: text(form.tags),
    projectIds: list(form.projectIds),
    eventIds: list(form.eventIds),
    campaignId: text(form.campaignId) || null,
    intent: text(form.intent) === 'publish' ? 'publish' : 'draft',
  }
}

const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'news:errors.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'news:errors.date')
  .nullable()

/** A campaign: a name in at least one language, an optional period, the events it groups. */
export const ZCampaign = z
  .object({
    name: ZLocalizedText({ required: 'any', max: 200 }).transform(onlyNewsLanguages),
    description: ZLocalizedText({ max: 2000 }).transform(onlyNewsLanguages),
    startsOn: ZDate,
    endsOn: ZDate,
    eventIds: ZIds,
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'news:errors.endBeforeStart' })
    }
  })
export type CampaignInput = z.infer<typeof ZCampaign>

/** The campaign form as the input of `ZCampaign`. */
export function formToCampaignInput(form: FormValues) {
  return {
    name: readLocalizedText(form, 'name'),
    description: readLocalizedText(form, 'description'),
    startsOn: text(form.startsOn) || null,
    endsOn: text(form.endsOn) || null,
    eventIds: list(form.eventIds),
  }
}
