import { AREAS_A } from './checklist/areas-a.ts'
import { AREAS_B } from './checklist/areas-b.ts'
import type { SeedInstrument } from './content.ts'

/**
 * Ura's International Office capacity checklist (ALLIANCE WP2 "state of play", V2V's capacity
 * building checklist): eleven areas, each item rated 1–5 with every level described in words, or
 * N/A, in the four languages. Each group is asked what it can judge. Keys are stable across
 * versions: a change here publishes a new version on the next start, and rounds keep theirs.
 */
export const IO_CAPACITY_CHECKLIST: SeedInstrument = {
  key: 'io-capacity',
  kind: 'checklist',
  title: {
    en: 'International Office capacity checklist',
    sq: 'Lista e kontrollit të kapaciteteve të Zyrës së Marrëdhënieve Ndërkombëtare',
    'sr-Latn': 'Kontrolna lista kapaciteta Međunarodne kancelarije',
    mk: 'Контролна листа за капацитетот на Канцеларијата за меѓународна соработка',
  },
  description: {
    en: 'Where the school stands in eleven areas, from strategy to fundraising: each item is rated from 1 (not in place) to 5 (embedded and reviewed), with every level described. Use it for the baseline and again a year later.',
    sq: 'Ku qëndron shkolla në njëmbëdhjetë fusha, nga strategjia te gjetja e fondeve: çdo pikë vlerësohet nga 1 (nuk ekziston) në 5 (e rrënjosur dhe e rishikuar), me çdo nivel të përshkruar. Përdoreni për vlerësimin bazë dhe sërish pas një viti.',
    'sr-Latn':
      'Gde škola stoji u jedanaest oblasti, od strategije do pribavljanja sredstava: svaka stavka se ocenjuje od 1 (ne postoji) do 5 (ukorenjeno i preispitano), uz opis svakog nivoa. Koristite je za početnu procenu i ponovo godinu dana kasnije.',
    mk: 'Каде стои училиштето во единаесет области, од стратегијата до обезбедувањето средства: секоја ставка се оценува од 1 (не постои) до 5 (вградено и преиспитано), со опис на секое ниво. Користете ја за почетната проценка и повторно по една година.',
  },
  content: { sections: [...AREAS_A, ...AREAS_B] },
}
