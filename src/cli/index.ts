import { run } from './run.ts'

export { type CliIo, run } from './run.ts'

// `npm run ura -- <command>` (tsx) and `node dist/cli.mjs <command>` both start here.
if (import.meta.main) {
  process.exitCode = await run(process.argv.slice(2), {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
  })
}
