import { describe, expect, it } from 'vitest'
import {
  drawQuestions,
  type GradableQuestion,
  gradeAnswer,
  gradeAttempt,
  isCourseComplete,
  meetsThreshold,
  normaliseShortAnswer,
  progressPercent,
  rubricMaxScore,
  scoreRubric,
} from './grading.ts'
import type { RubricCriterion } from './schema.ts'

const single: GradableQuestion = {
  id: 'q1',
  type: 'single',
  points: 1,
  accepted: [],
  options: [
    { key: 'a', text: { en: 'Rome' } },
    { key: 'b', text: { en: 'Brussels' }, correct: true },
  ],
}
const multiple: GradableQuestion = {
  id: 'q2',
  type: 'multiple',
  points: 2,
  accepted: [],
  options: [
    { key: 'a', text: { en: 'KA1' }, correct: true },
    { key: 'b', text: { en: 'KA2' }, correct: true },
    { key: 'c', text: { en: 'KA9' } },
  ],
}
const short: GradableQuestion = {
  id: 'q3',
  type: 'short_answer',
  points: 1,
  accepted: ['Learning agreement', 'Marrëveshje mësimi'],
  options: [],
}
const matching: GradableQuestion = {
  id: 'q4',
  type: 'matching',
  points: 3,
  accepted: [],
  options: [
    { key: 'a', text: { en: 'KA1' }, match: { en: 'Mobility' } },
    { key: 'b', text: { en: 'KA2' }, match: { en: 'Cooperation' } },
    { key: 'c', text: { en: 'KA3' }, match: { en: 'Policy' } },
  ],
}

describe('gradeAnswer', () => {
  it('[LEARNING][GRADING]: single choice is right only with the one correct choice', () => {
    expect(gradeAnswer(single, { choices: ['b'] }).points).toBe(1)
    expect(gradeAnswer(single, { choices: ['a'] }).points).toBe(0)
    expect(gradeAnswer(single, { choices: ['a', 'b'] }).points).toBe(0)
    expect(gradeAnswer(single, undefined)).toMatchObject({ points: 0, correct: false })
  })

  it('[LEARNING][GRADING]: multiple choice needs every correct box and no wrong one', () => {
    expect(gradeAnswer(multiple, { choices: ['b', 'a'] })).toMatchObject({
      points: 2,
      correct: true,
    })
    expect(gradeAnswer(multiple, { choices: ['a'] }).points).toBe(0)
    expect(gradeAnswer(multiple, { choices: ['a', 'b', 'c'] }).points).toBe(0)
    // A key that is not a choice of this question does not count either way.
    expect(gradeAnswer(multiple, { choices: ['a', 'b', 'zz'] }).points).toBe(2)
  })

  it('[LEARNING][GRADING]: a short answer ignores case, accents, punctuation and spaces', () => {
    expect(normaliseShortAnswer('  Marrëveshje   MËSIMI! ')).toBe('marreveshje mesimi')
    expect(gradeAnswer(short, { text: 'learning agreement.' }).points).toBe(1)
    expect(gradeAnswer(short, { text: 'marreveshje mesimi' }).points).toBe(1)
    expect(gradeAnswer(short, { text: 'grant agreement' }).points).toBe(0)
    expect(gradeAnswer(short, { text: '   ' }).points).toBe(0)
  })

  it('[LEARNING][GRADING]: matching earns points in proportion to the right pairs, rounded down', () => {
    expect(gradeAnswer(matching, { pairs: { a: 'a', b: 'b', c: 'c' } }).points).toBe(3)
    expect(gradeAnswer(matching, { pairs: { a: 'a', b: 'c', c: 'b' } })).toMatchObject({
      points: 1,
      correct: false,
    })
    expect(gradeAnswer(matching, { pairs: {} }).points).toBe(0)
  })
})

describe('gradeAttempt', () => {
  it('[LEARNING][GRADING]: sums the points and passes at the pass mark, not below', () => {
    const questions = [single, multiple, short, matching]
    const all = gradeAttempt(
      questions,
      {
        q1: { choices: ['b'] },
        q2: { choices: ['a', 'b'] },
        q3: { text: 'learning agreement' },
        q4: { pairs: { a: 'a', b: 'b', c: 'c' } },
      },
      70,
    )
    expect(all).toMatchObject({ score: 7, maxScore: 7, percent: 100, passed: true })
    // 5 of 7 is 71 %: passes at 70, fails at 75.
    const some = {
      q1: { choices: ['b'] },
      q2: { choices: ['a', 'b'] },
      q4: { pairs: { a: 'a', b: 'c', c: 'b' } },
      q3: { text: 'learning agreement' },
    }
    expect(gradeAttempt(questions, some, 70)).toMatchObject({ score: 5, percent: 71, passed: true })
    expect(gradeAttempt(questions, some, 75).passed).toBe(false)
    expect(gradeAttempt([], {}, 0).passed).toBe(false)
  })
})

