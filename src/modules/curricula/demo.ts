import type { Db, DbOrTx } from '#src/db/client.ts'
import type { Ctx, Deps } from '#src/lib/context.ts'
import type { Locale } from '#src/lib/i18n.ts'
import { createPdf, pdfToBuffer } from '#src/lib/pdf.ts'
import { can } from '#src/lib/policy.ts'
import { coursesBySlug } from '../learning/index.ts'
import { loadActor } from '../users/index.ts'
import { addCourse, createCurriculum, updateCurriculum } from './service/curricula.ts'
import { followCurriculum } from './service/following.ts'
import { addGuidebookFile, createGuidebook } from './service/guidebooks.ts'

export type CurriculaDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string> }

/** The programme's courses in order: three required, then an optional one that counts (N = 1). */
const PATH = [
  { slug: 'international-office', required: true },
  { slug: 'mobility-with-minors', required: true },
  { slug: 'eu-project-management', required: true },
  { slug: 'greencomp-basics', required: false },
]

/** Who follows it: Nerodimja's coordinator has done every course (and gets the certificate). */
const FOLLOWERS = [
  { person: 'nerodimja-ferizaj:coordinator', org: 'nerodimja-ferizaj' },
  { person: 'coordinator', org: 'beqir-cela-durres' },
  { person: 'shkumbini-elbasan:coordinator', org: 'shkumbini-elbasan' },
]

type GuideFile = { lang: Locale; fileName: string; note: string; heading: string; lines: string[] }

const GUIDEBOOKS: {
  title: Record<string, string>
  description: Record<string, string>
  files: GuideFile[]
}[] = [
  {
    title: {
      en: 'Mobility quality guidebook',
      sq: 'Udhëzuesi i cilësisë së mobilitetit',
      'sr-Latn': 'Vodič za kvalitet mobilnosti',
      mk: 'Водич за квалитет на мобилноста',
    },
    description: {
      en: 'The Erasmus+ quality standards for VET mobility, step by step: before, during and after the stay abroad.',
      sq: 'Standardet e cilësisë Erasmus+ për mobilitetin në AAP, hap pas hapi: para, gjatë dhe pas qëndrimit jashtë vendit.',
    },
    files: [
      {
        lang: 'en',
        fileName: 'ALLIANCE_mobility_quality_guidebook_v1.pdf',
        note: 'First edition, from the kick-off workshop.',
        heading: 'Mobility quality guidebook',
        lines: ['1. Preparing learners', '2. Learning agreements', '3. Recognition on return'],
      },
      {
        lang: 'en',
        fileName: 'ALLIANCE_mobility_quality_guidebook_v2.pdf',
        note: 'Second edition: the partners’ comments and a chapter on green travel.',
        heading: 'Mobility quality guidebook (2nd edition)',
        lines: [
          '1. Preparing learners',
          '2. Learning agreements',
          '3. Green travel',
          '4. Recognition on return',
        ],
      },
      {
        lang: 'sq',
        fileName: 'ALLIANCE_udhezuesi_cilesise_mobilitetit.pdf',
        note: 'Përkthimi i botimit të parë.',
        heading: 'Udhëzuesi i cilësisë së mobilitetit',
        lines: ['1. Përgatitja e nxënësve', '2. Marrëveshjet e të nxënit', '3. Njohja pas kthimit'],
      },
    ],
  },
  {
    title: {
      en: 'Safeguarding minors abroad',
      sq: 'Mbrojtja e të miturve jashtë vendit',
      mk: 'Заштита на малолетници во странство',
    },
    description: {
      en: 'Consent, accompanying staff, emergencies and incident reports when learners under 18 go abroad.',
      sq: 'Pëlqimi, stafi shoqërues, emergjencat dhe raportet e incidenteve kur nxënës nën 18 vjeç shkojnë jashtë vendit.',
      mk: 'Согласност, придружен персонал, итни случаи и извештаи за инциденти кога ученици под 18 години патуваат во странство.',
    },
    files: [
      {
        lang: 'en',
        fileName: 'ALLIANCE_safeguarding_minors.pdf',
        note: 'Agreed by the consortium.',
        heading: 'Safeguarding minors abroad',
        lines: ['1. Parental consent', '2. Accompanying persons', '3. Incidents and emergencies'],
      },
      {
        lang: 'sq',
        fileName: 'ALLIANCE_mbrojtja_e_te_miturve.pdf',
        note: 'Përkthim nga Shkolla “Beqir Çela”.',
        heading: 'Mbrojtja e të miturve jashtë vendit',
        lines: ['1. Pëlqimi i prindërve', '2. Shoqëruesit', '3. Incidentet dhe emergjencat'],
      },
      {
        lang: 'mk',
        fileName: 'ALLIANCE_zastita_na_maloletnici.pdf',
        note: 'Превод за партнерите од Северна Македонија.',
        heading: 'Заштита на малолетници во странство',
        lines: ['1. Согласност од родителите', '2. Придружници', '3. Инциденти и итни случаи'],
      },
    ],
  },
]

