import { type Element, xml2js } from 'xml-js'

/*
 * Test helper: parses a feed back with a strict XML parser (sax, through xml-js, both already
 * installed as the `feed` package's own dependencies) and returns its items' key fields, so tests
 * check what a feed reader would read rather than strings.
 */

export type ParsedItem = { title: string; link: string; id: string; date: string; html: string }
export type ParsedFeed = { root: string; title: string; language: string; items: ParsedItem[] }

function child(el: Element | undefined, name: string): Element | undefined {
  return el?.elements?.find((e) => e.name === name)
}

function children(el: Element | undefined, name: string): Element[] {
  return el?.elements?.filter((e) => e.name === name) ?? []
}

function textOf(el: Element | undefined): string {
  return (el?.elements ?? [])
    .map((e) => (e.type === 'text' ? e.text : e.type === 'cdata' ? e.cdata : textOf(e)))
    .join('')
}

/** Parses RSS 2.0 or Atom 1.0; throws on anything that is not well-formed XML. */
export function parseXmlFeed(xml: string): ParsedFeed {
  const doc = xml2js(xml, { compact: false }) as Element
  const root = doc.elements?.find((e) => e.type === 'element')
  if (!root) throw new Error('no root element')
  if (root.name === 'rss') {
    const channel = child(root, 'channel')
    return {
      root: `rss ${root.attributes?.version}`,
      title: textOf(child(channel, 'title')),
      language: textOf(child(channel, 'language')),
      items: children(channel, 'item').map((item) => ({
        title: textOf(child(item, 'title')),
        link: textOf(child(item, 'link')),
        id: textOf(child(item, 'guid')),
        date: textOf(child(item, 'pubDate')),
        html: textOf(child(item, 'content:encoded')),
      })),
    }
  }
  if (root.name === 'feed') {
    return {
      root: `feed ${root.attributes?.xmlns}`,
      title: textOf(child(root, 'title')),
      language: '',
      items: children(root, 'entry').map((entry) => ({
        title: textOf(child(entry, 'title')),
        link: String(child(entry, 'link')?.attributes?.href ?? ''),
        id: textOf(child(entry, 'id')),
        date: textOf(child(entry, 'updated')),
        html: textOf(child(entry, 'content')),
      })),
    }
  }
  throw new Error(`unexpected root <${root.name}>`)
}

/** Every element name of a parsed feed's channel or feed, to check required fields exist. */
export function topLevelNames(xml: string): string[] {
  const doc = xml2js(xml, { compact: false }) as Element
  const root = doc.elements?.find((e) => e.type === 'element')
  const holder = root?.name === 'rss' ? child(root, 'channel') : root
  return (holder?.elements ?? []).map((e) => e.name ?? '')
}
