// Channels for the practice itself: its details (name, address, ICO number)
// and the documents made from them (privacy notice, record of processing).
import { z } from 'zod';
import { channel } from './channel';

export const practiceDetailsSchema = z.strictObject({
  businessName: z.string().trim().max(150, 'Keep the business name under 150 characters.'),
  address: z.string().trim().max(500, 'Keep the address under 500 characters.'),
  icoRegistrationNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9]{6,12})?$/, 'An ICO registration number is 6 to 12 letters and digits, such as ZA123456.'),
  dataProtectionContact: z.string().trim().max(300, 'Keep the contact details under 300 characters.'),
});
export type PracticeDetails = z.infer<typeof practiceDetailsSchema>;

export const practiceChannels = {
  'practice.details': channel({ input: z.strictObject({}), output: practiceDetailsSchema }),
  'practice.saveDetails': channel({ input: practiceDetailsSchema, output: practiceDetailsSchema }),
  'practice.document': channel({
    input: z.strictObject({ document: z.enum(['privacy-notice', 'record-of-processing']) }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
};
