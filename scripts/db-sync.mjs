// Development helper: folds every migration newer than the last released one into a single
// migration generated from the current schema, so several people changing tables before a
// release don't stack up half-finished migrations. Released migrations are never touched.
// Usage: npm run db:sync            (after editing any src/modules/*/schema.ts)
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const RELEASED = JSON.parse(readFileSync('drizzle/released.json', 'utf8')).lastReleasedIdx
const LOCK = '/tmp/ura-db-sync.lock'

// A directory as a lock: mkdir is atomic. Wait up to a minute for another sync to finish.
const started = Date.now()
for (;;) {
  try {
    mkdirSync(LOCK)
    break
  } catch {
    if (Date.now() - started > 60_000) throw new Error(`${LOCK} is held; remove it if no sync runs`)
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
  }
}
try {
  const journalPath = 'drizzle/meta/_journal.json'
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
  const unreleased = journal.entries.filter((e) => e.idx > RELEASED)
  for (const e of unreleased) {
    rmSync(path.join('drizzle', `${e.tag}.sql`), { force: true })
    rmSync(path.join('drizzle', 'meta', `${String(e.idx).padStart(4, '0')}_snapshot.json`), {
      force: true,
    })
  }
  journal.entries = journal.entries.filter((e) => e.idx <= RELEASED)
  writeFileSync(journalPath, `${JSON.stringify(journal, null, 2)}\n`)
  const name = process.argv[2] ?? 'next'
  execFileSync('npx', ['drizzle-kit', 'generate', '--name', name], { stdio: 'inherit' })
} finally {
  rmdirSync(LOCK)
}
