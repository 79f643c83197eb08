import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import { newCode } from '#src/lib/codes.ts'
import { randomToken } from '#src/lib/crypto.ts'
import { zonedToInstant } from '#src/lib/dates.ts'
import { projects, workPackages } from '../projects/index.ts'
import { eventFeedback, eventRegistrations, events } from './schema.ts'

/** What the demo loader knows by then: ids by organisation slug and by person key. */
export type EventsDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string>; now: Date }

const TZ = 'Europe/Tirane'
const at = (local: string) => zonedToInstant(local, TZ)!

/*
 * The seed news item's three autumn 2025 events where ALLIANCE was presented (dates, places and
 * names as the seed gives them; the seed names no venue for the Skills Competitions), and one
 * Info Day in 2027 so that the public pages show an event still to come.
 */
const EVENTS = [
  {
    slug: 'erasmus-day-2025',
    type: 'info_day',
    title: { en: 'Erasmus Day 2025', sq: 'Dita Erasmus 2025' },
    description: {
      en: 'Erasmus Day 2025, organised by Europe House Tirana. The ALLIANCE project is presented: international cooperation, capacity building and digital transformation for VET schools.',
      sq: 'Dita Erasmus 2025, organizuar nga Europe House Tirana. Prezantohet projekti ALLIANCE: bashkëpunimi ndërkombëtar, ngritja e kapaciteteve dhe transformimi digjital për shkollat profesionale.',
    },
    startsAt: at('2025-10-16T10:00'),
    endsAt: at('2025-10-16T13:00'),
    venueName: 'Europe House Tirana',
    venueAddress: 'Tiranë',
    capacity: 80,
  },
  {
    slug: 'national-skills-competitions-2025',
    type: 'skills_competition',
    title: { en: 'National Skills Competitions', sq: 'Konkursi Kombëtar i Aftësive' },
    description: {
      en: 'The National Skills Competitions promote excellence in vocational skills at national level. ALLIANCE presents skills competitions as a strategic instrument for the quality of VET.',
      sq: 'Konkursi Kombëtar i Aftësive promovon ekselencën në aftësitë profesionale në nivel kombëtar. ALLIANCE i prezanton garat e aftësive si instrument strategjik për cilësinë e AFP-së.',
    },
    startsAt: at('2025-11-14T09:00'),
    endsAt: at('2025-11-16T17:00'),
    venueName: 'Shqipëri',
    venueAddress: null,
    capacity: null,
  },
  {
    slug: 'national-week-of-professional-internships-2025',
    type: 'multiplier_event',
    title: {
      en: 'National Week of Professional Internships in VET institutions',
      sq: 'Java e Praktikave Profesionale në institucionet e arsimit profesional',
    },
    description: {
      en: 'During the National Week of Professional Internships, ALLIANCE is presented at “Beqir Çela” Vocational School in Durrës: the link between vocational education, industry and international skills standards.',
      sq: 'Gjatë Javës së Praktikave Profesionale, projekti ALLIANCE prezantohet në Shkollën Profesionale “Beqir Çela” në Durrës: lidhja mes arsimit profesional, industrisë dhe standardeve ndërkombëtare të aftësive.',
    },
    startsAt: at('2025-11-18T10:00'),
    endsAt: at('2025-11-18T12:30'),
    venueName: 'Shkolla Profesionale “Beqir Çela”',
    venueAddress: 'Durrës',
    capacity: 60,
  },
  {
    slug: 'erasmus-info-day-2027',
    type: 'info_day',
    title: {
      en: 'Erasmus+ Info Day: traineeships abroad 2027',
      sq: 'Ditë informuese Erasmus+: praktika jashtë vendit 2027',
    },
    description: {
      en: 'For learners in their third and fourth year and their parents: which partner schools and companies host traineeships, how to apply, what the grant covers, and how the traineeship is recognised with Europass Mobility.',
      sq: 'Për nxënësit e vitit të tretë dhe të katërt dhe prindërit e tyre: cilat shkolla e kompani partnere presin praktikantë, si aplikohet, çfarë mbulon bursa dhe si njihet praktika me Europass Mobility.',
    },
    startsAt: at('2027-03-18T10:00'),
    endsAt: at('2027-03-18T12:30'),
    venueName: 'Shkolla Profesionale “Beqir Çela”',
    venueAddress: 'Durrës',
    capacity: 60,
  },
] as const

