import nodemailer from 'nodemailer'

export type MailMessage = { to: string; subject: string; text: string }

/** Delivers a message. Ura writes every message to its outbox first (see modules/mail). */
export type Mailer = {
  /** False when no SMTP server is configured: messages stay in the outbox for admins to read. */
  readonly isConfigured: boolean
  deliver(message: MailMessage): Promise<void>
}

export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) {
    return {
      isConfigured: false,
      deliver: async () => {},
    }
  }
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    isConfigured: true,
    deliver: async (message) => {
      await transport.sendMail({ from, ...message })
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
