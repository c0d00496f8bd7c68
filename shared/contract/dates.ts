// A calendar day as the contract carries it: YYYY-MM-DD. The adviser types
// and reads dd/mm/yyyy; the screens turn one into the other (renderer's DateField).
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a real date, such as 12/03/2026.');
