// A field the form's problem is about points at it (FormActions' alert,
// `<idPrefix>-problem`) while it shows, so a screen reader reads it with the field.
import type { FormStatus } from './use-form';

export function describedByProblem(idPrefix: string, status: Pick<FormStatus, 'problem'>): string[] {
  return status.problem ? [`${idPrefix}-problem`] : [];
}
