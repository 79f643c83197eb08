import { randomUUID } from 'node:crypto'
import type { DbOrTx } from '#src/db/client.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { addDays } from '#src/lib/dates.ts'
import { memberships, users } from '../users/index.ts'
import {
  type AgreementContent,
  incomingChecklists,
  laSignatures,
  laSigningRequests,
  learningAgreements,
  type MobilityStatus,
  mobilities,
  mobilityCertificates,
  mobilityRecognitions,
  mobilitySensitive,
  mobilityStatusLog,
  mobilityTodos,
  participantReports,
  type SignerRole,
  type TodoAssignee,
  type TodoKind,
} from './schema.ts'
import { hashContent } from './service/agreement-content.ts'
import { searchable } from './service/records.ts'

/** What the demo loader knows by then: ids by organisation slug and by person key. */
export type MobilityDemoIds = {
  orgIds: Map<string, string>
  userIds: Map<string, string>
  now: Date
}

const DAY = 86_400_000

/*
 * Beqir Çela sends two learners to its German partner (Brücke Europa, Köln, which places them
 * with host companies): Ergys, an electrical-engineering learner who came back with a certificate,
 * and Ardit, 16, who leaves in two months and whose learning agreement waits for signatures. The
 * Greek partner "Ermis" (Larisa) sends a teacher to job-shadow at Beqir Çela. Host companies and
 * the Greek teacher are invented; the schools and people are the demo network's.
 */
const ERGYS_AGREEMENT: AgreementContent = {
  outcomes: [
    {
      unit: 'Install and test low-voltage circuits in residential buildings',
      eqfLevel: 4,
      iscedField: '071',
    },
    {
      unit: 'Read and apply German wiring diagrams and VDE safety rules',
      eqfLevel: 4,
      iscedField: '071',
    },
    {
      unit: 'Communicate with the team and customers in simple German and English',
      eqfLevel: 3,
      iscedField: '023',
    },
  ],
  tasks:
    'Three weeks with the installation team of Elektro Schmitz: preparing materials, cable routing, socket and switch installation, measurements with the mentor, daily work report.',
  assessment:
    'Observation checklist kept by the mentor, a final practical task (a small distribution board), and a short presentation at school on return.',
  mentors: 'Mentor at the host: Jan Schmitz (master electrician). Tutor at school: Gentian Muça.',
}

const ARDIT_AGREEMENT: AgreementContent = {
  outcomes: [
    { unit: 'Prepare guest rooms to the hotel standard', eqfLevel: 3, iscedField: '101' },
    { unit: 'Welcome guests and handle check-in at reception', eqfLevel: 4, iscedField: '101' },
    { unit: 'Serve breakfast following food hygiene rules', eqfLevel: 3, iscedField: '101' },
  ],
  tasks:
    'Housekeeping in the first week, then front desk and breakfast service, always with the mentor. Working hours respect the rules for minors: no night shifts.',
  assessment: 'Mentor checklist per unit and a reflective diary, reviewed by the tutor at school.',
  mentors:
    'Mentor at the host: Sabine Krämer (front office manager). Tutor at school: Blerina Daci.',
}

type Rows = {
  mobilities: (typeof mobilities.$inferInsert)[]
  log: (typeof mobilityStatusLog.$inferInsert)[]
  agreements: (typeof learningAgreements.$inferInsert)[]
  signatures: (typeof laSignatures.$inferInsert)[]
  todos: (typeof mobilityTodos.$inferInsert)[]
}

function statusPath(
  rows: Rows,
  m: { id: string; tenantId: string },
  by: string,
  steps: [MobilityStatus, Date][],
) {
  let from: MobilityStatus | null = null
  for (const [to, at] of steps) {
    rows.log.push({
      tenantId: m.tenantId,
      mobilityId: m.id,
      fromStatus: from,
      toStatus: to,
      byUserId: by,
      at,
    })
    from = to
  }
}

