// The longest text each field of a channel's input may hold, read from the
// shared schema main enforces, so a box stops where main would refuse and the
// limit is written once, in the contract.
import { z, type ZodType } from 'zod';

export type LengthLimits = Partial<Record<string, number>>;

/** For an object schema, each text field's maximum length; a field with none, or not text, is left out. */
export function lengthLimitsOf(schema: ZodType): LengthLimits {
  if (!(schema instanceof z.ZodObject)) return {};
  const limits: LengthLimits = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, ZodType>)) {
    const text = innerText(field);
    if (text?.maxLength != null) limits[key] = text.maxLength;
  }
  return limits;
}

/** The text inside an optional, nullable or defaulted field (not a list's items). */
function innerText(field: ZodType): z.ZodString | undefined {
  let inner: ZodType = field;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault)
    inner = inner.unwrap() as ZodType;
  return inner instanceof z.ZodString ? inner : undefined;
}
