// A form's boxes take their most characters from the contract main enforces:
// the limits read from a channel's input schema are the schema's own.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { clientContactInputSchema } from '../../shared/contract/contacts';
import { subjectAccessChannels } from '../../shared/contract/subject-access';
import { lengthLimitsOf } from '../../shared/contract/length-limits';
import { fieldLimits } from '../../shared/contract/limits';

describe("a channel's length limits", () => {
  it('are read through optional, nullable and defaulted fields, and only for text', () => {
    const schema = z.strictObject({
      name: z.string().trim().min(1).max(150),
      address: z.string().max(500).optional(),
      note: z.string().max(40).nullable().default(null),
      free: z.string(),
      count: z.number().max(10),
      // A list's items are not the field: a list of ids has no length limit of its own.
      ids: z.array(z.string().max(64)),
    });
    expect(lengthLimitsOf(schema)).toEqual({ name: 150, address: 500, note: 40 });
    expect(lengthLimitsOf(z.string().max(5))).toEqual({});
  });

  it("are the contract's: a contact's name, phone and email, and a request's requester", () => {
    expect(lengthLimitsOf(clientContactInputSchema)).toMatchObject({
      name: fieldLimits.name,
      phone: fieldLimits.phone,
      email: fieldLimits.email,
    });
    const request = lengthLimitsOf(subjectAccessChannels['subjectAccess.logRequest'].input);
    expect(request).toMatchObject({ requesterName: 150, requesterAddress: 500 });
    // A name one character over is what main refuses.
    const over = subjectAccessChannels['subjectAccess.logRequest'].input.shape.requesterName.safeParse('x'.repeat(151));
    expect(over.success).toBe(false);
  });
});
