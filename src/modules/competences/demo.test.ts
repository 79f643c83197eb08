import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { textOf } from '../../../tests/setup/client.ts'
import { DEMO_PASSWORD, loadDemoData } from '../demo/index.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
  await loadDemoData(t.deps)
})

function rowOf(html: string, code: string) {
  const m = new RegExp(`<tr data-code="${code.replace(/\./g, '\\.')}">([\\s\\S]*?)</tr>`).exec(html)
  if (!m) throw new Error(`no row for ${code}`)
  return m[1]!
}

describe('[COMPETENCES][DEMO]', () => {
  it('[COMPETENCES][DEMO]: Beqir Çela’s profile, organisation and consortium pages have content and real numbers', async () => {
    const c = await t.signedIn('coordinator@beqircela.edu.al', DEMO_PASSWORD)
    const me = await textOf(await c.get('/app/competences/me'))
    expect(me).toContain('EntreComp')
    // Her own school's list, in her Albanian; the frameworks' names in English.
    expect(me).toContain('Mentorimi i nxënësve në praktika pune jashtë vendit')

    const org = await c.get('/app/competences/organisation')
    expect(org.status).toBe(200)
    const orgHtml = await org.text()
    // Seven people rated DigComp 1.1 on their own, most of them low.
    expect(rowOf(orgHtml, 'digcomp-2.2:1.1')).toMatch(/<td>7<\/td>/)
    expect(rowOf(orgHtml, 'digcomp-2.2:1.1')).toContain('badge-warn')
    // The school's own list, rated by four: hidden.
    expect(rowOf(orgHtml, 'org:mentoring-work-placements-abroad')).not.toMatch(/<td>4<\/td>/)
    // ALLIANCE's consortium (the school is in other projects too, e.g. the funded one).
    const alliance = /href="\/app\/competences\/projects\/([0-9a-f-]{36})">[^<]*ALLIANCE/.exec(
      orgHtml,
    )
    expect(alliance).toBeTruthy()

    const consortium = await c.get(`/app/competences/projects/${alliance![1]}`)
    expect(consortium.status).toBe(200)
    // The International Office course's seven learners across five schools rated before it.
    expect(rowOf(await consortium.text(), 'entrecomp:2.4')).toMatch(/<td>7<\/td>/)
  })
})
