import nodemailer, { type SendMailOptions } from 'nodemailer'
import { describe, expect, it } from 'vitest'
import { createMailer, type MailTransport } from './mailer.ts'

/** A transport that builds the message as an SMTP server would receive it, and keeps it. */
function sink() {
  const stream = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  })
  const raw: string[] = []
  const transport: MailTransport = {
    sendMail: async (options: SendMailOptions) => {
      const info = await stream.sendMail(options)
      raw.push(String(info.message))
      return info
    },
  }
  return { transport, raw }
}

describe('createMailer', () => {
  it('[MAIL][SMTP]: sends a text and an HTML part, with Content-Language', async () => {
    const { transport, raw } = sink()
    const mailer = createMailer(undefined, 'Ura <ura@school.test>', transport)
    expect(mailer.isConfigured).toBe(true)
    await mailer.deliver({
      to: 'drita@school.test',
      subject: 'Rivendosni fjalëkalimin',
      text: 'Përshëndetje Drita',
      html: '<!DOCTYPE html><html lang="sq"><body><p>Përshëndetje Drita</p></body></html>',
      language: 'sq',
    })
    const message = raw[0] ?? ''
    expect(message).toMatch(/^Content-Language: sq$/m)
    expect(message).toMatch(/^Content-Type: multipart\/alternative;/m)
    expect(message).toMatch(/^Content-Type: text\/plain; charset=utf-8$/m)
    expect(message).toMatch(/^Content-Type: text\/html; charset=utf-8$/m)
    expect(message).toContain('From: Ura <ura@school.test>')
    expect(message).toContain('To: drita@school.test')
  })

  it('[MAIL][SMTP]: without SMTP nothing is sent and the mailer says so', async () => {
    const mailer = createMailer(undefined, 'Ura <ura@school.test>')
    expect(mailer.isConfigured).toBe(false)
    await expect(mailer.deliver({ to: 'a@b.test', subject: 's', text: 't' })).resolves.toBe(
      undefined,
    )
  })
})
