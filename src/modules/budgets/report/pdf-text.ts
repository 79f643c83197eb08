import { inflateSync } from 'node:zlib'

/**
 * Reads the text back out of a pdfkit PDF (for tests; compressed streams are inflated): fonts are embedded as
 * Identity-H with a ToUnicode map, so each TJ string is glyph ids to look up in the map of the
 * font selected by the last Tf. Returns one line per text object.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf.toString('latin1'))
  const cmaps = new Map<string, Map<number, string>>()
  const fontMaps = new Map<string, Map<number, string>>()
  for (const [, body] of objects) {
    for (const f of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objects.get(f[2] ?? '') ?? ''
      const ref = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1]
      if (!ref) continue
      let map = cmaps.get(ref)
      if (!map) {
        map = parseCmap(objects.get(ref) ?? '')
        cmaps.set(ref, map)
      }
      fontMaps.set(f[1] ?? '', map)
    }
  }
  const lines: string[] = []
  const content = [...objects.values()].filter((o) => o.includes('BT\n')).join('\n')
  for (const block of content.matchAll(/BT\n([\s\S]*?)\nET/g)) {
    const font = /\/(F\d+) [\d.]+ Tf/.exec(block[1] ?? '')?.[1] ?? ''
    const map = fontMaps.get(font) ?? new Map()
    let text = ''
    for (const hex of (block[1] ?? '').matchAll(/<([0-9a-f]+)>/g)) {
      const h = hex[1] ?? ''
      for (let i = 0; i < h.length; i += 4)
        text += map.get(Number.parseInt(h.slice(i, i + 4), 16)) ?? ''
    }
    lines.push(text)
  }
  return lines
}

function parseCmap(stream: string): Map<number, string> {
  const map = new Map<number, string>()
  const char = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)))
  for (const range of stream.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/g)) {
    const start = Number.parseInt(range[1] ?? '0', 16)
    // A ligature maps to several code units (<0066 0066> is "ff"); an empty <> keeps its place.
    const values = [...(range[3] ?? '').matchAll(/<([0-9a-f ]*)>/g)].map((v) =>
      char((v[1] ?? '').replace(/ /g, '')),
    )
    values.forEach((v, i) => {
      map.set(start + i, v)
    })
  }
  return map
}

/**
 * Every object's text by number. Streams are skipped by their /Length, never scanned: an embedded
 * font's bytes can contain anything, "endobj" included.
 */
function readObjects(src: string): Map<string, string> {
  const out = new Map<string, string>()
  const head = /(\d+) 0 obj\b/g
  let m = head.exec(src)
  while (m) {
    const start = m.index + m[0].length
    const streamAt = src.indexOf('stream', start)
    const endAt = src.indexOf('endobj', start)
    let body = src.slice(start, endAt)
    let next = endAt
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = src.slice(start, streamAt)
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0)
      const dataAt = src.indexOf('\n', streamAt) + 1
      const fontFile = /\/Length1 /.test(dict)
      const data = src.slice(dataAt, dataAt + length)
      const inflated = /\/Filter \/FlateDecode/.test(dict)
        ? inflateSync(Buffer.from(data, 'latin1')).toString('latin1')
        : data
      body = dict + (fontFile ? '' : inflated)
      next = src.indexOf('endobj', dataAt + length)
    }
    out.set(m[1] ?? '', body)
    head.lastIndex = next
    m = head.exec(src)
  }
  return out
}
