// A channel pairs a zod input schema with an output schema. Handlers and the
// renderer client are typed from these, so nothing is declared twice.
import type { z } from 'zod';

export type Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  /** Only the few calls that open or create the vault are answered while locked. */
  isAvailableWhenLocked?: boolean;
};

export function channel<I extends z.ZodType, O extends z.ZodType>(definition: Channel<I, O>): Channel<I, O> {
  return definition;
}
