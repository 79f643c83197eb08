import { pair } from './people-alliance.ts'
import type { DemoPerson } from './types.ts'

/** The heads and coordinators of the V2V schools and of the North Macedonian school. */
export const V2V_PEOPLE: DemoPerson[] = [
  ...pair(
    'apro-formazione-alba',
    ['Marco Ferrero', 'Direttore'],
    ['Giulia Gallo', 'Coordinatrice progetti europei'],
  ),
  ...pair(
    'roc-lek-ijssel',
    ['Jeroen de Vries', 'Directeur'],
    ['Sanne Bakker', 'Coördinator internationalisering'],
  ),
  ...pair(
    'jarvi-suomen-ammattiopisto',
    ['Mikko Korhonen', 'Rehtori'],
    ['Aino Virtanen', 'Kansainvälisyyskoordinaattori'],
  ),
  ...pair(
    'solski-center-savinja',
    ['Matej Novak', 'Direktor'],
    ['Maja Krajnc', 'Koordinatorica mednarodnih projektov'],
  ),
  ...pair(
    'strukovna-skola-kvarner',
    ['Ivan Babić', 'Ravnatelj'],
    ['Petra Jurić', 'Koordinatorica međunarodnih projekata'],
  ),
  ...pair(
    'onogost-niksic',
    ['Vesna Radulović', 'Direktorica'],
    ['Marko Đurović', 'Koordinator za međunarodnu saradnju'],
  ),
  ...pair(
    'primorje-bar',
    ['Jelena Vukčević', 'Direktorica'],
    ['Nikola Kaluđerović', 'Koordinator za međunarodne projekte'],
  ),
  ...pair(
    'drini-bardhe-peje',
    ['Besnik Morina', 'Drejtor'],
    ['Fjolla Hasani', 'Koordinatore e projekteve ndërkombëtare'],
  ),
  ...pair(
    'sava-brcko',
    ['Emir Hodžić', 'Direktor'],
    ['Svetlana Marković', 'Koordinatorica za međunarodnu saradnju'],
  ),
  ...pair(
    'solana-tuzla',
    ['Amra Begić', 'Direktorica'],
    ['Adnan Mehmedović', 'Koordinator za međunarodne projekte'],
  ),
  ...pair(
    'pelister-bitola',
    ['Горан Трајковски', 'Директор', 'goran.trajkovski'],
    ['Марија Стојановска', 'Координаторка за меѓународна соработка', 'm.stojanovska'],
  ),
]
