import { describe, expect, it } from 'vitest'
import { checkEligibility, countriesOf, isOpenTo } from './eligibility.ts'
import { SEED_OPPORTUNITIES } from './seed-opportunities.ts'

const seed = (key: string) => {
  const found = SEED_OPPORTUNITIES.find((s) => s.key === key)
  if (!found) throw new Error(key)
  return found
}

/** country, applicant?, partner?: what the seeded rules answer for a VET school. */
const CASES: Record<string, [string, boolean, boolean][]> = {
  'erasmus-ka122-vet': [
    ['AL', false, true],
    ['XK', false, true],
    ['BA', false, true],
    ['ME', false, true],
    ['MK', true, true],
    ['RS', true, true],
  ],
  'erasmus-cb-vet': [
    ['AL', true, true],
    ['XK', true, true],
    ['BA', true, true],
    ['ME', true, true],
    ['MK', true, true],
    ['RS', true, true],
  ],
}

describe('[FUNDING][ELIGIBILITY] checkEligibility on the seeded rules', () => {
  for (const [key, cases] of Object.entries(CASES)) {
    for (const [country, applicant, partner] of cases) {
      it(`${key}: a VET school from ${country} may apply: ${applicant}, be a partner: ${partner}`, () => {
        const answer = checkEligibility(seed(key), { country, organisationType: 'vet_school' })
        expect(answer.applicant.eligible).toBe(applicant)
        expect(answer.partner.eligible).toBe(partner)
      })
    }
  }

  it('gives the reason as a key with its parameters, and the rule’s confidence', () => {
    const ka122 = checkEligibility(seed('erasmus-ka122-vet'), {
      country: 'al',
      organisationType: 'vet_school',
    })
    expect(ka122.applicant.reason).toEqual({
      key: 'funding:reason.countryNotEligible',
      params: { country: 'AL' },
    })
    // KA121/KA122 applicants are in the reference file (Programme Guide 2026): confirmed.
    expect(ka122.applicant.confidence).toBe('confirmed')
    expect(ka122.partner.reason).toEqual({
      key: 'funding:reason.inGroup',
      params: { country: 'AL', group: 'western_balkans_not_associated' },
    })
    const mk = checkEligibility(seed('erasmus-ka122-vet'), {
      country: 'MK',
      organisationType: 'vet_school',
    })
    expect(mk.applicant.reason.params.group).toBe('associated_third_countries')
    const cb = checkEligibility(seed('erasmus-cb-vet'), {
      country: 'XK',
      organisationType: 'vet_school',
    })
    expect(cb.applicant.confidence).toBe('unconfirmed')
  })

  it('a type the rule does not name is refused with that reason; a missing role has no rule', () => {
    const wbf = checkEligibility(seed('western-balkans-fund'), {
      country: 'AL',
      organisationType: 'vet_school',
    })
    expect(wbf.applicant).toMatchObject({
      eligible: false,
      reason: {
        key: 'funding:reason.typeNotEligible',
        params: { country: 'AL', type: 'vet_school' },
      },
    })
    expect(wbf.partner.eligible).toBe(true)
    const none = checkEligibility({ eligibility: [] }, { country: 'AL', organisationType: 'ngo' })
    expect(none.applicant.reason.key).toBe('funding:reason.noRule')
    expect(isOpenTo({ eligibility: [] }, { country: 'AL', organisationType: 'ngo' })).toBe(false)
  })

  it('expands country groups from the reference file', () => {
    const all = countriesOf(seed('erasmus-ka122-vet').eligibility)
    for (const c of ['AL', 'BA', 'ME', 'MK', 'RS', 'XK', 'DE', 'GR', 'IT']) expect(all).toContain(c)
    expect(all).not.toContain('US')
  })
})
