import { linkify } from './linkify.tsx'

/**
 * The HTML part of a message, made from its plain text so both always say the same: a paragraph
 * per blank-line-separated block, line breaks kept, http(s) addresses as links, everything else
 * escaped. No images, styles from elsewhere or tracking; `lang` lets screen readers pick the voice.
 */
export function mailHtml(m: { subject: string; text: string; language: string }): string {
  const paragraphs = m.text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  const page = (
    <html lang={m.language} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{m.subject}</title>
      </head>
      <body style="font-family: sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em">
        {paragraphs.map((block) => (
          <p>
            {block.split('\n').map((line, i) => (
              <>
                {i > 0 && <br />}
                {linkify(line)}
              </>
            ))}
          </p>
        ))}
      </body>
    </html>
  )
  return `<!DOCTYPE html>${page.toString()}`
}
