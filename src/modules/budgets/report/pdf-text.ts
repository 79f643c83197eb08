/**
 * Reads the text back out of an uncompressed pdfkit PDF (for tests): fonts are embedded as
 * Identity-H with a ToUnicode map, so each TJ string is glyph ids to look up in the map of the
 * font selected by the last Tf. Returns one line per text object.
 */
export function extractPdfText(pdf: Buffer): string[] {
  const src = pdf.toString('latin1')
  const objects = new Map<string, string>()
  for (const m of src.matchAll(/(\d+) 0 obj\n?([\s\S]*?)endobj/g))
    objects.set(m[1] ?? '', m[2] ?? '')
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
  for (const block of src.matchAll(/BT\n([\s\S]*?)\nET/g)) {
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
    const values = [...(range[3] ?? '').matchAll(/<([0-9a-f]+)>/g)].map((v) => char(v[1] ?? ''))
    values.forEach((v, i) => {
      map.set(start + i, v)
    })
  }
  return map
}
