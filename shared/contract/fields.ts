// Field rules the caseload's forms share: trimmed text with a limit, a required
// text, and a year group.
import { z } from 'zod';
import { yearGroupRange } from '../caseload';

export const text = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`);
export const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} is required.`);
export const yearGroup = z.number().int().min(yearGroupRange.min).max(yearGroupRange.max).nullable();
