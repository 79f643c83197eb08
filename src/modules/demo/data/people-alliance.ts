import type { DemoPerson } from './types.ts'

/*
 * Invented people with names usual in each country, written in its script. Apart from the logins
 * fixed for the tests (coordinator@beqircela.edu.al, admin@ura.local), addresses use the reserved
 * `.example` / example.com domains, so demo mail configured with real SMTP reaches nobody.
 */
export const ALLIANCE_PEOPLE: DemoPerson[] = [
  {
    key: 'platform-admin',
    displayName: 'Dritan Leka',
    email: 'admin@ura.local',
    isPlatformAdmin: true,
    memberships: [],
  },
  // Shkolla Profesionale “Beqir Çela”, Durrës: one person in every role.
  {
    key: 'director',
    displayName: 'Arben Kola',
    email: 'arben.kola@beqircela.edu.al',
    memberships: [{ org: 'beqir-cela-durres', role: 'org_admin', title: 'Drejtor' }],
  },
  {
    key: 'coordinator',
    displayName: 'Elira Hoxha',
    email: 'coordinator@beqircela.edu.al',
    memberships: [
      {
        org: 'beqir-cela-durres',
        role: 'coordinator',
        title: 'Koordinatore e Zyrës Ndërkombëtare',
      },
      // ALLIANCE pairs Albanian and Kosovar schools for peer learning; she mentors Prizren's office.
      { org: 'lumbardhi-prizren', role: 'staff', title: 'Mentore për Zyrën Ndërkombëtare' },
    ],
  },
  {
    key: 'staff-tourism',
    displayName: 'Blerina Daci',
    email: 'blerina.daci@beqircela.edu.al',
    memberships: [
      { org: 'beqir-cela-durres', role: 'staff', title: 'Mësuese e turizmit dhe hotelerisë' },
    ],
  },
  {
    key: 'staff-ict',
    displayName: 'Gentian Muça',
    email: 'gentian.muca@beqircela.edu.al',
    memberships: [{ org: 'beqir-cela-durres', role: 'staff', title: 'Mësues i TIK-ut' }],
  },
  {
    key: 'learner-ardit',
    displayName: 'Ardit Meta',
    username: 'ardit.meta',
    dateOfBirth: '2010-03-14',
    memberships: [{ org: 'beqir-cela-durres', role: 'learner', title: 'Turizëm dhe hoteleri' }],
  },
  {
    key: 'learner-klea',
    displayName: 'Klea Shehu',
    username: 'klea.shehu',
    dateOfBirth: '2011-09-02',
    memberships: [{ org: 'beqir-cela-durres', role: 'learner', title: 'Mekanikë automjetesh' }],
  },
  {
    key: 'learner-ergys',
    displayName: 'Ergys Bregu',
    username: 'ergys.bregu',
    dateOfBirth: '2007-01-17',
    memberships: [{ org: 'beqir-cela-durres', role: 'learner', title: 'Elektroteknikë' }],
  },
  {
    key: 'guardian',
    displayName: 'Mirela Meta',
    email: 'mirela.meta@example.com',
    phone: '+355 69 204 5817',
    memberships: [{ org: 'beqir-cela-durres', role: 'guardian' }],
  },
  {
    // Works at the German partner and follows Beqir Çela's office as its partner: two organisations.
    key: 'partner-contact',
    displayName: 'Katrin Schäfer',
    email: 'katrin.schaefer@bruecke-europa.example',
    locale: 'en',
    memberships: [
      { org: 'bruecke-europa-koeln', role: 'coordinator', title: 'Projektkoordinatorin' },
      { org: 'beqir-cela-durres', role: 'partner_contact', title: 'Partnere nga Gjermania' },
    ],
  },
  // The other ALLIANCE schools and partners: a head and a coordinator each.
  ...pair('drini-shkoder', ['Gjergj Marku', 'Drejtor'], ['Ornela Kraja', 'Koordinatore']),
  ...pair('shkumbini-elbasan', ['Fatmir Hysa', 'Drejtor'], ['Anila Cani', 'Koordinatore']),
  ...pair(
    'lumbardhi-prizren',
    ['Agim Berisha', 'Drejtor'],
    ['Arta Krasniqi', 'Koordinatore e Zyrës Ndërkombëtare'],
  ),
  ...pair('nerodimja-ferizaj', ['Driton Gashi', 'Drejtor'], ['Valbona Shala', 'Koordinatore']),
  ...pair(
    'kesk-thessaloniki',
    ['Γιώργος Παπαδόπουλος', 'Πρόεδρος', 'giorgos.papadopoulos'],
    ['Ελένη Κωνσταντίνου', 'Συντονίστρια έργου', 'eleni.konstantinou'],
  ),
  ...pair(
    'kdvm-ermis-larisa',
    ['Νίκος Αθανασίου', 'Διευθυντής', 'nikos.athanasiou'],
    ['Μαρία Γεωργίου', 'Υπεύθυνη ευρωπαϊκών προγραμμάτων', 'maria.georgiou'],
  ),
  {
    key: 'bruecke-europa-koeln:org_admin',
    displayName: 'Thomas Becker',
    email: 'thomas.becker@bruecke-europa.example',
    memberships: [{ org: 'bruecke-europa-koeln', role: 'org_admin', title: 'Geschäftsführer' }],
  },
  ...pair(
    'hogeschool-leie-schelde',
    ['Pieter Claes', 'Directeur internationalisering'],
    ['Lotte Vermeulen', 'Coördinator internationale projecten'],
  ),
]

/** Name, job title and, for names not in Latin script, the mailbox part. */
type Who = [displayName: string, title: string, mailbox?: string]

/** A mailbox from a Latin-script name: "Gjergj Marku" → "gjergj.marku", "Đurović" → "durovic". */
export function mailboxOf(displayName: string): string {
  return displayName
    .toLowerCase()
    .replaceAll('đ', 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')
}

/** The head (org_admin) and the International Office coordinator of one organisation. */
export function pair(org: string, head: Who, coordinator: Who): DemoPerson[] {
  const person = (who: Who, role: 'org_admin' | 'coordinator'): DemoPerson => ({
    key: `${org}:${role}`,
    displayName: who[0],
    email: `${who[2] ?? mailboxOf(who[0])}@${org}.example`,
    memberships: [{ org, role, title: who[1] }],
  })
  return [person(head, 'org_admin'), person(coordinator, 'coordinator')]
}
