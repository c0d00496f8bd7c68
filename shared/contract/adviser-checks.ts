// Channels for the adviser's own checks (DBS, indemnity insurance, CDI
// registration): what was checked, when, and when it falls due.
import { z } from 'zod';
import { isoDate } from './dates';
import { adviserCheckKinds } from '../caseload';
import { channel } from './channel';
import { text } from './fields';
import { fieldLimits } from './limits';

export const adviserCheckSchema = z.strictObject({
  kind: z.enum(adviserCheckKinds),
  reference: text(fieldLimits.reference, 'The reference'),
  checkedOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
});

export const adviserChecksChannels = {
  'adviserChecks.list': channel({ input: z.strictObject({}), output: z.array(adviserCheckSchema) }),
  'adviserChecks.save': channel({ input: adviserCheckSchema, output: z.array(adviserCheckSchema) }),
};
