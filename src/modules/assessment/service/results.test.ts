import { describe, expect, it } from 'vitest'
import type { Question, RespondentGroup } from '../content.ts'
import { readAnswer, readAnswers } from './answering.ts'
import { priorities, type SectionResult, suppression } from './results.ts'

const sizes = (o: Partial<Record<RespondentGroup, number>>) =>
  new Map(Object.entries(o) as [RespondentGroup, number][])

describe('suppression (the small-group rule)', () => {
  const groups: RespondentGroup[] = ['leaders', 'teachers', 'learners']

  it('[ASSESSMENT][ANONYMITY]: a group under 5 is hidden; hidden groups under 5 together leave "everyone" too', () => {
    const s = suppression(groups, sizes({ leaders: 3, teachers: 12, learners: 30 }))
    expect(s.shown).toEqual(['teachers', 'learners'])
    expect(s.hidden).toEqual(['leaders'])
    // 45 − 12 − 30 would give the leaders' 3 answers away: they are left out of "everyone".
    expect(s.allSize).toBe(42)
    expect(s.leftOut).toBe(3)
    expect(s.inAll).toEqual(['teachers', 'learners'])
    expect(s.tooFew).toBe(false)
  })

  it('[ASSESSMENT][ANONYMITY]: hidden groups of 5 or more together stay in "everyone"', () => {
    const s = suppression(groups, sizes({ leaders: 3, teachers: 4, learners: 30 }))
    expect(s.shown).toEqual(['learners'])
    expect(s.hidden).toEqual(['leaders', 'teachers'])
    expect(s.allSize).toBe(37)
    expect(s.leftOut).toBe(0)
  })

  it('[ASSESSMENT][ANONYMITY]: exactly five answers are shown; four answers overall show nothing', () => {
    expect(suppression(groups, sizes({ leaders: 5 })).shown).toEqual(['leaders'])
    const few = suppression(groups, sizes({ leaders: 2, teachers: 2 }))
    expect(few.tooFew).toBe(true)
    expect(few.shown).toEqual([])
  })
})

const scale: Question = {
  key: 'a',
  type: 'scale',
  text: { en: 'A' },
  levels: [1, 2, 3, 4, 5].map((n) => ({ en: String(n) })),
  allowNa: true,
  required: true,
}

describe('reading answers', () => {
  it('[ASSESSMENT]: every question type reads its values and refuses what it does not offer', () => {
    expect(readAnswer(scale, '4')).toEqual({
      rows: [{ questionKey: 'a', num: 4, choice: null, text: null }],
    })
    expect(readAnswer(scale, 'na')).toMatchObject({ rows: [{ choice: 'na', num: null }] })
    expect(readAnswer(scale, '6')).toEqual({ error: 'common:validation.choice' })
    expect(readAnswer(scale, '')).toEqual({ error: 'assessment:answer.required' })
    const multiple: Question = {
      key: 'm',
      type: 'multiple',
      text: { en: 'M' },
      options: [
        { key: 'o1', label: { en: 'x' } },
        { key: 'o2', label: { en: 'y' } },
      ],
      required: false,
    }
    expect(readAnswer(multiple, ['o1', 'o2', 'o1'])).toMatchObject({
      rows: [{ choice: 'o1' }, { choice: 'o2' }],
    })
    expect(readAnswer(multiple, ['o3'])).toEqual({ error: 'common:validation.choice' })
    expect(readAnswer(multiple, undefined)).toEqual({ rows: [] })
    const number: Question = {
      key: 'n',
      type: 'number',
      text: { en: 'N' },
      min: 0,
      max: 10,
      required: false,
    }
    expect(readAnswer(number, '2,5')).toMatchObject({ rows: [{ num: 2.5 }] })
    expect(readAnswer(number, '11')).toEqual({ error: 'assessment:answer.range' })
    expect(readAnswer(number, 'many')).toEqual({ error: 'assessment:answer.number' })
    const matrix: Question = {
      key: 'g',
      type: 'matrix',
      text: { en: 'G' },
      rows: [
        { key: 'r1', label: { en: 'r1' } },
        { key: 'r2', label: { en: 'r2' } },
      ],
      columns: [{ en: 'lo' }, { en: 'mid' }, { en: 'hi' }],
      required: false,
    }
    expect(readAnswer(matrix, { r1: '3', r2: '' })).toEqual({
      rows: [{ questionKey: 'g.r1', num: 3, choice: null, text: null }],
    })
    expect(readAnswer(matrix, { r1: '4' })).toEqual({ error: 'common:validation.choice' })
  })

  it('[ASSESSMENT]: an empty form is refused; errors are keyed by question', () => {
    const sections = [{ key: 's', title: { en: 'S' }, questions: [{ ...scale, required: false }] }]
    expect(readAnswers(sections, {})).toEqual({
      ok: false,
      errors: { _form: 'assessment:answer.nothing' },
    })
    expect(readAnswers(sections, { a: '9' })).toEqual({
      ok: false,
      errors: { 'q.a': 'common:validation.choice' },
    })
  })
})

describe('priorities', () => {
  const item = (key: string, mean: number) => ({
    key,
    question: { ...scale, key },
    stats: { all: { n: 10, mean, na: 0 } },
    distribution: {},
    previous: null,
  })
  const section = (key: string, means: number[], gap = 0): SectionResult => ({
    key,
    title: { en: key },
    source: undefined,
    means: {},
    previous: null,
    gap: gap ? { size: gap, high: 'leaders', low: 'learners' } : null,
    items: means.map((m, i) => item(`${key}-${i}`, m)),
  })

  it('[ASSESSMENT]: the three lowest items from three different areas, a wider gap first on a tie', () => {
    const picked = priorities([
      section('finance', [1.5, 1.6]),
      section('safeguarding', [2.0], 0.4),
      section('digital', [2.0], 1.5),
      section('mobility', [4.2]),
    ])
    expect(picked.map((p) => p.item.key)).toEqual(['finance-0', 'digital-0', 'safeguarding-0'])
  })
})