describe('drawQuestions', () => {
  const pool = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }))

  it('[LEARNING][GRADING]: draws the asked number at random, in the author’s order', () => {
    let seed = 7
    const random = () => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    const drawn = drawQuestions(pool, 3, random)
    expect(drawn).toHaveLength(3)
    const positions = drawn.map((q) => pool.indexOf(q))
    expect([...positions].sort()).toEqual(positions)
    expect(drawQuestions(pool, null)).toEqual(pool)
    expect(drawQuestions(pool, 10)).toEqual(pool)
    const seen = new Set<string>()
    for (let i = 0; i < 50; i++) for (const q of drawQuestions(pool, 2, random)) seen.add(q.id)
    expect(seen.size).toBe(5)
  })
})

describe('completion', () => {
  it('[LEARNING][COMPLETION]: a course is complete when every lesson is done', () => {
    const lessonIds = ['l1', 'l2', 'l3']
    expect(progressPercent({ lessonIds, doneLessonIds: new Set(['l1']) })).toBe(33)
    expect(isCourseComplete({ lessonIds, doneLessonIds: new Set(['l1', 'l2']) })).toBe(false)
    expect(isCourseComplete({ lessonIds, doneLessonIds: new Set(['l1', 'l2', 'l3', 'x']) })).toBe(
      true,
    )
    expect(isCourseComplete({ lessonIds: [], doneLessonIds: new Set() })).toBe(false)
    expect(progressPercent({ lessonIds: [], doneLessonIds: new Set() })).toBe(0)
  })
})

const rubric: RubricCriterion[] = [
  {
    key: 'c1',
    name: { en: 'Roles' },
    description: {},
    levels: [
      { key: 'l1', label: { en: 'Missing' }, points: 0 },
      { key: 'l2', label: { en: 'Partly' }, points: 2 },
      { key: 'l3', label: { en: 'Complete' }, points: 4 },
    ],
  },
  {
    key: 'c2',
    name: { en: 'Calendar' },
    description: {},
    levels: [
      { key: 'l1', label: { en: 'Missing' }, points: 0 },
      { key: 'l2', label: { en: 'Complete' }, points: 2 },
    ],
  },
]

describe('rubrics', () => {
  it('[LEARNING][RUBRIC]: the score is the sum of the chosen levels, the maximum the best of each', () => {
    expect(rubricMaxScore(rubric)).toBe(6)
    const grade = scoreRubric(rubric, { c1: 'l2', c2: 'l2' })
    expect(grade).toMatchObject({ score: 4, maxScore: 6, missing: [] })
    expect(grade.grades[0]).toMatchObject({
      criterionKey: 'c1',
      levelKey: 'l2',
      points: 2,
      maxPoints: 4,
    })
    expect(grade.grades[0]!.label).toEqual({ en: 'Partly' })
  })

  it('[LEARNING][RUBRIC]: a criterion without a level, or with a level it does not have, is missing', () => {
    expect(scoreRubric(rubric, { c1: 'l3' }).missing).toEqual(['c2'])
    expect(scoreRubric(rubric, { c1: 'l9', c2: 'l1', c3: 'l1' }).missing).toEqual(['c1'])
    expect(rubricMaxScore([])).toBe(0)
  })

  it('[LEARNING][RUBRIC]: the threshold counts in points, or in whole percent rounded down', () => {
    expect(meetsThreshold(4, 6, 4, 'points')).toBe(true)
    expect(meetsThreshold(3, 6, 4, 'points')).toBe(false)
    // 4 of 6 is 66 %: passes at 66, fails at 67.
    expect(meetsThreshold(4, 6, 66, 'percent')).toBe(true)
    expect(meetsThreshold(4, 6, 67, 'percent')).toBe(false)
    expect(meetsThreshold(0, 0, 0, 'percent')).toBe(true)
  })

  it('[LEARNING][COMPLETION]: an assignment waiting for its grade keeps the course open', () => {
    // Only an accepted submission writes the lesson's completion; until then it is not done.
    const lessonIds = ['text', 'quiz', 'assignment']
    const waiting = { lessonIds, doneLessonIds: new Set(['text', 'quiz']) }
    expect(isCourseComplete(waiting)).toBe(false)
    expect(progressPercent(waiting)).toBe(66)
    expect(isCourseComplete({ lessonIds, doneLessonIds: new Set(lessonIds) })).toBe(true)
  })
})
