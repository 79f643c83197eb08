import type { Context } from 'hono'
import type { z } from 'zod'
import { readForm, tryForm } from '#src/http/http.ts'
import type { AppEnv } from '#src/http/types.ts'
import type { FieldErrors } from '#src/lib/errors.ts'
import { validate } from '#src/lib/forms.ts'

type C = Context<AppEnv>

/**
 * A form's round trip: read, validate, run the service; 422 with what was typed on bad input.
 */
export async function formStep<S extends z.ZodType, R>(
  c: C,
  options: {
    read: (form: Record<string, unknown>) => unknown
    schema: S
    run: (input: z.output<S>) => Promise<R>
    render: (raw: unknown, errors: FieldErrors) => Response | Promise<Response>
    done: (result: R) => string
  },
) {
  const form = await readForm(c)
  const raw = options.read(form)
  const parsed = validate(options.schema, raw)
  if (!parsed.ok) {
    c.status(422)
    return options.render(raw, parsed.errors)
  }
  const result = await tryForm(() => options.run(parsed.data))
  if (!result.ok) {
    c.status(result.status)
    return options.render(raw, result.errors)
  }
  return c.redirect(options.done(result.value), 303)
}
