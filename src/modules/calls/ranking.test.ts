import { describe, expect, it } from 'vitest'
import { allocate, type RankCriterion, rankApplications, toDecimal } from './ranking.ts'

const criteria: RankCriterion[] = [
  { id: 'm', weight: 60, maxScore: 10, isFewerOpportunities: false },
  { id: 'f', weight: 40, maxScore: 5, isFewerOpportunities: true },
]
const at = (minute: number) => new Date(Date.UTC(2027, 0, 10, 9, minute))
const app = (id: string, m: number[], f: number[], minute = 0) => ({
  id,
  submittedAt: at(minute),
  scores: [
    ...m.map((score) => ({ criterionId: 'm', score })),
    ...f.map((score) => ({ criterionId: 'f', score })),
  ],
})

describe('ranking', () => {
  it('[CALLS][RANK]: the weighted total averages the panel per criterion and scales to 100', () => {
    // m: mean 8/10 × 60 = 48; f: mean 2.5/5 × 40 = 20 → 68.
    const [r] = rankApplications(criteria, [app('a', [7, 9], [2, 3])])
    expect(r!.totalText).toBe('68.000')
    expect(r!.isComplete).toBe(true)
  })

  it('[CALLS][RANK]: thirds are exact and rounded half up only for display', () => {
    const [r] = rankApplications(
      [{ id: 'm', weight: 1, maxScore: 3, isFewerOpportunities: false }],
      [
        {
          id: 'a',
          submittedAt: at(0),
          scores: [
            { criterionId: 'm', score: 1 },
            { criterionId: 'm', score: 2 },
            { criterionId: 'm', score: 2 },
          ],
        },
      ],
    )
    // mean 5/3 of 3 → 55.5555…
    expect(r!.totalText).toBe('55.556')
    expect(toDecimal({ num: 1n, den: 8n })).toBe('0.125')
    expect(toDecimal({ num: 1n, den: 16n })).toBe('0.063')
  })

  it('[CALLS][TIE]: equal totals: the higher fewer-opportunities score comes first', () => {
    // a: 60 × 10/10 + 40 × 0/5 = 60; b: 60 × 6/10 + 40 × 3/5 = 36 + 24 = 60, and b applied later.
    const ranked = rankApplications(criteria, [app('a', [10], [0], 0), app('b', [6], [3], 5)])
    expect(ranked[0]!.totalText).toBe('60.000')
    expect(ranked[1]!.totalText).toBe('60.000')
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a'])
  })

  it('[CALLS][TIE]: equal totals and equal fewer-opportunities scores: the earlier submission first', () => {
    const ranked = rankApplications(criteria, [
      app('late', [8], [4], 30),
      app('early', [8], [4], 10),
    ])
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['early', 1],
      ['late', 2],
    ])
    expect(ranked[0]!.totalText).toBe(ranked[1]!.totalText)
  })

  it('[CALLS][RANK]: an application without a score on some criterion is incomplete', () => {
    const [r] = rankApplications(criteria, [app('a', [7], [])])
    expect(r!.isComplete).toBe(false)
  })
})

describe('allocation', () => {
  const ranked = rankApplications(criteria, [
    app('a', [10], [5]),
    app('b', [9], [5]),
    app('c', [8], [4]),
    app('d', [2], [1]),
    app('e', [1], [0]),
  ])

  it('[CALLS][ALLOCATE]: places, then the waiting list, then the rest rejected', () => {
    const out = allocate(ranked, { places: 2, waitingListPlaces: 2, minTotalScore: null })
    expect(Object.fromEntries(out)).toEqual({
      a: 'selected',
      b: 'selected',
      c: 'waiting_list',
      d: 'waiting_list',
      e: 'rejected',
    })
  })

  it('[CALLS][ALLOCATE]: below the minimum total nobody is selected or waits', () => {
    const out = allocate(ranked, { places: 4, waitingListPlaces: 1, minTotalScore: 50 })
    expect(Object.fromEntries(out)).toEqual({
      a: 'selected',
      b: 'selected',
      c: 'selected',
      d: 'rejected',
      e: 'rejected',
    })
  })
})
