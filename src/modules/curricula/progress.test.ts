import { describe, expect, it } from 'vitest'
import { pathPercent, pathProgress } from './progress.ts'

const path = [
  { courseId: 'a', required: true },
  { courseId: 'b', required: false },
  { courseId: 'c', required: true },
  { courseId: 'd', required: false },
]
const done =
  (...ids: string[]) =>
  (id: string) =>
    ids.includes(id)

describe('pathProgress', () => {
  it('[CURRICULA][RULE]: every required course and N optional ones, in order', () => {
    expect(pathProgress(path, 1, done())).toMatchObject({
      requiredTotal: 2,
      optionalTotal: 2,
      optionalNeeded: 1,
      remaining: 3,
      complete: false,
      nextCourseId: 'a',
    })
    // The next step skips what is done; an optional course counts while one is still needed.
    expect(pathProgress(path, 1, done('a')).nextCourseId).toBe('b')
    expect(pathProgress(path, 1, done('a', 'c')).remaining).toBe(1)
    expect(pathProgress(path, 1, done('a', 'd')).nextCourseId).toBe('c')
    expect(pathProgress(path, 1, done('a', 'c', 'd'))).toMatchObject({
      complete: true,
      remaining: 0,
      nextCourseId: null,
    })
    expect(pathProgress(path, 2, done('a', 'c', 'd')).complete).toBe(false)
  })

  it('[CURRICULA][RULE]: N is capped by the optional courses there are; an empty path never completes', () => {
    expect(pathProgress(path, 5, done('a', 'b', 'c', 'd'))).toMatchObject({
      optionalNeeded: 2,
      complete: true,
    })
    expect(pathProgress(path, 0, done('a', 'c')).complete).toBe(true)
    expect(pathProgress([], 0, done()).complete).toBe(false)
    expect(pathPercent(pathProgress(path, 1, done('a')))).toBe(33)
  })
})
