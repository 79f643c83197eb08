import type { Actor } from '#src/lib/context.ts'

type Entry = { actor: Actor | null; until: number }

/**
 * Signed-in actors by session cookie, for a few seconds: a page reads its session once, not on
 * every request of a person clicking through (on the embedded database that lookup cost as much as
 * the home page's own queries). Any form post or other write request in this process clears it
 * all, so this process never acts on a session or role it has just changed; `ttlMs` bounds how
 * long a change made in another process (a second app server, the CLI) takes to be seen.
 */
export class ActorCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0
  }

  /** The cached actor (null: no valid session), or undefined when not cached or expired. */
  get(key: string, now = Date.now()): Actor | null | undefined {
    const hit = this.entries.get(key)
    if (!hit) return undefined
    if (hit.until <= now) {
      this.entries.delete(key)
      return undefined
    }
    return hit.actor
  }

  set(key: string, actor: Actor | null, now = Date.now()): void {
    if (!this.enabled) return
    if (this.entries.size >= this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string)
    }
    this.entries.set(key, { actor, until: now + this.ttlMs })
  }

  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
