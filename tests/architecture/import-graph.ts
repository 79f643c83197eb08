/**
 * The import graph of `src/`, read from the source text: every `import … from`, `export … from`
 * and `import('…')` with a relative or `#src/` specifier. Used by the architecture test and by
 * `npm run arch` (which prints the same picture for a person).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type Layer =
  | 'lib'
  | 'db'
  | 'http'
  | 'ui'
  | 'reference'
  | 'locales'
  | 'module'
  | 'server'
  | 'cli'

export type Edge = { from: string; to: string; typeOnly: boolean }

const SPECIFIER =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

function listSources(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listSources(full))
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full)
  }
  return out
}

/** Files relative to the project root, with forward slashes: `src/modules/calls/index.ts`. */
export function readImportGraph(root: string): { files: string[]; edges: Edge[] } {
  const files = listSources(path.join(root, 'src')).map((f) =>
    path.relative(root, f).split(path.sep).join('/'),
  )
  const known = new Set(files)
  const edges: Edge[] = []
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8')
    for (const match of text.matchAll(SPECIFIER)) {
      const spec = match[3] ?? match[4]
      if (!spec) continue
      let target: string | undefined
      if (spec.startsWith('#src/')) target = `src/${spec.slice(5)}`
      else if (spec.startsWith('.'))
        target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
      if (!target) continue
      if (!known.has(target)) continue
      // `export type { X } from` and `import type` are erased at run time but still arrows of the design.
      const typeOnly = Boolean(match[2])
      edges.push({ from: file, to: target, typeOnly })
    }
  }
  return { files, edges }
}

/** The layer a file belongs to. */
export function layerOf(file: string): Layer {
  const [, top] = file.split('/')
  switch (top) {
    case 'lib':
    case 'db':
    case 'http':
    case 'ui':
    case 'reference':
    case 'locales':
    case 'server':
    case 'cli':
      return top
    case 'modules':
      return 'module'
    default:
      throw new Error(`no layer for ${file}`)
  }
}

/** `calls` for `src/modules/calls/service/x.ts`, undefined outside modules. */
export function moduleOf(file: string): string | undefined {
  const parts = file.split('/')
  return parts[1] === 'modules' ? parts[2] : undefined
}

/** Strongly connected components with more than one node (Tarjan), each sorted. */
export function cycles(nodes: string[], next: (n: string) => string[]): string[][] {
  let index = 0
  const idx = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string) => {
    idx.set(v, index)
    low.set(v, index)
    index++
    stack.push(v)
    onStack.add(v)
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!))
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        comp.push(w)
      } while (w !== v)
      if (comp.length > 1) out.push(comp.sort())
    }
  }
  for (const n of nodes) if (!idx.has(n)) visit(n)
  return out
}

/** What a layer may import. Modules are checked separately (index.ts only, schema ↔ schema). */
const ALLOWED: Record<Layer, Layer[]> = {
  reference: [],
  locales: [],
  // lib and db are one foundation: lib's context names the Db type, migrations use lib's paths.
  lib: ['lib', 'db', 'reference'],
  db: ['db', 'lib'],
  http: ['http', 'lib', 'db'],
  ui: ['ui', 'lib', 'http'],
  module: ['module', 'lib', 'db', 'http', 'ui', 'reference', 'locales'],
  server: ['server', 'module', 'lib', 'db', 'http', 'ui', 'reference'],
  cli: ['cli', 'server', 'module', 'lib', 'db', 'http', 'reference'],
}

/** Tests and their fixtures may reach anywhere: they check the tables a module writes. */
export function isTestCode(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /\/(testing|test-[a-z-]+)\.tsx?$/.test(file)
}

export type Violation = { rule: string; from: string; to: string }

/** Every arrow that breaks the layering rules of docs/ARCHITECTURE.md. */
export function violations(edges: Edge[]): Violation[] {
  const out: Violation[] = []
  for (const e of edges) {
    if (isTestCode(e.from)) continue
    const from = layerOf(e.from)
    const to = layerOf(e.to)
    if (!ALLOWED[from].includes(to)) {
      out.push({ rule: `${from} may not import ${to}`, from: e.from, to: e.to })
      continue
    }
    const a = moduleOf(e.from)
    const b = moduleOf(e.to)
    if (b === undefined || a === b) continue
    const schemaToSchema = e.from.endsWith('/schema.ts') && e.to.endsWith('/schema.ts')
    const viaIndex = e.to === `src/modules/${b}/index.ts`
    // web.ts (a module's pages and API operations) is mounted by the composition root alone.
    const mounted = from === 'server' && e.to === `src/modules/${b}/web.ts`
    if (!viaIndex && !mounted && !schemaToSchema) {
      out.push({ rule: 'another module only through its index.ts', from: e.from, to: e.to })
    }
  }
  return out
}

/** The module-level graph: `calls → mobility` when any file of calls imports one of mobility. */
export function moduleEdges(edges: Edge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const e of edges) {
    if (isTestCode(e.from)) continue
    const a = moduleOf(e.from)
    const b = moduleOf(e.to)
    if (!a || !b || a === b) continue
    // schema → schema arrows are foreign keys: the tables' order, not the code's.
    if (e.from.endsWith('/schema.ts') && e.to.endsWith('/schema.ts')) continue
    if (!graph.has(a)) graph.set(a, new Set())
    graph.get(a)!.add(b)
  }
  return graph
}
