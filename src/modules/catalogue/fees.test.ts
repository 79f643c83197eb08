import { describe, expect, it } from 'vitest'
import { feePerDay } from './fees.ts'
import { erasmusCourseFee } from './reference.ts'

const dated = {
  feeEur: '480.00',
  mode: 'on_site' as const,
  selfPaced: false,
  startsOn: '2027-03-08',
  endsOn: '2027-03-12',
}

describe('fee per day', () => {
  it('[CATALOGUE][FEE]: divides the fee over the days, both ends counted, to the cent', () => {
    expect(feePerDay(dated)).toEqual({ days: 5, perDay: '96.00' })
    expect(feePerDay({ ...dated, feeEur: '100.00', endsOn: '2027-03-10' })).toEqual({
      days: 3,
      perDay: '33.33',
    })
    expect(feePerDay({ ...dated, feeEur: '0.05', endsOn: '2027-03-09' })?.perDay).toBe('0.03')
  })

  it('[CATALOGUE][FEE]: no figure for online, self-paced or unpriced courses', () => {
    expect(feePerDay({ ...dated, mode: 'online' })).toBeNull()
    expect(feePerDay({ ...dated, selfPaced: true })).toBeNull()
    expect(feePerDay({ ...dated, feeEur: null })).toBeNull()
    expect(feePerDay({ ...dated, mode: 'blended' })?.days).toBe(5)
  })

  it('[CATALOGUE][FEE]: the Erasmus+ rule comes from the reference file of the newest call', () => {
    expect(erasmusCourseFee()).toEqual({ callYear: 2026, perDay: 80, maxDays: 10 })
  })
})