function todos(
  rows: Rows,
  m: { id: string; tenantId: string },
  items: [TodoKind, TodoAssignee, Date | null, string | null][],
) {
  for (const [kind, assignedTo, doneAt, doneBy] of items) {
    rows.todos.push({ tenantId: m.tenantId, mobilityId: m.id, kind, assignedTo, doneAt, doneBy })
  }
}

/** Loads the demo mobilities, in the demo loader's transaction. */
export async function loadMobilityDemo(tx: DbOrTx, ids: MobilityDemoIds) {
  const org = (slug: string) => {
    const id = ids.orgIds.get(slug)
    if (!id) throw new Error(`mobility demo: unknown organisation "${slug}"`)
    return id
  }
  const person = (key: string) => {
    const id = ids.userIds.get(key)
    if (!id) throw new Error(`mobility demo: unknown person "${key}"`)
    return id
  }
  const day = (offset: number) => new Date(ids.now.getTime() + offset * DAY)
  const iso = (offset: number) => day(offset).toISOString().slice(0, 10)
  const school = org('beqir-cela-durres')
  const koeln = org('bruecke-europa-koeln')
  const larisa = org('kdvm-ermis-larisa')
  const coordinator = person('coordinator')
  const rows: Rows = { mobilities: [], log: [], agreements: [], signatures: [], todos: [] }

  // 1. Ergys: three weeks in Köln, back four months ago, certificate issued.
  const ergys = { id: randomUUID(), tenantId: school }
  const ergysStart = iso(-150)
  const ergysEnd = addDays(ergysStart, 20)
  rows.mobilities.push({
    ...ergys,
    participantUserId: person('learner-ergys'),
    participantType: 'learner',
    sendingOrganisationId: school,
    receivingOrganisationId: koeln,
    receivingCountry: 'DE',
    hostCompanyName: 'Elektro Schmitz GmbH, Köln',
    mentorName: 'Jan Schmitz',
    mentorEmail: 'jan.schmitz@elektro-schmitz.example',
    activityType: 'LM-SHORT-VET',
    startDate: ergysStart,
    endDate: ergysEnd,
    travelStartDate: addDays(ergysStart, -1),
    travelEndDate: addDays(ergysEnd, 1),
    travelMode: 'plane',
    distanceKm: '1434.56',
    distanceSource: 'estimate',
    status: 'completed',
    attendanceConfirmedAt: day(-128),
    attendanceConfirmedBy: person('partner-contact'),
    achievedUnits: ERGYS_AGREEMENT.outcomes.map((o) => o.unit),
    receivingOutcomesNote: 'Reliable and careful; the host would welcome him back.',
    searchText: searchable(
      'Ergys Bregu',
      'Brücke Europa Education Consulting',
      'Elektro Schmitz GmbH, Köln',
      'LM-SHORT-VET',
    ),
  })
  statusPath(rows, ergys, coordinator, [
    ['draft', day(-240)],
    ['approved', day(-225)],
    ['preparing', day(-200)],
    ['ongoing', day(-151)],
    ['completed', day(-129)],
  ])
  const ergysAgreement = { id: randomUUID(), hash: hashContent(ERGYS_AGREEMENT) }
  rows.agreements.push({
    id: ergysAgreement.id,
    tenantId: school,
    mobilityId: ergys.id,
    version: 1,
    contentJson: ERGYS_AGREEMENT,
    contentHash: ergysAgreement.hash,
    status: 'signed',
  })
  const ergysSigners: [SignerRole, string | null, string, number][] = [
    ['sending', coordinator, 'Elira Hoxha', -199],
    ['participant', person('learner-ergys'), 'Ergys Bregu', -198],
    ['receiving', person('partner-contact'), 'Katrin Schäfer', -196],
    ['host', null, 'Jan Schmitz', -195],
  ]
  for (const [role, userId, name, offset] of ergysSigners) {
    rows.signatures.push({
      tenantId: school,
      agreementId: ergysAgreement.id,
      version: 1,
      role,
      signerUserId: userId,
      signerName: name,
      signedAt: day(offset),
      contentHash: ergysAgreement.hash,
    })
  }
  todos(rows, ergys, [
    ['id_document', 'learner', day(-210), person('learner-ergys')],
    ['emergency_contacts', 'learner', day(-208), person('learner-ergys')],
    ['medical_information', 'learner', day(-208), person('learner-ergys')],
    ['insurance', 'coordinator', day(-190), coordinator],
    ['visa', 'coordinator', day(-220), coordinator],
    ['emergency_contacts', 'host', day(-160), person('partner-contact')],
  ])

  // 2. Ardit, 16: leaves in two months; his agreement waits for signatures.
  const ardit = { id: randomUUID(), tenantId: school }
  const arditStart = iso(60)
  const arditEnd = addDays(arditStart, 19)
  rows.mobilities.push({
    ...ardit,
    participantUserId: person('learner-ardit'),
    participantType: 'learner',
    sendingOrganisationId: school,
    receivingOrganisationId: koeln,
    receivingCountry: 'DE',
    hostCompanyName: 'Hotel Domblick, Köln',
    mentorName: 'Sabine Krämer',
    mentorEmail: 'sabine.kraemer@hotel-domblick.example',
    activityType: 'LM-SHORT-VET',
    startDate: arditStart,
    endDate: arditEnd,
    travelStartDate: addDays(arditStart, -1),
    travelEndDate: addDays(arditEnd, 1),
    travelMode: 'bus',
    isGreenTravel: true,
    distanceKm: '1434.56',
    distanceSource: 'estimate',
    fewerOpportunities: true,
    status: 'preparing',
    searchText: searchable(
      'Ardit Meta',
      'Brücke Europa Education Consulting',
      'Hotel Domblick, Köln',
      'LM-SHORT-VET',
    ),
  })
  statusPath(rows, ardit, coordinator, [
    ['draft', day(-30)],
    ['approved', day(-21)],
    ['preparing', day(-14)],
  ])
  const arditAgreement = { id: randomUUID(), hash: hashContent(ARDIT_AGREEMENT) }
  rows.agreements.push({
    id: arditAgreement.id,
    tenantId: school,
    mobilityId: ardit.id,
    version: 1,
    contentJson: ARDIT_AGREEMENT,
    contentHash: arditAgreement.hash,
    status: 'signing',
  })
  rows.signatures.push({
    tenantId: school,
    agreementId: arditAgreement.id,
    version: 1,
    role: 'sending',
    signerUserId: coordinator,
    signerName: 'Elira Hoxha',
    signedAt: day(-3),
    contentHash: arditAgreement.hash,
  })
  todos(rows, ardit, [
    ['id_document', 'learner', day(-10), person('learner-ardit')],
    ['emergency_contacts', 'learner', null, null],
    ['medical_information', 'guardian', day(-5), person('guardian')],
    ['consent', 'guardian', null, null],
    ['insurance', 'coordinator', null, null],
    ['visa', 'coordinator', day(-12), coordinator],
    ['emergency_contacts', 'host', null, null],
  ])

  // 3. A teacher from "Ermis", Larisa, job-shadows at Beqir Çela next month.
  const teacher = randomUUID()
  await tx.insert(users).values({
    id: teacher,
    email: 'dimitris.papadakis@kdvm-ermis-larisa.example',
    displayName: 'Δημήτρης Παπαδάκης',
    locale: 'en',
  })
  await tx
    .insert(memberships)
    .values({ tenantId: larisa, userId: teacher, role: 'staff', title: 'Καθηγητής τουρισμού' })
  const incoming = { id: randomUUID(), tenantId: larisa }
  const incomingStart = iso(30)
  rows.mobilities.push({
    ...incoming,
    participantUserId: teacher,
    participantType: 'staff',
    sendingOrganisationId: larisa,
    receivingOrganisationId: school,
    receivingCountry: 'AL',
    mentorName: 'Blerina Daci',
    mentorEmail: 'blerina.daci@beqircela.edu.al',
    activityType: 'SM-JOB-SHDW',
    startDate: incomingStart,
    endDate: addDays(incomingStart, 4),
    travelStartDate: addDays(incomingStart, -1),
    travelEndDate: addDays(incomingStart, 5),
    travelMode: 'bus',
    isGreenTravel: true,
    distanceKm: '313.70',
    distanceSource: 'estimate',
    status: 'approved',
    searchText: searchable('Δημήτρης Παπαδάκης', 'Beqir Çela', 'SM-JOB-SHDW'),
  })
  statusPath(rows, incoming, person('kdvm-ermis-larisa:coordinator'), [
    ['draft', day(-20)],
    ['approved', day(-12)],
  ])
  todos(rows, incoming, [
    ['id_document', 'learner', null, null],
    ['insurance', 'coordinator', day(-8), person('kdvm-ermis-larisa:coordinator')],
    ['emergency_contacts', 'host', null, null],
  ])

  await tx.insert(mobilities).values(rows.mobilities)
  await tx.insert(mobilityStatusLog).values(rows.log)
  await tx.insert(learningAgreements).values(rows.agreements)
  await tx.insert(laSignatures).values(rows.signatures)
  await tx.insert(mobilityTodos).values(rows.todos)
  // The hotel's mentor has a signing link waiting (nobody knows its token: it was e-mailed).
  await tx.insert(laSigningRequests).values({
    tenantId: school,
    agreementId: arditAgreement.id,
    role: 'host',
    email: 'sabine.kraemer@hotel-domblick.example',
    tokenHash: sha256(randomToken()),
    expiresAt: day(27),
  })
  await tx.insert(mobilitySensitive).values({
    tenantId: school,
    mobilityId: ardit.id,
    emergencyContacts: [
      { name: 'Mirela Meta', relation: 'Nëna', phone: '+355 69 204 5817' },
      { name: 'Elira Hoxha', relation: 'Koordinatorja e shkollës', phone: '+355 52 223 140' },
    ],
    medicalInformation: { text: 'Alergji ndaj arrave.' },
    deleteAfter: addDays(arditEnd, 31),
  })
  await tx.insert(participantReports).values({
    tenantId: school,
    mobilityId: ergys.id,
    answers: {
      overall: 5,
      learned: 4,
      support: 5,
      recommend: 'yes',
      best: 'Puna me ekipin e instalimeve dhe mentori, që shpjegonte gjithçka me durim.',
      improve: 'Më shumë orë gjermanisht para nisjes.',
    },
    submittedAt: day(-120),
  })
  await tx.insert(mobilityCertificates).values({
    tenantId: school,
    mobilityId: ergys.id,
    token: randomToken(18),
    issuedAt: day(-118),
    issuedBy: coordinator,
    language: 'sq',
  })
  await tx.insert(mobilityRecognitions).values({
    tenantId: school,
    mobilityId: ergys.id,
    recognisedUnits: ERGYS_AGREEMENT.outcomes.map((o) => o.unit),
    decision: 'full',
    note: 'Recognised as the practical module of the second year (Praktika profesionale).',
    byUserId: coordinator,
    at: day(-110),
  })
  await tx.insert(incomingChecklists).values([
    {
      tenantId: school,
      mobilityId: incoming.id,
      item: 'programme',
      doneAt: day(-5),
      doneBy: coordinator,
      note: 'Five days: tourism workshop, reception, kitchen, a visit to a partner hotel.',
    },
    {
      tenantId: school,
      mobilityId: incoming.id,
      item: 'mentor',
      doneAt: day(-5),
      doneBy: coordinator,
      note: 'Blerina Daci',
    },
  ])
}
