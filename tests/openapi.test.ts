import { createConfig, lintFromString } from '@redocly/openapi-core'
import { describe, expect, it } from 'vitest'
import { apiApp } from '../src/server/api.ts'

// The OpenAPI document as served, checked by an outside linter (Redocly's recommended rules) and
// by Ura's own: every operation named, tagged, and answering 401 where it needs a token.
type Operation = {
  operationId?: string
  tags?: string[]
  summary?: string
  security?: unknown[]
  responses: Record<string, unknown>
}
type Doc = { info: { license?: unknown }; paths: Record<string, Record<string, Operation>> }

async function servedDocument(): Promise<Doc> {
  const res = await apiApp().request('/openapi.json')
  expect(res.status).toBe(200)
  return (await res.json()) as Doc
}

async function lint(doc: unknown) {
  const config = await createConfig({ extends: ['recommended'] })
  const problems = await lintFromString({
    source: JSON.stringify(doc),
    absoluteRef: 'openapi.json',
    config,
  })
  return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer}`)
}

function operations(doc: Doc) {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  )
}

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    expect(await lint(await servedDocument())).toEqual([])
  })

  it('names every operation once, tags it, and answers 401 where a token is needed', async () => {
    const doc = await servedDocument()
    const ops = operations(doc)
    expect(ops.length).toBeGreaterThan(25)
    const ids = ops.map((o) => o.op.operationId)
    expect(ids.filter((id) => !id)).toEqual([])
    expect(ids.length).toBe(new Set(ids).size)
    for (const { path, method, op } of ops) {
      expect(op.tags?.length, `${method} ${path} tags`).toBeGreaterThan(0)
      expect(op.summary, `${method} ${path} summary`).toBeTruthy()
      if (op.security?.length) expect(op.responses['401'], `${method} ${path} 401`).toBeTruthy()
    }
  })

  it('covers every module that has records a school works with', async () => {
    const paths = Object.keys((await servedDocument()).paths)
    for (const prefix of [
      '/v1/mobilities',
      '/v1/events',
      '/v1/news',
      '/v1/projects/{id}/documents',
      '/v1/projects/{id}/budget',
      '/v1/reports/grant-totals',
      '/v1/calls',
      '/v1/projects',
      '/v1/members',
      '/v1/organisations/current',
      '/v1/network/organisations',
      '/v1/partnerships',
      '/v1/grants/estimate',
      '/v1/tokens',
    ]) {
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true)
    }
  })

  it('the linter can fail: a document without operationIds or licence is reported', async () => {
    const doc = await servedDocument()
    delete doc.info.license
    for (const { op } of operations(doc)) delete op.operationId
    const problems = await lint(doc)
    expect(problems.some((p) => p.includes('operation-operationId'))).toBe(true)
    expect(problems.some((p) => p.includes('info-license'))).toBe(true)
  })
})
