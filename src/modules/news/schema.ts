import { sql } from 'drizzle-orm'
import {
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { id, timestamps } from '#src/db/columns.ts'
import type { LocalizedText } from '#src/lib/localized-text.ts'
import { organisations } from '../organisations/schema.ts'
import { users } from '../users/schema.ts'

export const POST_STATUSES = ['draft', 'published'] as const
export type PostStatus = (typeof POST_STATUSES)[number]

/**
 * A campaign groups events and news under one banner (the autumn 2025 ALLIANCE campaign).
 * Events belong to the events module, so they are referenced loosely by id.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    name: jsonb().$type<LocalizedText>().notNull(),
    description: jsonb().$type<LocalizedText>().notNull().default({}),
    startsOn: date({ mode: 'string' }),
    endsOn: date({ mode: 'string' }),
    eventIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    ...timestamps,
  },
  (t) => [index('campaigns_tenant_idx').on(t.tenantId, t.startsOn)],
)

/**
 * A news post, written in several languages side by side. `body` holds each language's Markdown
 * as typed; `bodyHtml` the same, rendered and sanitised when saved (pages and feeds serve it as is).
 * Projects and events are referenced loosely by id: those modules may delete rows without us.
 */
export const newsPosts = pgTable(
  'news_posts',
  {
    tenantId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    id: id(),
    /** The public address `/:locale/n/:slug`; unique across Ura, kept when the title changes. */
    slug: text().notNull(),
    title: jsonb().$type<LocalizedText>().notNull().default({}),
    summary: jsonb().$type<LocalizedText>().notNull().default({}),
    body: jsonb().$type<LocalizedText>().notNull().default({}),
    bodyHtml: jsonb().$type<LocalizedText>().notNull().default({}),
    tags: text().array().notNull().default(sql`'{}'::text[]`),
    projectIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    eventIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    campaignId: uuid().references(() => campaigns.id, { onDelete: 'set null' }),
    status: text().$type<PostStatus>().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('news_posts_slug_key').on(t.slug),
    index('news_posts_tenant_idx').on(t.tenantId, t.status, t.publishedAt),
    index('news_posts_projects_idx').using('gin', t.projectIds),
    index('news_posts_campaign_idx').on(t.campaignId),
  ],
)
