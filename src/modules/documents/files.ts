/**
 * What the library accepts: office documents, PDF and pictures, at most 20 MB. The type is decided
 * by the name's extension AND the file's first bytes, never by what the browser claims, and the
 * file is served back with the type decided here.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OOXML = '[Content_Types].xml'

type Kind = { contentType: string; magic: number[]; marker?: string }

export const FILE_KINDS: Record<string, Kind> = {
  pdf: { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: ZIP,
    marker: OOXML,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: ZIP,
    marker: OOXML,
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: ZIP,
    marker: OOXML,
  },
  odt: {
    contentType: 'application/vnd.oasis.opendocument.text',
    magic: ZIP,
    marker: 'application/vnd.oasis.opendocument.text',
  },
  ods: {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    magic: ZIP,
    marker: 'application/vnd.oasis.opendocument.spreadsheet',
  },
  png: { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
}

/** For the file input's `accept`: a hint to the browser; the server checks again. */
export const ACCEPT = Object.keys(FILE_KINDS)
  .map((ext) => `.${ext}`)
  .join(',')

export type FileProblem = 'missing' | 'tooLarge' | 'type'

/** Looks for an ASCII marker in the first 64 KB (zip entry names and ODF's mimetype are stored plainly). */
function hasMarker(bytes: Uint8Array, marker: string): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65_536))
  return head.includes(marker, 0, 'latin1')
}

/** The checked type of an upload, or why it is refused. */
export function checkFile(
  fileName: string,
  bytes: Uint8Array,
): { ok: true; contentType: string; extension: string } | { ok: false; problem: FileProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'missing' }
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooLarge' }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  const kind = FILE_KINDS[extension]
  if (!kind) return { ok: false, problem: 'type' }
  if (!kind.magic.every((b, i) => bytes[i] === b)) return { ok: false, problem: 'type' }
  if (kind.marker && !hasMarker(bytes, kind.marker)) return { ok: false, problem: 'type' }
  return { ok: true, contentType: kind.contentType, extension }
}

/** A file name safe to store and show: no folders, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim()
  if (clean.length <= 200) return clean || 'file'
  const dot = clean.lastIndexOf('.')
  const ext = dot > 0 ? clean.slice(dot) : ''
  return clean.slice(0, 200 - ext.length) + ext
}

/**
 * Content-Disposition for a download: always an attachment (a user's file is never shown inline
 * as a page of ours), with an ASCII fallback name and the real one in RFC 5987 form.
 */
export function attachmentHeader(fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\;]/g, '') || 'file'
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}
