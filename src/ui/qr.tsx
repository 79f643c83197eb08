import { raw } from 'hono/html'
import QRCode from 'qrcode'

/** A QR code as inline SVG (no style attributes: the CSP allows none), with a text alternative. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
  return svg
    .replace(/ style="[^"]*"/g, '')
    .replace(/ (width|height)="[^"]*"/g, '')
    .replace('<svg ', `<svg role="img" aria-label="${escapeAttr(label)}" class="qr" `)
}

function escapeAttr(s: string) {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function QrCode({ svg }: { svg: string }) {
  return <div class="qr-box">{raw(svg)}</div>
}