async function guidePdf(f: GuideFile): Promise<Uint8Array> {
  const doc = createPdf({ lang: f.lang, title: f.heading })
  doc.font('bold').fontSize(20).text(f.heading)
  doc.moveDown()
  doc.font('body').fontSize(11).text('ALLIANCE - Erasmus+ CB-VET 101183414')
  doc.moveDown()
  for (const line of f.lines) doc.text(line)
  return new Uint8Array(await pdfToBuffer(doc))
}

/**
 * Loads the ALLIANCE "International Office Programme" and two guidebooks through this module's
 * own services, acting as the people who would do it, on the demo's transaction (the services'
 * own transactions become savepoints of it). Runs after the learning demo: it follows its courses.
 */
export async function loadCurriculaDemo(tx: DbOrTx, deps: Deps, ids: CurriculaDemoIds) {
  // The services take a Ctx; here its database is the demo's transaction.
  const db = tx as unknown as Db
  const found = await coursesBySlug(
    db,
    PATH.map((p) => p.slug),
  )
  const first = found.get('international-office')
  if (!first) return
  // The programme belongs to the courses' owner (ALLIANCE's coordinating organisation) and is
  // written by its International Office coordinator.
  const ownerSlug = [...ids.orgIds].find(([, id]) => id === first.tenantId)?.[0]
  const authorId = ids.userIds.get(`${ownerSlug}:coordinator`) ?? ids.userIds.get('coordinator')
  if (!authorId) return
  const as = async (userId: string, tenantId: string): Promise<Ctx> => ({
    ...deps,
    db,
    actor: await loadActor(db, userId, tenantId, 'session'),
    requestId: null,
  })
  const author = await as(authorId, first.tenantId)
  if (!can(author.actor, 'learning.author')) return

  const sharing = { visibility: 'consortium' as const, projectId: first.projectId }
  const details = {
    title: {
      en: 'International Office Programme',
      sq: 'Programi i Zyrës Ndërkombëtare',
      'sr-Latn': 'Program Međunarodne kancelarije',
      mk: 'Програма за Канцеларијата за меѓународна соработка',
    },
    summary: {
      en: 'The ALLIANCE staff curriculum: international cooperation, mobility and stakeholder engagement, in four courses.',
      sq: 'Kurrikula e stafit ALLIANCE: bashkëpunimi ndërkombëtar, mobiliteti dhe angazhimi i palëve të interesit, në katër kurse.',
    },
    ...sharing,
    optionalToComplete: 1,
  }
  const curriculum = await createCurriculum(author, { ...details, intent: 'draft' })
  for (const step of PATH) {
    const course = found.get(step.slug)
    if (course)
      await addCourse(author, curriculum.id, { courseId: course.id, required: step.required })
  }
  await updateCurriculum(author, curriculum.id, { ...details, intent: 'publish' })

  for (const f of FOLLOWERS) {
    const userId = ids.userIds.get(f.person)
    const orgId = ids.orgIds.get(f.org)
    if (!userId || !orgId) continue
    await followCurriculum(await as(userId, orgId), curriculum.id)
  }

  for (const g of GUIDEBOOKS) {
    const guidebook = await createGuidebook(author, {
      title: g.title,
      description: g.description,
      ...sharing,
    })
    for (const file of g.files) {
      await addGuidebookFile(author, guidebook.id, {
        lang: file.lang,
        note: file.note,
        file: { name: file.fileName, bytes: await guidePdf(file) },
      })
    }
  }
}
