import { type Deps, systemCtx } from '#src/lib/context.ts'
import { sendRenewalReminders } from '#src/modules/network/index.ts'
import type { CliIo } from './io.ts'

/**
 * `send-reminders`: renewal reminders for partner agreements that end within 90 or 30 days.
 * Safe to run as often as wanted: each reminder goes out once (see `sendRenewalReminders`).
 */
export async function sendReminders(deps: Deps, _input: null, io: CliIo): Promise<number> {
  const run = await sendRenewalReminders(systemCtx(deps))
  io.stdout.write(
    `Renewal reminders: ${run.agreements} agreement(s), ${run.mails} e-mail(s) queued.\n`,
  )
  return 0
}
