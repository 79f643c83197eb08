import { describe, expect, it } from 'vitest'
import { EnvError, loadEnv } from './env.ts'

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database in ./data', () => {
    const env = loadEnv({})
    expect(env.port).toBe(3000)
    expect(env.databaseUrl).toBeUndefined()
    expect(env.dataDir).toMatch(/\/data$/)
    expect(env.baseUrl).toBe('http://localhost:3000')
    expect(env.secureCookies).toBe(false)
  })

  it('treats empty strings as unset', () => {
    expect(loadEnv({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined()
  })

  it('lists every invalid variable in one error', () => {
    try {
      loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(EnvError)
      const message = (err as Error).message
      expect(message).toContain('PORT')
      expect(message).toContain('DATABASE_URL')
      expect(message).toContain('LOG_LEVEL')
    }
  })

  it('turns on secure cookies in production', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).secureCookies).toBe(true)
    expect(loadEnv({ NODE_ENV: 'production', URA_SECURE_COOKIES: 'false' }).secureCookies).toBe(
      false,
    )
  })
})
