import type { DemoGuardianship, DemoInvitation, DemoMessage } from './types.ts'

export const GUARDIANSHIPS: DemoGuardianship[] = [
  { org: 'beqir-cela-durres', guardian: 'guardian', learner: 'learner-ardit', relation: 'parent' },
]

/** Pending, so the members pages have something to resend or revoke. Nobody knows their links. */
export const INVITATIONS: DemoInvitation[] = [
  {
    org: 'beqir-cela-durres',
    email: 'dorina.lika@beqircela.edu.al',
    displayName: 'Dorina Lika',
    role: 'staff',
    invitedBy: 'coordinator',
    expiresInDays: 12,
  },
  {
    org: 'beqir-cela-durres',
    email: 'luca.bernardi@cantina-colline-albesi.example',
    displayName: 'Luca Bernardi',
    role: 'partner_contact',
    invitedBy: 'coordinator',
    expiresInDays: 5,
  },
  {
    org: 'lumbardhi-prizren',
    email: 'leonora.bytyqi@lumbardhi-prizren.example',
    displayName: 'Leonora Bytyqi',
    role: 'staff',
    invitedBy: 'lumbardhi-prizren:coordinator',
    expiresInDays: 9,
  },
]

/** Stored in the outbox as if sent without SMTP. `{signinUrl}` becomes this install's address. */
export const MESSAGES: DemoMessage[] = [
  {
    org: 'beqir-cela-durres',
    to: 'blerina.daci@beqircela.edu.al',
    subject: 'Mirë se vini në Ura',
    text: [
      'Përshëndetje Blerina,',
      '',
      'Arben Kola ju shtoi në Ura si staf i Shkollës Profesionale “Beqir Çela”.',
      'Këtu do të gjeni projektet, mobilitetet dhe trajnimet e Zyrës Ndërkombëtare.',
      '',
      'Hyni me adresën tuaj të e-mailit: {signinUrl}',
      '',
      'Me respekt,',
      'Zyra Ndërkombëtare',
    ].join('\n'),
    minutesAgo: 60 * 26,
  },
  {
    org: 'beqir-cela-durres',
    to: 'katrin.schaefer@bruecke-europa.example',
    subject: 'Welcome to “Beqir Çela” Vocational School on Ura',
    text: [
      'Dear Katrin,',
      '',
      'Elira Hoxha added you to “Beqir Çela” Vocational School on Ura as a partner contact for',
      'the ALLIANCE project. You can follow the school’s International Office from here.',
      '',
      'Sign in with your e-mail address: {signinUrl}',
      '',
      'Kind regards,',
      'International Office, “Beqir Çela” Vocational School',
    ].join('\n'),
    minutesAgo: 60 * 5,
  },
  {
    org: 'beqir-cela-durres',
    to: 'mirela.meta@example.com',
    subject: 'Llogaria juaj si prind në Ura',
    text: [
      'Përshëndetje Mirela,',
      '',
      'Shkolla Profesionale “Beqir Çela” ju krijoi një llogari si prind i Ardit Metës.',
      'Këtu do të shihni planin e tij për praktikën jashtë vendit dhe do të jepni pëlqimin tuaj.',
      '',
      'Hyni me adresën tuaj të e-mailit: {signinUrl}',
      '',
      'Me respekt,',
      'Zyra Ndërkombëtare',
    ].join('\n'),
    minutesAgo: 45,
  },
]

/** The logins printed at start, by person key; `org` picks the role shown beside each. */
export const PRINTED_ACCOUNTS: { key: string; org: string | null }[] = [
  { key: 'platform-admin', org: null },
  { key: 'director', org: 'beqir-cela-durres' },
  { key: 'coordinator', org: 'beqir-cela-durres' },
  { key: 'staff-tourism', org: 'beqir-cela-durres' },
  { key: 'learner-ardit', org: 'beqir-cela-durres' },
  { key: 'guardian', org: 'beqir-cela-durres' },
  { key: 'partner-contact', org: 'beqir-cela-durres' },
  { key: 'lumbardhi-prizren:coordinator', org: 'lumbardhi-prizren' },
  { key: 'pelister-bitola:coordinator', org: 'pelister-bitola' },
]
