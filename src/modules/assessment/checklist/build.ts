import type { RespondentGroup, Section } from '../content.ts'

/** The pieces both halves of the checklist are written with: four-language texts and a scale item. */

export type Text = { en: string; sq: string; 'sr-Latn': string; mk: string }
type Question = Section['questions'][number]
type Levels = [Text, Text, Text, Text, Text]

export const L = (en: string, sq: string, sr: string, mk: string): Text => ({
  en,
  sq,
  'sr-Latn': sr,
  mk,
})

type ScaleInput = {
  key: string
  /** Absent = everyone can judge it. */
  groups?: RespondentGroup[]
  text: Text
  help?: Text
  levels: Levels
}

export const scale = ({ key, groups, text, help, levels }: ScaleInput): Question => ({
  key,
  type: 'scale',
  text,
  ...(help && { help }),
  levels,
  allowNa: true,
  required: false,
  ...(groups && { groups: [...groups] }),
})

/** School leadership and the administrative staff who run the International Office. */
export const MGMT: RespondentGroup[] = ['leaders', 'admin_staff']
/** Everyone inside the school who works on international activities. */
export const STAFF: RespondentGroup[] = ['leaders', 'teachers', 'admin_staff']
