// The plan being worked on: its content as the adviser edits it, saved a
// moment after each change (nothing typed waits for a Save button), and
// main's view of the plan (versions, pictures) as each save returns it.
import { useCallback, useState } from 'react';
import type { PlanContent } from '../../../shared/action-plans';
import type { Plan } from '../../../shared/contract/plans';
import { call } from '../api/client';
import type { FieldErrors } from '../app/field-errors';
import { useAutosave, type Autosave, type SaveOutcome } from '../autosave/use-autosave';
import { planFieldErrors } from './plan-errors';

export type PlanDraft = {
  plan: Plan;
  content: PlanContent;
  errors: FieldErrors;
  autosave: Autosave<'draft', PlanContent>;
  /** Applies an edit and schedules the save. */
  update(change: (content: PlanContent) => PlanContent): void;
  /** Takes main's plan as it now stands (after finalising, review or a new picture). */
  accept(plan: Plan, options?: { isContentReplaced: boolean }): void;
};

export function usePlanDraft(initial: Plan): PlanDraft {
  const [plan, setPlan] = useState(initial);
  const [content, setContent] = useState(initial.draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const planId = initial.id;

  const save = useCallback(
    async (_key: 'draft', value: PlanContent): Promise<SaveOutcome> => {
      const result = await call('plans.saveDraft', { planId, content: value });
      if (!result.ok) {
        const fieldErrors = planFieldErrors(result.error.message);
        setErrors(fieldErrors);
        const message =
          Object.keys(fieldErrors).length > 0
            ? 'Something needs correcting: see the marked boxes.'
            : result.error.message;
        return { ok: false, code: result.error.code, message };
      }
      setErrors({});
      setPlan(result.value);
      return { ok: true, savedAt: result.value.updatedAt };
    },
    [planId],
  );
  const autosave = useAutosave(save);
  const { schedule } = autosave;

  const update = useCallback(
    (change: (current: PlanContent) => PlanContent) => {
      const next = change(content);
      setContent(next);
      schedule('draft', next);
    },
    [content, schedule],
  );

  const accept = useCallback(
    (next: Plan, { isContentReplaced }: { isContentReplaced: boolean } = { isContentReplaced: false }) => {
      setPlan(next);
      if (isContentReplaced) setContent(next.draft);
      else setContent((current) => ({ ...current, imageIds: next.draft.imageIds }));
    },
    [],
  );

  return { plan, content, errors, autosave, update, accept };
}
