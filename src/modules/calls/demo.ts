import { randomUUID } from 'node:crypto'
import { eq, like } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { randomToken, sha256 } from '#src/lib/crypto.ts'
import { coursesBySlug, isCourseChoice } from '../learning/index.ts'
import { applyWindow } from './dates.ts'
import {
  applications,
  callCriteria,
  callRequiredDocuments,
  calls,
  decisions,
  guardianConsents,
  panelMembers,
  scores,
} from './schema.ts'

/** What the demo loader knows by then: ids by organisation slug and by person key. */
export type CallsDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date }

const TZ = 'Europe/Tirane'
const DAY = 86_400_000
const isoDay = (d: Date) => d.toISOString().slice(0, 10)

/** The next spring after `now` (mid-April), so the open call always lies ahead. */
function nextSpring(now: Date) {
  const year = now.getUTCMonth() >= 1 ? now.getUTCFullYear() + 1 : now.getUTCFullYear()
  return { start: `${year}-04-12`, end: `${year}-04-30`, year }
}

/**
 * Beqir Çela's mobility calls: an open call for short-term learner mobility to the German and
 * Greek ALLIANCE partners next spring, with two applications (one by a minor whose guardian has
 * been asked and not yet answered), and a decided job-shadowing call for staff.
 */
export async function loadCallsDemo(tx: DbOrTx, ids: CallsDemoIds) {
  const org = (slug: string) => {
    const id = ids.orgIds.get(slug)
    if (!id) throw new Error(`calls demo: unknown organisation "${slug}"`)
    return id
  }
  const user = (key: string) => {
    const id = ids.userIds.get(key)
    if (!id) throw new Error(`calls demo: unknown person "${key}"`)
    return id
  }
  const school = org('beqir-cela-durres')
  const cologne = org('bruecke-europa-koeln')
  const thessaloniki = org('kesk-thessaloniki')
  const coordinator = user('coordinator')
  const now = ids.now
  const spring = nextSpring(now)

  const openId = randomUUID()
  const window = applyWindow(
    isoDay(new Date(now.getTime() - 7 * DAY)),
    isoDay(new Date(now.getTime() + 40 * DAY)),
    TZ,
  )
  await tx.insert(calls).values({
    tenantId: school,
    id: openId,
    slug: `short-term-mobility-spring-${spring.year}`,
    activityType: 'LM-SHORT-VET',
    participantType: 'learner',
    title: {
      sq: `Mobilitet afatshkurtër për nxënës, pranverë ${spring.year}: Këln dhe Selanik`,
      en: `Short-term learner mobility, spring ${spring.year}: Cologne and Thessaloniki`,
    },
    text: {
      sq: 'Katër nxënës të drejtimeve Turizëm dhe hoteleri dhe Elektroteknikë do të kryejnë praktikë profesionale tre javë te partnerët tanë në Këln (Gjermani) dhe Selanik (Greqi).\n\nShkolla mbulon udhëtimin, akomodimin, sigurimin dhe përgatitjen gjuhësore me grantin Erasmus+. Çdo nxënës ka një mentor në kompaninë pritëse dhe një mësues shoqërues.\n\nPërzgjedhja bëhet nga një komision me tre anëtarë sipas kritereve më poshtë. Për pyetje, drejtojuni Zyrës Ndërkombëtare.',
      en: 'Four learners of Tourism and hospitality and Electrical engineering will do a three-week work placement with our partners in Cologne (Germany) and Thessaloniki (Greece).\n\nThe school covers travel, accommodation, insurance and language preparation with the Erasmus+ grant. Every learner has a mentor at the host company and an accompanying teacher.\n\nA panel of three selects the participants against the criteria below. For questions, ask the International Office.',
    },
    places: 4,
    waitingListPlaces: 2,
    startDate: spring.start,
    endDate: spring.end,
    ...window,
    destinations: [
      { country: 'DE', organisationId: cologne },
      { country: 'GR', organisationId: thessaloniki },
    ],
    eligibility: {
      sq: 'Nxënës të klasave 11 deri 13, të paktën 15 vjeç në ditën e nisjes. Nxënësit nën 18 vjeç kanë nevojë për pëlqimin e prindit ose kujdestarit.',
      en: 'Learners in grades 11 to 13, at least 15 years old on the day of departure. Learners under 18 need the consent of a parent or guardian.',
    },
    minAge: 15,
    status: 'open',
    appealDays: 10,
    publishedAt: new Date(now.getTime() - 7 * DAY),
    createdByUserId: coordinator,
  })
  await tx.insert(callCriteria).values([
    {
      tenantId: school,
      callId: openId,
      position: 1,
      weight: 40,
      maxScore: 10,
      name: { sq: 'Motivimi dhe komunikimi', en: 'Motivation and communication' },
    },
    {
      tenantId: school,
      callId: openId,
      position: 2,
      weight: 35,
      maxScore: 10,
      name: {
        sq: 'Aftësitë profesionale dhe rezultatet në shkollë',
        en: 'Vocational skills and school results',
      },
    },
    {
      tenantId: school,
      callId: openId,
      position: 3,
      weight: 25,
      maxScore: 5,
      isFewerOpportunities: true,
      name: { sq: 'Pjesëmarrës me më pak mundësi', en: 'Participant with fewer opportunities' },
    },
  ])
  await tx.insert(callRequiredDocuments).values([
    { tenantId: school, callId: openId, position: 1, kind: 'id_copy', required: true },
    { tenantId: school, callId: openId, position: 2, kind: 'motivation_letter', required: false },
    {
      tenantId: school,
      callId: openId,
      position: 3,
      kind: 'parental_consent',
      required: false,
      minorsOnly: true,
      label: {
        sq: 'Deklaratë e prindit (nëse e keni në letër)',
        en: 'Parent’s statement (if you have it on paper)',
      },
    },
  ])
  await tx.insert(panelMembers).values([
    { tenantId: school, callId: openId, userId: coordinator },
    { tenantId: school, callId: openId, userId: user('staff-tourism') },
    { tenantId: school, callId: openId, userId: user('staff-ict') },
  ])
  const arditApp = randomUUID()
  await tx.insert(applications).values([
    {
      tenantId: school,
      id: arditApp,
      callId: openId,
      applicantUserId: user('learner-ardit'),
      status: 'submitted',
      dateOfBirth: '2010-03-14',
      motivation:
        'Dua të punoj në një hotel të madh në Gjermani dhe të mësoj si organizohet kuzhina dhe recepsioni. Flas pak gjermanisht dhe dua ta përmirësoj.',
      submittedAt: new Date(now.getTime() - 3 * DAY),
    },
    {
      tenantId: school,
      callId: openId,
      applicantUserId: user('learner-ergys'),
      status: 'submitted',
      dateOfBirth: '2007-01-17',
      motivation:
        'Në Selanik dua të shoh si instalohen panelet diellore në ndërtesa publike. Kjo më ndihmon për provimin e maturës profesionale.',
      submittedAt: new Date(now.getTime() - 2 * DAY),
    },
  ])
  // Ardit is 17 on the start date: his mother has been asked by e-mail and has not answered yet.
  await tx.insert(guardianConsents).values({
    tenantId: school,
    applicationId: arditApp,
    guardianUserId: user('guardian'),
    guardianName: 'Mirela Meta',
    guardianEmail: 'mirela.meta@example.com',
    method: 'email_link',
    tokenHash: sha256(randomToken()),
    tokenExpiresAt: new Date(now.getTime() + 27 * DAY),
    sentAt: new Date(now.getTime() - 3 * DAY),
    recordedByUserId: user('learner-ardit'),
  })
  await loadDecidedShadowingCall(tx, { school, cologne, coordinator, user, now })
}

