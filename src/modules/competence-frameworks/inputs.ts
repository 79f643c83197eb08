import { z } from 'zod'
import type { FormValues } from '#src/lib/forms.ts'
import { LOCALES } from '#src/lib/i18n.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { readLocalizedText, ZLocalizedText } from '#src/ui/multilingual-field.tsx'

/** An own competence is written in Ura's reader languages; anything else a form sends is dropped. */
export const OWN_LANGUAGES = LOCALES

function onlyOwnLanguages(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(text).filter(([lang]) => (OWN_LANGUAGES as readonly string[]).includes(lang)),
  )
}

export const ZOwnCompetence = z.object({
  name: ZLocalizedText({ required: 'any', max: 200 }).transform(onlyOwnLanguages),
  description: ZLocalizedText({ max: 1000 }).transform(onlyOwnLanguages),
})
export type OwnCompetenceInput = z.infer<typeof ZOwnCompetence>

export function formToOwnCompetence(form: FormValues) {
  return {
    name: readLocalizedText(form, 'name'),
    description: readLocalizedText(form, 'description'),
  }
}
