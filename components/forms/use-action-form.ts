'use client';

import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/core/action-result';
import type { ErrorCode } from '@/lib/core/errors';

/** `reason`: the server's own form-level message (`_form`, an encoded validation message), shown instead of the code's text. */
export type FormOutcome = { kind: 'success'; message?: string } | { kind: 'error'; code: ErrorCode; reason?: string } | null;

/**
 * react-hook-form with the shared zod schema on the client, a server action on submit, and the server's field
 * errors mapped back onto the fields. The server re-validates with the same schema; the client check is a courtesy.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: {
  schema: S;
  action: (input: z.output<S>) => Promise<ActionResult<R>>;
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: R) => void | Promise<void>;
}) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    mode: 'onSubmit',
  });
  const [outcome, setOutcome] = useState<FormOutcome>(null);

  const onSubmit = form.handleSubmit(
    async (values) => {
      setOutcome(null);
      let result: ActionResult<R>;
      try {
        result = await action(values);
      } catch {
        result = { ok: false, error: 'UNEXPECTED' };
      }
      if (result.ok) {
        setOutcome({ kind: 'success' });
        await onSuccess?.(result.data);
        return;
      }
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field === '_form') continue;
        form.setError(field as Path<z.input<S>>, { type: 'server', message: messages[0] });
      }
      setOutcome({ kind: 'error', code: result.error, reason: result.fieldErrors?._form?.[0] });
    },
    () => setOutcome({ kind: 'error', code: 'INVALID_INPUT' }),
  );

  return { form, onSubmit, outcome, setOutcome };
}
