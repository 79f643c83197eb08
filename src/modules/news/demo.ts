import { eq } from 'drizzle-orm'
import type { DbOrTx } from '#src/db/client.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { renderMarkdown } from '#src/lib/markdown.ts'
import { events } from '../events/index.ts'
import { projects } from '../projects/index.ts'
import { SEED_NEWS } from './demo-seed.ts'
import { campaigns, newsPosts } from './schema.ts'

/** What the demo loader knows by then: ids by organisation slug and by person key. */
export type NewsDemoIds = { orgIds: Map<string, string>; userIds: Map<string, string> }

/** The seed's three autumn 2025 events, as the events demo names and dates them. */
const AUTUMN_2025 = {
  titles: [
    'Erasmus Day 2025',
    'National Skills Competitions',
    'National Week of Professional Internships in VET institutions',
  ],
  days: ['2025-10-16', '2025-11-14', '2025-11-18'],
}

/** A second school's own news, in its own language only (the fictional Bitola school). */
const BITOLA_NEWS = {
  title: {
    mk: 'Инфо-ден за практика во странство со Еразмус+',
  },
  body: {
    mk: [
      'Во СОУ **„Пелистер“** од Битола беше одржан Инфо-ден за учениците од трета и четврта година што сакаат да направат стручна практика во странство преку програмата **Еразмус+**.',
      '## Што дознаа учениците',
      '- кои училишта и компании од мрежата на партнери примаат ученици на практика;',
      '- како се пријавува, кој ги покрива патот, сместувањето и осигурувањето;',
      '- како практиката се признава во нивната диплома преку **Europass Mobility**.',
      'Наставниците што веќе придружувале ученици на мобилност ги споделија своите искуства, а учениците поставуваа прашања за јазикот, работното време и животот во градот-домаќин.',
      'Повиците за следната учебна година ќе бидат објавени на страницата на училиштето. Учениците и родителите можат да се обратат до Канцеларијата за меѓународна соработка секој вторник и четврток.',
    ].join('\n\n'),
  },
  tags: ['Еразмус+', 'практика', 'мобилност'],
  publishedAt: new Date('2025-12-05T11:00:00Z'),
}

function rendered(body: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(body).map(([lang, md]) => [lang, renderMarkdown(md ?? '').html]),
  )
}

function lookup(map: Map<string, string>, key: string): string {
  const id = map.get(key)
  if (!id) throw new Error(`news demo: unknown "${key}"`)
  return id
}

/** The seed's events in Beqir Çela's calendar (loaded by the events demo), by title or day. */
async function autumnEvents(tx: DbOrTx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: events.id, title: events.title, startsAt: events.startsAt })
    .from(events)
    .where(eq(events.tenantId, tenantId))
  return rows
    .filter(
      (e) =>
        AUTUMN_2025.titles.includes(e.title.en ?? '') ||
        AUTUMN_2025.days.includes(e.startsAt.toISOString().slice(0, 10)),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((e) => e.id)
}

/**
 * The seed news item in English and Albanian, published by “Beqir Çela” and linked to ALLIANCE
 * and its three events; the autumn 2025 campaign that groups them; and a Macedonian post of the
 * Bitola school. Runs after the events (and projects) demo, inside the demo transaction.
 */
export async function loadNewsDemo(tx: DbOrTx, ids: NewsDemoIds) {
  const durres = lookup(ids.orgIds, 'beqir-cela-durres')
  const bitola = lookup(ids.orgIds, 'pelister-bitola')
  const eventIds = await autumnEvents(tx, durres)
  const alliance = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.acronym, 'ALLIANCE'))
  const [campaign] = await tx
    .insert(campaigns)
    .values({
      tenantId: durres,
      name: {
        en: 'ALLIANCE in autumn 2025',
        sq: 'ALLIANCE në vjeshtën 2025',
      },
      description: {
        en: 'The ALLIANCE project presented at Erasmus Day, the National Skills Competitions and the National Week of Professional Internships.',
        sq: 'Projekti ALLIANCE i prezantuar në Erasmus Day, në Konkursin Kombëtar të Aftësive dhe në Javën Kombëtare të Praktikave Profesionale.',
      },
      startsOn: '2025-10-01',
      endsOn: '2025-11-30',
      eventIds,
    })
    .returning()
  await tx.insert(newsPosts).values([
    {
      tenantId: durres,
      slug: 'alliance-autumn-2025-events',
      title: SEED_NEWS.title,
      body: SEED_NEWS.body,
      bodyHtml: rendered(SEED_NEWS.body),
      tags: ['ALLIANCE', 'Erasmus+', 'VET'],
      projectIds: alliance.map((p) => p.id),
      eventIds,
      campaignId: campaign!.id,
      status: 'published',
      publishedAt: new Date('2025-11-18T15:00:00Z'),
      authorId: lookup(ids.userIds, 'coordinator'),
    },
    {
      tenantId: bitola,
      slug: 'pelister-erasmus-info-day',
      title: BITOLA_NEWS.title,
      body: BITOLA_NEWS.body,
      bodyHtml: rendered(BITOLA_NEWS.body),
      tags: BITOLA_NEWS.tags,
      status: 'published',
      publishedAt: BITOLA_NEWS.publishedAt,
      authorId: lookup(ids.userIds, 'pelister-bitola:coordinator'),
    },
  ])
}
