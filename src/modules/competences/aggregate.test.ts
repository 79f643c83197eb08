import { describe, expect, it } from 'vitest'
import { frameworkCompetence } from '../competence-frameworks/index.ts'
import {
  average,
  type EnrolmentRow,
  gapCounts,
  latestRatings,
  presentGap,
  profileRows,
  type RatingRow,
  shown,
  shownRow,
} from './aggregate.ts'

const digcomp = frameworkCompetence('digcomp-2.2:1.1')!
const day = (n: number) => new Date(Date.UTC(2026, 0, n))

function rating(userId: string, level: number, over: Partial<RatingRow> = {}): RatingRow {
  return {
    userId,
    code: digcomp.code,
    phase: 'self',
    courseId: null,
    level,
    ratedAt: day(1),
    ...over,
  }
}

describe('the privacy rule', () => {
  it('[COMPETENCES][PRIVACY]: 1 to 4 people are "fewer than 5"; 0 and 5 or more are shown', () => {
    expect([0, 1, 3, 4, 5, 12].map(shown)).toEqual([0, null, null, null, 5, 12])
  })

  it('[COMPETENCES][PRIVACY]: a row under 5 hides every cell; one hidden cell hides the next smallest', () => {
    expect(shownRow(3, [3, 0, 0, 0])).toEqual([null, null, null, null])
    // 7 = 5 + 2: with only the 2 hidden it would be 7 − 5 − 0 − 0; the smallest other (a 0) goes too.
    expect(shownRow(7, [5, 2, 0, 0])).toEqual([5, null, null, 0])
    expect(shownRow(10, [5, 5, 0, 0])).toEqual([5, 5, 0, 0])
    expect(shownRow(12, [5, 3, 4, 0])).toEqual([5, null, null, 0])
  })

  it('[COMPETENCES][PRIVACY]: a 3-person cell never shows "3", nor its averages', () => {
    const ratings = ['a', 'b', 'c'].flatMap((u) => [
      rating(u, 1, { phase: 'pre', courseId: 'k' }),
      rating(u, 3, { phase: 'post', courseId: 'k', ratedAt: day(2) }),
    ])
    const enrolled: EnrolmentRow[] = ['a', 'b', 'c'].map((userId) => ({
      userId,
      courseId: 'k',
      competences: [digcomp.code],
      status: 'completed',
    }))
    const [row] = gapCounts([digcomp], ratings, enrolled).map(presentGap)
    expect(row!.raters).toBeNull()
    expect(row!.enrolled).toBeNull()
    expect(row!.completed).toBeNull()
    expect(row!.bands.map((b) => b.count)).toEqual([null, null, null, null])
    expect(row!.before).toBeNull()
    expect(row!.after).toBeNull()
    expect(row!.mostLow).toBe(false)
    expect(JSON.stringify(row)).not.toMatch(/"(raters|enrolled|completed|count)":3/)
  })
})

describe('gap counts', () => {
  it('[COMPETENCES][GAPS]: latest level per person, bands, before → after, and the two gaps', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f']
    const ratings = [
      ...people.map((u, i) => rating(u, i < 4 ? 2 : 5, { ratedAt: day(3) })),
      // An older rating of a's is replaced by the newer one above.
      rating('a', 8, { ratedAt: day(1) }),
      ...people
        .slice(0, 5)
        .flatMap((u) => [
          rating(u, 2, { phase: 'pre', courseId: 'k', ratedAt: day(1) }),
          rating(u, 4, { phase: 'post', courseId: 'k', ratedAt: day(2) }),
        ]),
    ]
    const [counts] = gapCounts([digcomp], ratings, [])
    expect(counts!.raters).toBe(6)
    expect(counts!.bands).toEqual([4, 0, 2, 0])
    const row = presentGap(counts!)
    expect(row.raters).toBe(6)
    // 4 Foundation, 2 Advanced: both hidden, so neither can be told from the total.
    expect(row.bands.map((b) => b.count)).toEqual([null, 0, null, 0])
    expect(row.paired).toBe(5)
    expect(row.before).toBe(2)
    expect(row.after).toBe(4)
    expect(row.mostLow).toBe(true)
    expect(row.noCourse).toBe(true)
  })

  it('[COMPETENCES][GAPS]: averages', () => {
    expect(average([])).toBeNull()
    expect(average([1, 2, 4])).toBeCloseTo(7 / 3)
  })
})

describe('a profile', () => {
  it('[COMPETENCES][PROFILE]: the latest rating, and before/after per course', () => {
    const ratings = [
      rating('me', 2, { phase: 'pre', courseId: 'k', ratedAt: day(1) }),
      rating('me', 5, { phase: 'post', courseId: 'k', ratedAt: day(4) }),
      rating('me', 3, { ratedAt: day(2) }),
    ]
    const [row] = profileRows([digcomp], ratings, [
      { userId: 'me', courseId: 'k', competences: [digcomp.code], status: 'completed' },
    ])
    expect(row!.latest?.level).toBe(5)
    expect(row!.courses).toEqual([{ courseId: 'k', status: 'completed', before: 2, after: 5 }])
    expect(latestRatings(ratings).get(digcomp.code)?.get('me')?.phase).toBe('post')
  })
})
