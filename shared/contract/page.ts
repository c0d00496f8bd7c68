// One page of a long log or list: where it starts and how many rows it holds.
import { z } from 'zod';

export const page = { offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(200) };

/** One page, as a service takes it. */
export type Page = z.infer<z.ZodObject<typeof page>>;
