import { describe, expect, it } from 'vitest'
import { cleanFileName, sniffFileType } from './files.ts'

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  )

describe('file types from magic bytes', () => {
  it('[CALLS][FILES]: PDF, JPEG, PNG, WebP and HEIC are recognised by their first bytes', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf')
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg')
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'image/png',
    )
    expect(sniffFileType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp')
    expect(sniffFileType(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]))).toBe('image/heic')
  })

  it('[CALLS][FILES]: anything else is refused, whatever its name says', () => {
    expect(sniffFileType(bytes('MZ\x90\x00'))).toBeNull()
    expect(sniffFileType(bytes('<html><script>'))).toBeNull()
    expect(sniffFileType(bytes('PK\x03\x04'))).toBeNull()
    expect(sniffFileType(new Uint8Array())).toBeNull()
  })

  it('[CALLS][FILES]: names lose their folders and control characters', () => {
    expect(cleanFileName('C:\\Users\\ardit\\pasaporta.pdf')).toBe('pasaporta.pdf')
    expect(cleanFileName('../../etc/passwd')).toBe('passwd')
    expect(cleanFileName('a"b\n.pdf')).toBe('ab.pdf')
    expect(cleanFileName('')).toBe('file')
  })
})
