import { describe, expect, it } from 'vitest'
import { blocksActivation, type CheckedAction, realismFlags } from './realism.ts'

const plan = { startsOn: '2026-09-01', endsOn: '2027-06-30' }
const ok: CheckedAction = {
  ownerId: 'u1',
  deadline: '2027-01-31',
  resources: 'Two teachers, one day',
  costEur: '250.00',
  indicator: 'Policy adopted',
  target: 'By the board',
  status: 'planned',
}

describe('realismFlags', () => {
  it.each([
    ['a realistic action', {}, new Map([['u1', 3]]), []],
    ['no owner', { ownerId: null }, new Map(), ['noOwner']],
    ['owner with six open actions', {}, new Map([['u1', 6]]), ['ownerOverloaded']],
    ['owner with exactly five', {}, new Map([['u1', 5]]), []],
    ['a done action does not load its owner', { status: 'done' }, new Map([['u1', 9]]), []],
    ['deadline after the end', { deadline: '2027-07-01' }, new Map(), ['deadlineAfterEnd']],
    ['deadline on the last day', { deadline: '2027-06-30' }, new Map(), []],
    ['deadline before the start', { deadline: '2026-08-31' }, new Map(), ['deadlineBeforeStart']],
    ['no indicator', { indicator: '  ' }, new Map(), ['noIndicator']],
    ['no target', { target: '' }, new Map(), ['noTarget']],
    ['cost, no resources', { resources: '' }, new Map(), ['costWithoutResources']],
    ['no cost, no resources', { resources: '', costEur: null }, new Map(), []],
    ['zero cost, no resources', { resources: '', costEur: '0.00' }, new Map(), []],
  ] as const)('%s', (_name, over, counts, expected) => {
    expect(realismFlags({ ...ok, ...over } as CheckedAction, plan, counts)).toEqual(expected)
  })

  it('only "deadline after end" and "no indicator" block activation', () => {
    expect(blocksActivation(['deadlineAfterEnd'])).toBe(true)
    expect(blocksActivation(['noIndicator', 'noTarget'])).toBe(true)
    expect(
      blocksActivation(['noOwner', 'ownerOverloaded', 'noTarget', 'costWithoutResources']),
    ).toBe(false)
  })
})
