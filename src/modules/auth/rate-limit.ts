import { sql } from 'drizzle-orm'
import type { Db } from '#src/db/client.ts'
import { AppError } from '#src/lib/errors.ts'
import { rateLimits } from './schema.ts'

/**
 * Counts a hit against `key` in a fixed window and throws RATE_LIMITED past `max`.
 * One upsert per hit, in the database, so every app server shares the same counts.
 */
export async function hitRateLimit(
  db: Db,
  key: string,
  max: number,
  windowMs: number,
  now: Date,
): Promise<void> {
  const resetAt = new Date(now.getTime() + windowMs)
  const [row] = await db
    .insert(rateLimits)
    .values({ key, count: 1, resetAt })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        resetAt: sql`case when ${rateLimits.resetAt} <= ${now.toISOString()}::timestamptz then ${resetAt.toISOString()}::timestamptz else ${rateLimits.resetAt} end`,
      },
    })
    .returning({ count: rateLimits.count, resetAt: rateLimits.resetAt })
  if (row && row.count > max) {
    const minutes = Math.max(1, Math.ceil((row.resetAt.getTime() - now.getTime()) / 60_000))
    throw new AppError('RATE_LIMITED', 'auth:errors.rateLimited', { count: minutes })
  }
}
