import { beforeAll, describe, expect, it } from 'vitest'
import { setupTestApp, type TestApp } from '../../../tests/setup/app.ts'
import { addProfileSection } from './profile-sections.ts'

let t: TestApp
beforeAll(async () => {
  t = await setupTestApp()
})

function jsonLd(html: string) {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
  return m ? JSON.parse(m[1]!) : null
}

describe('profile sections', () => {
  it('[ORG][PUBLIC][SECTIONS]: sections render in order, empty and failing ones are left out', async () => {
    const org = await t.make.organisation({ slug: 'sections-school', name: { en: 'Sections' } })
    addProfileSection({
      id: 'test-later',
      order: 900,
      load: async (_ctx, o) =>
        o.id === org.id
          ? {
              view: <section id="test-later">later</section>,
              structuredData: [{ '@type': 'Event', name: 'Open day' }],
            }
          : null,
    })
    addProfileSection({
      id: 'test-first',
      order: 899,
      load: async () => ({ view: <section id="test-first">first</section> }),
    })
    addProfileSection({ id: 'test-empty', order: 901, load: async () => null })
    addProfileSection({
      id: 'test-broken',
      order: 902,
      load: async () => {
        throw new Error('boom')
      },
    })
    const res = await t.anonymous().get('/en/o/sections-school')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html.indexOf('id="test-first"')).toBeGreaterThan(html.indexOf('id="about-h"'))
    expect(html.indexOf('id="test-later"')).toBeGreaterThan(html.indexOf('id="test-first"'))
    const data = jsonLd(html)
    expect(data['@context']).toBe('https://schema.org')
    expect(data['@graph'][0]).toMatchObject({
      '@type': 'EducationalOrganization',
      name: 'Sections',
      url: 'http://ura.test/en/o/sections-school',
      address: { addressCountry: 'AL' },
    })
    expect(data['@graph']).toContainEqual({ '@type': 'Event', name: 'Open day' })
  })

  it('[ORG][PUBLIC][SECTIONS]: a section replaces an earlier one with the same id', async () => {
    await t.make.organisation({ slug: 'replaced-school' })
    addProfileSection({
      id: 'test-replace',
      order: 1,
      load: async () => ({ view: <p id="old-one">old</p> }),
    })
    addProfileSection({
      id: 'test-replace',
      order: 1,
      load: async () => ({ view: <p id="new-one">new</p> }),
    })
    const html = await (await t.anonymous().get('/sq/o/replaced-school')).text()
    expect(html).toContain('id="new-one"')
    expect(html).not.toContain('id="old-one"')
  })
})
