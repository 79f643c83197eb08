import { createHash } from 'node:crypto'

/*
 * Feeds are read far more often than news is written, by readers that poll. A rendered feed is
 * kept in memory for a minute, and dropped at once when this process saves, publishes or deletes
 * a post (a generation counter). Another process (several app servers on one PostgreSQL) sees a
 * change within the minute, well inside the five minutes feed readers are told to cache it.
 * bench/events-news.ts measures the effect: without it a feed costs ~8× a static file.
 */

const TTL_MS = 60_000
const MAX_ENTRIES = 1000

export type CachedFeed = { body: string; etag: string }

type Entry = CachedFeed & { at: number; generation: number }

const entries = new Map<string, Entry>()
let generation = 0

/** Every cached feed is stale: a post was saved, published, unpublished or deleted. */
export function invalidateFeeds() {
  generation++
}

/** The feed for `key`, rendered by `build` when missing, older than a minute or invalidated. */
export async function cachedFeed(key: string, build: () => Promise<string>): Promise<CachedFeed> {
  const now = performance.now()
  const hit = entries.get(key)
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit
  const seen = generation
  const body = await build()
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const entry = { body, etag, at: now, generation: seen }
  entries.delete(key)
  entries.set(key, entry)
  // Oldest first in a Map: drop the oldest beyond the bound.
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
  return entry
}
