import { describe, expect, it } from 'vitest'
import { LOCALES } from '#src/lib/i18n.ts'
import { asksGroup, questionsOf, RESPONDENT_GROUPS, ZInstrumentContent } from './content.ts'
import { IO_CAPACITY_CHECKLIST } from './seed-checklist.ts'

const AREAS = [
  'strategy',
  'staffing',
  'procedures',
  'partnerships',
  'mobility',
  'quality',
  'inclusion',
  'safeguarding',
  'digital',
  'dissemination',
  'finance',
]

/** Every multilingual text of the checklist, with where it sits. */
function texts(): { where: string; text: Record<string, string | undefined> }[] {
  const { content, title, description } = IO_CAPACITY_CHECKLIST
  const out = [
    { where: 'title', text: title },
    { where: 'description', text: description },
  ]
  for (const s of content.sections) {
    out.push({ where: `${s.key}.title`, text: s.title })
    if (s.description) out.push({ where: `${s.key}.description`, text: s.description })
    for (const q of s.questions) {
      out.push({ where: `${q.key}.text`, text: q.text })
      if (q.help) out.push({ where: `${q.key}.help`, text: q.help })
      if (q.type === 'scale') {
        for (const [i, l] of q.levels.entries()) {
          out.push({ where: `${q.key}.level${i + 1}`, text: l })
        }
      }
    }
  }
  return out
}

describe("Ura's International Office capacity checklist", () => {
  it('[ASSESSMENT][CHECKLIST]: eleven areas in order, valid content, unique stable keys', () => {
    const content = ZInstrumentContent.parse(IO_CAPACITY_CHECKLIST.content)
    expect(content.sections.map((s) => s.key)).toEqual(AREAS)
    for (const s of content.sections) {
      expect(s.questions.length, s.key).toBeGreaterThanOrEqual(4)
      for (const q of s.questions) expect(q.key.startsWith(`${s.key}-`), q.key).toBe(true)
    }
    expect(content.sections.find((s) => s.key === 'quality')!.source).toMatch(
      /Erasmus quality standards/,
    )
    expect(content.sections.find((s) => s.key === 'digital')!.source).toMatch(/SELFIE/)
  })

  it('[ASSESSMENT][CHECKLIST]: every item is a 1–5 scale with five levels in words and N/A', () => {
    for (const { question } of questionsOf(IO_CAPACITY_CHECKLIST.content)) {
      expect(question.type, question.key).toBe('scale')
      if (question.type !== 'scale') continue
      expect(question.levels).toHaveLength(5)
      expect(question.allowNa).toBe(true)
      expect(new Set(question.levels.map((l) => l.en)).size, question.key).toBe(5)
    }
  })

  it('[ASSESSMENT][CHECKLIST]: every text exists in all four languages, and none is the English copied', () => {
    const missing: string[] = []
    const copied: string[] = []
    for (const { where, text } of texts()) {
      for (const locale of LOCALES) {
        if (!text[locale]?.trim()) missing.push(`${where} [${locale}]`)
        else if (locale !== 'en' && text[locale] === text.en && text.en!.length > 12) {
          copied.push(`${where} [${locale}]`)
        }
      }
      // Macedonian in Cyrillic, Serbian in Latin script.
      expect(/[\u0400-\u04FF]/.test(text['sr-Latn'] ?? ''), `${where} sr-Latn`).toBe(false)
      expect(/[\u0400-\u04FF]/.test(text.mk ?? ''), `${where} mk`).toBe(true)
    }
    expect(missing).toEqual([])
    expect(copied).toEqual([])
  })

  it('[ASSESSMENT][CHECKLIST]: each respondent group is asked at least five items, learners fewer than leaders', () => {
    const all = questionsOf(IO_CAPACITY_CHECKLIST.content).map((x) => x.question)
    const asked = Object.fromEntries(
      RESPONDENT_GROUPS.map((g) => [g, all.filter((q) => asksGroup(q, g)).length]),
    )
    for (const g of RESPONDENT_GROUPS) expect(asked[g], g).toBeGreaterThanOrEqual(5)
    expect(asked.learners).toBeLessThan(asked.leaders!)
    expect(asked.company_trainers).toBeLessThan(asked.admin_staff!)
  })
})