/** Who came: demo people (learners without e-mail registered at the desk) and visitors. */
const PEOPLE: { name: string; email: string | null; locale: string }[] = [
  { name: 'Ardit Meta', email: null, locale: 'sq' },
  { name: 'Klea Shehu', email: null, locale: 'sq' },
  { name: 'Ergys Bregu', email: null, locale: 'sq' },
  { name: 'Blerina Daci', email: 'blerina.daci@beqircela.edu.al', locale: 'sq' },
  { name: 'Gentian Muça', email: 'gentian.muca@beqircela.edu.al', locale: 'sq' },
  { name: 'Anila Cani', email: 'anila.cani@example.com', locale: 'sq' },
  { name: 'Arta Krasniqi', email: 'arta.krasniqi@example.com', locale: 'sq' },
  { name: 'Katrin Schäfer', email: 'katrin.schaefer@bruecke-europa.example', locale: 'en' },
]

const COMMENTS = [
  'Shumë e dobishme për nxënësit që duan të bëjnë praktikë jashtë vendit.',
  'Prezantimi i ALLIANCE ishte i qartë; do të doja më shumë kohë për pyetje.',
  'A clear picture of how the International Offices will work.',
]

/** Adds the seed's events with registrations, attendance, certificates and feedback. */
export async function loadEventsDemo(tx: DbOrTx, ids: EventsDemoIds) {
  const tenantId = ids.orgIds.get('beqir-cela-durres')
  if (!tenantId) throw new Error('events demo: no “Beqir Çela”')
  const coordinator = ids.userIds.get('coordinator') ?? null
  const [alliance] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.acronym, 'ALLIANCE'))
  const [wp5] = alliance
    ? await tx
        .select({ id: workPackages.id })
        .from(workPackages)
        .where(and(eq(workPackages.projectId, alliance.id), eq(workPackages.code, 'WP5')))
    : []
  const rows = await tx
    .insert(events)
    .values(
      EVENTS.map((e) => ({
        ...e,
        tenantId,
        timeZone: TZ,
        description: { ...e.description },
        title: { ...e.title },
        status: 'published' as const,
        publishedAt: new Date(e.startsAt.getTime() - 30 * 86_400_000),
        projectId: alliance?.id ?? null,
        workPackageId: wp5?.id ?? null,
        createdBy: coordinator,
        questions:
          e.slug === 'erasmus-info-day-2027'
            ? [
                {
                  id: 'q1',
                  kind: 'choice' as const,
                  label: { en: 'Your field of study', sq: 'Drejtimi juaj' },
                  required: true,
                  options: [
                    { en: 'Tourism and hospitality', sq: 'Turizëm dhe hoteleri' },
                    { en: 'Motor vehicle mechanics', sq: 'Mekanikë automjetesh' },
                    { en: 'Electrical engineering', sq: 'Elektroteknikë' },
                    { en: 'ICT', sq: 'TIK' },
                  ],
                },
              ]
            : [],
      })),
    )
    .returning()
  const registrations: (typeof eventRegistrations.$inferInsert)[] = []
  for (const [i, event] of rows.entries()) {
    const past = event.endsAt < ids.now
    const people = i === 1 ? PEOPLE.slice(3, 6) : i === 3 ? PEOPLE.slice(3, 7) : PEOPLE
    for (const [j, p] of people.entries()) {
      const attended = past && j % 4 !== 3
      registrations.push({
        tenantId,
        eventId: event.id,
        status: 'confirmed',
        name: p.name,
        email: p.email,
        locale: p.locale,
        answers: i === 3 ? { q1: String(j % 4) } : {},
        accessToken: randomToken(24),
        ticketCode: newCode(),
        confirmedAt: new Date(event.startsAt.getTime() - (10 + j) * 86_400_000),
        checkedInAt: attended ? new Date(event.startsAt.getTime() + j * 60_000) : null,
        certificateCode: attended && i === 2 ? newCode() : null,
        certificateIssuedAt: attended && i === 2 ? event.endsAt : null,
        registeredBy: p.email ? null : coordinator,
      })
    }
  }
  const inserted = await tx.insert(eventRegistrations).values(registrations).returning()
  const attended = inserted.filter((r) => r.checkedInAt && r.email && r.eventId !== rows[1]!.id)
  if (attended.length > 0) {
    await tx.insert(eventFeedback).values(
      attended.map((r, k) => ({
        tenantId,
        eventId: r.eventId,
        registrationId: r.id,
        overall: 5 - (k % 2),
        content: 4 + (k % 2),
        organisation: 4,
        usefulness: 5 - (k % 3),
        comment: COMMENTS[k % COMMENTS.length] ?? null,
      })),
    )
  }
  return { events: rows.length, registrations: inserted.length }
}
