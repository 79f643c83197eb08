import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cycles,
  isTestCode,
  moduleEdges,
  readImportGraph,
  violations,
} from './architecture/import-graph.ts'

// The layering of docs/ARCHITECTURE.md, read from the imports themselves.
const root = path.resolve(import.meta.dirname, '..')
const { files, edges } = readImportGraph(root)

describe('architecture', () => {
  it('reads the graph (a guard against a regex that matches nothing)', () => {
    expect(files.length).toBeGreaterThan(300)
    expect(edges.length).toBeGreaterThan(1000)
  })

  it('every arrow points down a layer, and into another module only through its index.ts', () => {
    expect(violations(edges).map((v) => `${v.from} → ${v.to} (${v.rule})`)).toEqual([])
  })

  it('modules form no circle', () => {
    const graph = moduleEdges(edges)
    expect(cycles([...graph.keys()], (m) => [...(graph.get(m) ?? [])])).toEqual([])
  })

  it('files form no circle', () => {
    const next = new Map<string, string[]>()
    for (const e of edges) {
      if (isTestCode(e.from)) continue
      next.set(e.from, [...(next.get(e.from) ?? []), e.to])
    }
    expect(cycles(files, (f) => next.get(f) ?? [])).toEqual([])
  })

  it('finds a planted violation (the rules can fail)', () => {
    const planted = [
      { from: 'src/lib/x.ts', to: 'src/modules/users/schema.ts', typeOnly: true },
      { from: 'src/modules/calls/service.ts', to: 'src/modules/users/schema.ts', typeOnly: false },
      { from: 'src/modules/calls/schema.ts', to: 'src/modules/users/schema.ts', typeOnly: false },
      { from: 'src/modules/users/index.ts', to: 'src/server/app.tsx', typeOnly: false },
      { from: 'src/modules/calls/routes.tsx', to: 'src/modules/users/web.ts', typeOnly: false },
      { from: 'src/server/routes.ts', to: 'src/modules/users/web.ts', typeOnly: false },
    ]
    expect(violations(planted).map((v) => v.rule)).toEqual([
      'lib may not import module',
      'another module only through its index.ts',
      'module may not import server',
      'another module only through its index.ts',
    ])
    expect(cycles(['a', 'b', 'c'], (n) => ({ a: ['b'], b: ['a'], c: [] })[n] ?? [])).toEqual([
      ['a', 'b'],
    ])
  })
})
