import pino from 'pino'

/** Structured JSON logs. Secrets are redacted wherever they might be passed in. */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'ura' },
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'headers.cookie',
        'headers.authorization',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  })
}

export type Logger = pino.Logger
