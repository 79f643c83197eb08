import { DOMParser } from 'linkedom'
import { AppError } from '#src/lib/errors.ts'
import type { ScormVersion } from './schema.ts'

/** What Ura takes from `imsmanifest.xml`: the version, the first SCO's file and the title. */
export type Manifest = {
  version: ScormVersion
  /** The file to launch, relative to the package's root, with its query (item parameters). */
  launchPath: string
  title: string | null
}

/** A refused package: the message is the lesson form's error on its package field. */
export function packageError(key: string): AppError {
  return new AppError('INVALID_INPUT', key, {}, { package: key })
}

/**
 * A zip entry's path, made safe to look up: `\` read as `/`, `.` and empty segments dropped.
 * Null when it leaves the package (`..`, an absolute path, a drive letter) or holds control
 * characters.
 */
export function safeEntryPath(name: string): string | null {
  const unified = name.replace(/\\/g, '/')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (unified.startsWith('/') || /^[a-z]:/i.test(unified) || /[\u0000-\u001f\u007f]/.test(unified))
    return null
  const parts: string[] = []
  for (const part of unified.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') return null
    parts.push(part)
  }
  return parts.length > 0 ? parts.join('/') : null
}

// linkedom keeps prefixes in tag names (`imscp:item`) and has no namespace lookups: match local names.
type El = { tagName: string; children: ArrayLike<El>; getAttribute(n: string): string | null }
type Node = El & { textContent: string | null }

const localName = (el: El) => (el.tagName.split(':').pop() ?? '').toLowerCase()
const childrenNamed = (el: El, name: string) =>
  Array.from(el.children).filter((c) => localName(c) === name) as Node[]

function descendantsNamed(el: El, name: string, out: Node[] = []): Node[] {
  for (const child of Array.from(el.children)) {
    if (localName(child) === name) out.push(child as Node)
    descendantsNamed(child, name, out)
  }
  return out
}

const titleOf = (el: El | undefined) =>
  el ? (childrenNamed(el, 'title')[0]?.textContent?.trim().slice(0, 200) ?? '') : ''

/** 2004 by its schema version or its namespaces (adlcp_v1p3, sequencing); 1.2 otherwise. */
function versionOf(root: El, xml: string): ScormVersion {
  const metadata = childrenNamed(root, 'metadata')[0]
  const stated = metadata ? childrenNamed(metadata, 'schemaversion')[0]?.textContent?.trim() : ''
  if (stated && /^(2004|cam 1\.3|1\.3)/i.test(stated)) return '2004'
  if (stated === '1.2') return '1.2'
  return /adlcp_v1p3|imsss/.test(xml) ? '2004' : '1.2'
}

/** Applies an item's `parameters` to the launch query the way SCORM's CAM says (`?`/`&`, `#`). */
function withParameters(query: string, hash: string, parameters: string | null) {
  const p = parameters?.trim() ?? ''
  if (p.startsWith('#')) return { query, hash: hash || p }
  const extra = p.replace(/^[?&]+/, '')
  if (!extra) return { query, hash }
  return { query: query ? `${query}&${extra}` : `?${extra}`, hash }
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The launch path of a resource: its `href` under the `xml:base` of the manifest, the resources
 * and the resource (each a folder), percent-decoded. Null for a URL outside the package (another
 * site); a path climbing out of the package (`../`, `/`) refuses the package.
 */
function launchOf(bases: (string | null)[], href: string, parameters: string | null) {
  const refs = [...bases.filter((b): b is string => !!b?.trim()), href].map((r) => r.trim())
  if (refs.some((r) => /^[a-z][a-z0-9+.-]*:/i.test(r) || r.startsWith('//'))) return null
  const [, path = '', query = '', hash = ''] = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href.trim()) ?? []
  const folders = refs.slice(0, -1).map((b) => (b.endsWith('/') ? b : `${b}/`))
  const joined = [...folders, path].join('').replace(/\\/g, '/')
  if (joined.startsWith('/')) throw packageError('scorm:errors.unsafePath')
  const parts: string[] = []
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.length === 0) throw packageError('scorm:errors.unsafePath')
      parts.pop()
    } else parts.push(decode(segment))
  }
  const file = safeEntryPath(parts.join('/'))
  if (!file) throw packageError('scorm:errors.unsafePath')
  const params = withParameters(query, hash, parameters)
  return { file, launchPath: `${file}${params.query}${params.hash}` }
}

/**
 * Reads `imsmanifest.xml`: the default organization (or the first), its first item, in document
 * order, whose resource has an `href`, and that item's parameters. Only that SCO is launched.
 * Throws a package error when the XML is not a manifest or names nothing to launch.
 */
export function parseManifest(xml: string): Manifest & { launchFile: string } {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const root = doc.documentElement as unknown as El | null
  if (!root || localName(root) !== 'manifest') throw packageError('scorm:errors.badManifest')
  const resourcesEl = childrenNamed(root, 'resources')[0]
  const organizations = childrenNamed(root, 'organizations')[0]
  if (!resourcesEl || !organizations) throw packageError('scorm:errors.noLaunch')
  const byId = new Map(
    childrenNamed(resourcesEl, 'resource').map((r) => [r.getAttribute('identifier') ?? '', r]),
  )
  const orgs = childrenNamed(organizations, 'organization')
  const wanted = organizations.getAttribute('default')
  const org = orgs.find((o) => o.getAttribute('identifier') === wanted) ?? orgs[0]
  for (const item of org ? descendantsNamed(org, 'item') : []) {
    const resource = byId.get(item.getAttribute('identifierref') ?? '')
    const href = resource?.getAttribute('href')
    if (!resource || !href?.trim()) continue
    const bases = [root, resourcesEl, resource].map((el) => el.getAttribute('xml:base'))
    const launch = launchOf(bases, href, item.getAttribute('parameters'))
    if (!launch) continue
    return {
      version: versionOf(root, xml),
      launchPath: launch.launchPath,
      launchFile: launch.file,
      title: titleOf(org) || titleOf(item) || null,
    }
  }
  throw packageError('scorm:errors.noLaunch')
}
