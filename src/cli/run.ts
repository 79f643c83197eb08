import { type ParseArgsOptionsConfig, parseArgs } from 'node:util'
import pino from 'pino'
import { type Database, openDb } from '#src/db/client.ts'
import { runMigrations } from '#src/db/migrate.ts'
import { type Deps, systemCtx } from '#src/lib/context.ts'
import { type Env, EnvError, loadEnv } from '#src/lib/env.ts'
import { AppError } from '#src/lib/errors.ts'
import { createMailer } from '#src/lib/mailer.ts'
import { isDatabaseEmpty, loadDemoData } from '#src/modules/demo/index.ts'
import { sendEventReminders } from '#src/modules/events/index.ts'
import { seedFundingOpportunities, sendFundingReminders } from '#src/modules/funding/index.ts'
import { sendCourseReminders } from '#src/modules/learning/index.ts'
import { purgeOldOutbox } from '#src/modules/mail/index.ts'
import { purgeExpiredSensitiveData } from '#src/modules/mobility/index.ts'
import { CliError, type CliIo, describeAppError } from './io.ts'
import { createOrg, createOrgOptions, parseCreateOrg } from './organisations.ts'
import { sendReminders } from './reminders.ts'
import { createToken, createTokenOptions, parseCreateToken } from './tokens.ts'
import { commandUsage, usage } from './usage.ts'
import { createUser, createUserOptions, parseCreateUser } from './users.ts'

export type { CliIo } from './io.ts'

type Command = {
  options: ParseArgsOptionsConfig
  parse(values: Record<string, unknown>): unknown
  run(deps: Deps, input: never, io: CliIo, database: Database): Promise<number>
}

const COMMANDS: Record<string, Command> = {
  migrate: {
    options: {},
    parse: () => null,
    run: async (deps, _input, io, database) => {
      const where =
        database.kind === 'pglite' ? `embedded database in ${deps.env.dataDir}` : 'PostgreSQL'
      io.stdout.write(`The ${where} is up to date.\n`)
      return 0
    },
  },
  'create-org': { options: createOrgOptions, parse: parseCreateOrg, run: createOrg },
  'create-user': { options: createUserOptions, parse: parseCreateUser, run: createUser },
  'create-token': { options: createTokenOptions, parse: parseCreateToken, run: createToken },
  'send-event-reminders': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const sent = await sendEventReminders(systemCtx(deps))
      io.stdout.write(`Event reminders sent: ${sent}.\n`)
      return 0
    },
  },
  'send-course-reminders': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const run = await sendCourseReminders(systemCtx(deps))
      io.stdout.write(
        `Course reminders: ${run.mails} e-mail(s) queued to members of ${run.cohorts} cohort(s).\n`,
      )
      return 0
    },
  },
  'send-funding-reminders': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const run = await sendFundingReminders(systemCtx(deps))
      io.stdout.write(
        `Funding reminders: ${run.mails} e-mail(s) queued for ${run.deadlines} deadline(s).\n`,
      )
      return 0
    },
  },
  'seed-funding': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const added = await seedFundingOpportunities(deps.db)
      io.stdout.write(
        `Funding register: ${added} seeded ${added === 1 ? 'opportunity' : 'opportunities'} added (those already present are kept as they are).\n`,
      )
      return 0
    },
  },
  'purge-sensitive': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const purged = await purgeExpiredSensitiveData(systemCtx(deps))
      io.stdout.write(
        `Deleted the medical and emergency data of ${purged} ${purged === 1 ? 'mobility' : 'mobilities'} (${deps.env.medicalRetentionDays} days after return).\n`,
      )
      return 0
    },
  },
  'purge-outbox': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      const purged = await purgeOldOutbox(systemCtx(deps))
      io.stdout.write(
        `Deleted ${purged} ${purged === 1 ? 'e-mail' : 'e-mails'} from the outbox (sent, failed or kept more than ${deps.env.outboxRetentionDays} days ago).\n`,
      )
      return 0
    },
  },
  'demo-data': {
    options: {},
    parse: () => null,
    run: async (deps, _input, io) => {
      if (!(await isDatabaseEmpty(deps.db))) {
        io.stdout.write(
          'The database already holds data; demo data loads only into an empty one.\n',
        )
        return 0
      }
      const accounts = await loadDemoData(deps)
      const lines = accounts.map(
        (a) => `  ${a.role.padEnd(22)} ${a.login.padEnd(40)} ${a.password}`,
      )
      io.stdout.write(`Demo data loaded. Sign in with:\n${lines.join('\n')}\n`)
      return 0
    },
  },
  'send-reminders': { options: {}, parse: () => null, run: sendReminders },
}

/** A logger on stderr, so that stdout carries only what a command prints (a token, say). */
function cliLogger(env: Env, io: CliIo) {
  const level = io.env.LOG_LEVEL ? env.logLevel : 'warn'
  return pino(
    { level, base: { service: 'ura-cli' } },
    { write: (line: string) => io.stderr.write(line) },
  )
}

/**
 * Runs one operator command with the server's configuration. Returns the exit code: 0 done,
 * 1 failed (bad configuration, a conflict, something missing), 2 wrong usage.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(usage())
    return 0
  }
  const spec = command ? COMMANDS[command] : undefined
  if (!spec) {
    io.stderr.write(
      `${command ? `Unknown command "${command}".` : 'No command given.'}\n\n${usage()}`,
    )
    return 2
  }
  let input: unknown
  try {
    const { values } = parseArgs({
      args: rest,
      options: spec.options,
      strict: true,
      allowPositionals: false,
    })
    input = spec.parse(values)
  } catch (err) {
    const message = err instanceof CliError ? err.message : (err as Error).message
    io.stderr.write(`${message}\n\n${commandUsage(command!)}`)
    return 2
  }

  let env: Env
  try {
    env = loadEnv(io.env)
  } catch (err) {
    if (err instanceof EnvError) {
      io.stderr.write(`${err.message}\n`)
      return 1
    }
    throw err
  }

  let database: Database | undefined
  try {
    database = await openDb({
      databaseUrl: env.databaseUrl,
      dataDir: env.dataDir,
      pgliteSharedBuffers: env.pgliteSharedBuffers,
    })
    await runMigrations(database)
    const deps: Deps = {
      db: database.db,
      env,
      log: cliLogger(env, io),
      mailer: createMailer(env.smtpUrl, env.mailFrom),
      now: () => new Date(),
    }
    return await spec.run(deps, input as never, io, database)
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`${err.message}\n`)
      return err.exitCode
    }
    if (err instanceof AppError) {
      io.stderr.write(`${describeAppError(err)}\n`)
      return 1
    }
    io.stderr.write(`Failed: ${(err as Error).message}\n`)
    return 1
  } finally {
    await database?.close()
  }
}
