// The check a typed recovery code must pass before it is sent, beyond the
// contract's (which only wants it present): all six groups of four.
import { isWellFormedRecoveryCode } from '../../../shared/recovery-code';
import type { FieldErrors } from '../app/field-errors';
import { malformedRecoveryCode } from '../app/recovery-code-text';

/** For checkWith's `found`: the recovery code box's problem, or none. */
export function recoveryCodeFound(recoveryCode: string): FieldErrors {
  return isWellFormedRecoveryCode(recoveryCode) ? {} : { recoveryCode: malformedRecoveryCode };
}
