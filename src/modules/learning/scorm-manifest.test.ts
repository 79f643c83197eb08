import { describe, expect, it } from 'vitest'
import { AppError } from '#src/lib/errors.ts'
import { parseManifest, safeEntryPath } from './scorm-manifest.ts'

const SCORM_12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="main">
    <organization identifier="other"><title>Not this one</title>
      <item identifier="x" identifierref="r2"><title>X</title></item>
    </organization>
    <organization identifier="main"><title>Safe lifting &amp; carrying</title>
      <item identifier="chapter"><title>Chapter 1</title>
        <item identifier="i1" identifierref="r1" parameters="?lang=sq"><title>Lifting</title></item>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="sco/index.html"/>
    <resource identifier="r2" type="webcontent" adlcp:scormtype="sco" href="other.html"/>
  </resources>
</manifest>`

const SCORM_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>Workshop safety</title>
      <item identifier="intro" identifierref="asset-missing"><title>Broken link</title></item>
      <item identifier="i1" identifierref="sco1" parameters="#start"><title>Part 1</title></item>
      <item identifier="i2" identifierref="sco2"><title>Part 2</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco1" type="webcontent" adlcp:scormType="sco" href="part%201/start.html?mode=full"/>
    <resource identifier="sco2" type="webcontent" adlcp:scormType="sco" href="part2.html"/>
  </resources>
</manifest>`

function problem(run: () => unknown): string | undefined {
  try {
    run()
  } catch (err) {
    if (err instanceof AppError) return err.fields?.package
    throw err
  }
  return undefined
}

describe('safeEntryPath', () => {
  it('[LEARNING][SCORM]: keeps paths inside the package and refuses the ones that leave it', () => {
    expect(safeEntryPath('sco/index.html')).toBe('sco/index.html')
    expect(safeEntryPath('./a//b/./c.js')).toBe('a/b/c.js')
    expect(safeEntryPath('assets\\img\\logo.png')).toBe('assets/img/logo.png')
    expect(safeEntryPath('sco/')).toBe('sco')
    for (const bad of [
      '../x',
      'a/../../x',
      '..\\x',
      'a\\..\\..\\x',
      '/etc/passwd',
      'C:/x',
      'a\u0000b',
      '',
    ]) {
      expect(safeEntryPath(bad), bad).toBeNull()
    }
  })
})

describe('parseManifest', () => {
  it('[LEARNING][SCORM]: SCORM 1.2: the default organization’s first item with a resource, its parameters', () => {
    expect(parseManifest(SCORM_12)).toEqual({
      version: '1.2',
      launchPath: 'sco/index.html?lang=sq',
      launchFile: 'sco/index.html',
      title: 'Safe lifting & carrying',
    })
  })

  it('[LEARNING][SCORM]: SCORM 2004: skips an item whose resource is missing, decodes the href, keeps query and fragment', () => {
    expect(parseManifest(SCORM_2004)).toEqual({
      version: '2004',
      launchPath: 'part 1/start.html?mode=full#start',
      launchFile: 'part 1/start.html',
      title: 'Workshop safety',
    })
  })

  it('[LEARNING][SCORM]: the version from the namespaces when the metadata says nothing', () => {
    const bare2004 = SCORM_2004.replace(/<metadata>.*<\/metadata>/, '')
    expect(parseManifest(bare2004).version).toBe('2004')
    const bare12 = SCORM_12.replace(/<metadata>.*<\/metadata>/, '')
    expect(parseManifest(bare12).version).toBe('1.2')
  })

  it('[LEARNING][SCORM]: xml:base of the manifest, the resources and the resource, each a folder', () => {
    const xml = SCORM_12.replace('<manifest ', '<manifest xml:base="content/" ')
      .replace('<resources>', '<resources xml:base="modules">')
      .replace('identifier="r1" ', 'identifier="r1" xml:base="one/" ')
    expect(parseManifest(xml).launchPath).toBe('content/modules/one/sco/index.html?lang=sq')
    // `..` may climb inside the package, not out of it.
    const inside = SCORM_12.replace('<resources>', '<resources xml:base="a/b/">').replace(
      'href="sco/index.html"',
      'href="../sco/index.html"',
    )
    expect(parseManifest(inside).launchFile).toBe('a/sco/index.html')
  })

  it('[LEARNING][SCORM]: parameters joined to a query the href already has', () => {
    const xml = SCORM_12.replace('href="sco/index.html"', 'href="sco/index.html?a=1"')
    expect(parseManifest(xml).launchPath).toBe('sco/index.html?a=1&lang=sq')
  })

  it('[LEARNING][SCORM]: a launch outside the package is refused as unsafe', () => {
    for (const href of ['../x.html', 'sco/../../x.html', '/x.html', '..\\x.html']) {
      const xml = SCORM_12.replace('href="sco/index.html"', `href="${href}"`)
      expect(
        problem(() => parseManifest(xml)),
        href,
      ).toBe('scorm:errors.unsafePath')
    }
  })

  it('[LEARNING][SCORM]: no launchable resource, a web address, or not a manifest at all', () => {
    const noHref = SCORM_12.replace(/ href="[^"]*"/g, '')
    expect(problem(() => parseManifest(noHref))).toBe('scorm:errors.noLaunch')
    const noResources = SCORM_12.replace(/<resources>[\s\S]*<\/resources>/, '')
    expect(problem(() => parseManifest(noResources))).toBe('scorm:errors.noLaunch')
    const remote = SCORM_12.replace(/href="[^"]*"/g, 'href="https://example.com/course"')
    expect(problem(() => parseManifest(remote))).toBe('scorm:errors.noLaunch')
    expect(problem(() => parseManifest('<html><body>hi</body></html>'))).toBe(
      'scorm:errors.badManifest',
    )
  })

  it('[LEARNING][SCORM]: prefixed element names (imscp:item) are read like plain ones', () => {
    const prefixed = `<imscp:manifest xmlns:imscp="http://www.imsproject.org/xsd/imscp_rootv1p1p2">
      <imscp:organizations><imscp:organization identifier="o"><imscp:title>P</imscp:title>
      <imscp:item identifier="i" identifierref="r"/></imscp:organization></imscp:organizations>
      <imscp:resources><imscp:resource identifier="r" href="p.html"/></imscp:resources>
    </imscp:manifest>`
    expect(parseManifest(prefixed)).toMatchObject({ launchPath: 'p.html', title: 'P' })
  })
})
