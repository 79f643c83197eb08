import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'

/**
 * One message as it leaves Ura: the plain text and, when given, its HTML rendering of the same
 * content, written in `language` (a BCP 47 tag, sent as `Content-Language`).
 */
export type MailMessage = {
  to: string
  subject: string
  text: string
  html?: string
  language?: string
}

/** Delivers a message. Ura writes every message to its outbox first (see modules/mail). */
export type Mailer = {
  /** False when no SMTP server is configured: messages stay in the outbox for admins to read. */
  readonly isConfigured: boolean
  deliver(message: MailMessage): Promise<void>
}

/** What nodemailer is asked to send for a message: the `Content-Language` header and both parts. */
export function toSendMailOptions(message: MailMessage, from: string): SendMailOptions {
  const { language, html, ...rest } = message
  return {
    from,
    ...rest,
    ...(html ? { html } : {}),
    ...(language ? { headers: { 'Content-Language': language } } : {}),
  }
}

/** The part of a nodemailer transport Ura uses. */
export type MailTransport = Pick<Transporter, 'sendMail'>

export function createMailer(
  smtpUrl: string | undefined,
  from: string,
  transport: MailTransport | undefined = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined,
): Mailer {
  if (!transport) {
    return {
      isConfigured: false,
      deliver: async () => {},
    }
  }
  return {
    isConfigured: true,
    deliver: async (message) => {
      await transport.sendMail(toSendMailOptions(message, from))
    },
  }
}

/** For tests: records what would have been sent. */
export function createRecordingMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = []
  return {
    isConfigured: true,
    sent,
    deliver: async (message) => {
      sent.push(message)
    },
  }
}