type Decided = {
  school: string
  cologne: string
  coordinator: string
  user: (key: string) => string
  now: Date
}

/** Job shadowing in Cologne for two teachers: decided last week, one selected, one waiting. */
async function loadDecidedShadowingCall(tx: DbOrTx, d: Decided) {
  const { school, coordinator, now } = d
  const callId = randomUUID()
  const decidedAt = new Date(now.getTime() - 12 * DAY)
  const start = new Date(now.getTime() + 75 * DAY)
  const window = applyWindow(
    isoDay(new Date(now.getTime() - 50 * DAY)),
    isoDay(new Date(now.getTime() - 20 * DAY)),
    TZ,
  )
  await tx.insert(calls).values({
    tenantId: school,
    id: callId,
    slug: `job-shadowing-cologne-${start.getUTCFullYear()}`,
    activityType: 'SM-JOB-SHDW',
    participantType: 'staff',
    title: {
      sq: 'Job shadowing në Këln për mësuesit',
      en: 'Job shadowing in Cologne for teachers',
    },
    text: {
      sq: 'Një javë job shadowing në qendrën e formimit profesional të partnerit tonë në Këln: si organizohen praktikat në kompani dhe si vlerësohen nxënësit.',
      en: 'One week of job shadowing at our partner’s training centre in Cologne: how work placements are organised with companies and how learners are assessed.',
    },
    places: 1,
    waitingListPlaces: 1,
    startDate: isoDay(start),
    endDate: isoDay(new Date(start.getTime() + 4 * DAY)),
    ...window,
    destinations: [{ country: 'DE', organisationId: d.cologne }],
    status: 'decided',
    appealDays: 7,
    publishedAt: new Date(now.getTime() - 50 * DAY),
    closedAt: new Date(now.getTime() - 19 * DAY),
    decidedAt,
    createdByUserId: coordinator,
  })
  const plan = randomUUID()
  const relevance = randomUUID()
  await tx.insert(callCriteria).values([
    {
      tenantId: school,
      id: plan,
      callId,
      position: 1,
      weight: 60,
      maxScore: 10,
      name: { sq: 'Plani i të nxënit', en: 'Learning plan' },
    },
    {
      tenantId: school,
      id: relevance,
      callId,
      position: 2,
      weight: 40,
      maxScore: 10,
      name: { sq: 'Dobia për shkollën', en: 'Benefit for the school' },
    },
  ])
  await tx.insert(panelMembers).values({ tenantId: school, callId, userId: coordinator })
  const people = [
    {
      key: 'staff-tourism',
      plan: 9,
      relevance: 8,
      total: '86.000',
      rank: 1,
      outcome: 'selected' as const,
    },
    {
      key: 'staff-ict',
      plan: 7,
      relevance: 8,
      total: '74.000',
      rank: 2,
      outcome: 'waiting_list' as const,
    },
  ]
  const rows = people.map((p) => ({ ...p, id: randomUUID() }))
  await tx.insert(applications).values(
    rows.map((p) => ({
      tenantId: school,
      id: p.id,
      callId,
      applicantUserId: d.user(p.key),
      status: p.outcome,
      motivation:
        p.key === 'staff-tourism'
          ? 'Dua të shoh si i ndjekin tutorët gjermanë nxënësit në hotele dhe ta sjell këtë model në shkollën tonë.'
          : 'Dua të mësoj si vlerësohen kompetencat digjitale në praktikat profesionale.',
      submittedAt: new Date(now.getTime() - 30 * DAY),
      decision: p.outcome,
      decidedAt,
      appealUntil: p.outcome === 'selected' ? null : new Date(decidedAt.getTime() + 7 * DAY),
      rank: p.rank,
      totalScore: p.total,
    })),
  )
  await tx.insert(scores).values(
    rows.flatMap((p) => [
      {
        tenantId: school,
        applicationId: p.id,
        criterionId: plan,
        panelMemberUserId: coordinator,
        score: p.plan,
      },
      {
        tenantId: school,
        applicationId: p.id,
        criterionId: relevance,
        panelMemberUserId: coordinator,
        score: p.relevance,
      },
    ]),
  )
  await tx.insert(decisions).values(
    rows.map((p) => ({
      tenantId: school,
      applicationId: p.id,
      callId,
      outcome: p.outcome,
      rank: p.rank,
      totalScore: p.total,
      decidedByUserId: coordinator,
      decidedAt,
      notificationSentAt: decidedAt,
    })),
  )
}

/**
 * The spring call names "Erasmus+ mobility with minors" as its pre-departure course, so an
 * approved mobility of the demo enrols its learner there. Run after the learning demo.
 */
export async function linkDemoPreparationCourse(tx: DbOrTx) {
  const found = (await coursesBySlug(tx, ['mobility-with-minors'])).get('mobility-with-minors')
  if (!found) throw new Error('calls demo: run the learning demo first')
  const spring = await tx
    .select({ id: calls.id, tenantId: calls.tenantId })
    .from(calls)
    .where(like(calls.slug, 'short-term-mobility-spring-%'))
  for (const call of spring) {
    // Only a course the school may read: the same rule as the call form's list.
    if (!(await isCourseChoice({ db: tx }, call.tenantId, found.id))) continue
    await tx.update(calls).set({ preparationCourseId: found.id }).where(eq(calls.id, call.id))
  }
}
