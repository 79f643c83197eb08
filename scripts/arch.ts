/**
 * `npm run arch`: the import graph's picture for a person — arrows against the layering grouped by
 * module, circles between modules and between files. The architecture test asserts the same rules.
 */
import path from 'node:path'
import {
  cycles,
  isTestCode,
  moduleEdges,
  readImportGraph,
  violations,
} from '../tests/architecture/import-graph.ts'

const root = path.resolve(import.meta.dirname, '..')
const { files, edges } = readImportGraph(root)
const bad = violations(edges)
const byPair = new Map<string, number>()
for (const v of bad) {
  const key = `${v.from.split('/').slice(1, 3).join('/')} → ${v.to.split('/').slice(1, 3).join('/')}`
  byPair.set(key, (byPair.get(key) ?? 0) + 1)
}
console.log(`${files.length} files, ${edges.length} arrows, ${bad.length} against the rules`)
for (const [k, n] of [...byPair].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`)
if (process.argv.includes('--all')) for (const v of bad) console.log(`    ${v.from} → ${v.to}`)
const graph = moduleEdges(edges)
const moduleCycles = cycles([...graph.keys()], (m) => [...(graph.get(m) ?? [])])
console.log(`module circles: ${moduleCycles.length}`)
for (const c of moduleCycles) console.log(`  {${c.join(', ')}}`)
const next = new Map<string, string[]>()
for (const e of edges) {
  if (isTestCode(e.from)) continue
  next.set(e.from, [...(next.get(e.from) ?? []), e.to])
}
const fileCycles = cycles(files, (f) => next.get(f) ?? [])
console.log(`file circles: ${fileCycles.length}`)
for (const c of fileCycles) console.log(`  {${c.join(', ')}}`)
