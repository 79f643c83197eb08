import { describe, expect, it } from 'vitest'
import { competenceFrameworks } from './frameworks.ts'
import {
  allScales,
  bandOf,
  frameworkOfCode,
  isLow,
  levelAt,
  levelOrdinal,
  scaleOfFramework,
} from './levels.ts'

describe('proficiency scales (levels.json)', () => {
  it('[COMPETENCES][LEVELS]: each framework has the levels of its source', () => {
    const ids = (framework: string) => scaleOfFramework(framework).levels.map((l) => l.id)
    expect(ids('digcomp-2.2')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(ids('digcompedu')).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
    expect(ids('entrecomp')).toEqual(['foundation', 'intermediate', 'advanced', 'expert'])
    expect(ids('greencomp')).toEqual(ids('entrecomp'))
    expect(ids('org')).toEqual(['1', '2', '3', '4'])
    expect(scaleOfFramework('digcomp-2.2').bands.map((b) => b.id)).toEqual([
      'foundation',
      'intermediate',
      'advanced',
      'highlySpecialised',
    ])
    for (const f of competenceFrameworks()) expect(f.scale.source).toContain(f.name.split(' ')[0])
  })

  it('[COMPETENCES][LEVELS]: a level is stored as its position; "low" is the first band', () => {
    const digcomp = scaleOfFramework('digcomp-2.2')
    expect(levelOrdinal(digcomp, '5')).toBe(5)
    expect(levelOrdinal(digcomp, 'B1')).toBeUndefined()
    expect(levelAt(digcomp, 8)?.band).toBe('highlySpecialised')
    expect(levelAt(digcomp, 9)).toBeUndefined()
    expect([1, 2, 3].map((n) => isLow(digcomp, n))).toEqual([true, true, false])
    const edu = scaleOfFramework('digcompedu')
    expect(levelOrdinal(edu, 'B1')).toBe(3)
    expect(bandOf(edu, 2)).toBe('a')
    expect([1, 2].map((n) => isLow(scaleOfFramework('org'), n))).toEqual([true, false])
    expect(allScales().map((s) => s.id)).toEqual(['digcomp8', 'digcompedu6', 'entrecomp4', 'own4'])
  })

  it('[COMPETENCES][CODES]: the framework of a code', () => {
    expect(frameworkOfCode('digcomp-2.2:1.1')).toBe('digcomp-2.2')
    expect(frameworkOfCode('org:mentoring')).toBe('org')
    expect(frameworkOfCode('nonsense')).toBe('')
  })
})
