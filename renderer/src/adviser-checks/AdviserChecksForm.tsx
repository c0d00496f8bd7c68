// The checks schools ask of the adviser: DBS, indemnity insurance and CDI
// registration, each with a reference and dates. Due dates feed the
// reminders on the caseload page.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { adviserCheckLabels, type AdviserCheckKind } from '../../../shared/caseload';
import { fieldLimits } from '../../../shared/contract/limits';
import { call } from '../api/client';
import type { AdviserCheck } from '../api/contract-types';
import { focusFirstInvalid } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';

type CheckDraft = { kind: AdviserCheckKind; reference: string; checkedOn: string; dueOn: string };

const toDraft = (check: AdviserCheck): CheckDraft => ({
  kind: check.kind,
  reference: check.reference,
  checkedOn: check.checkedOn ?? '',
  dueOn: check.dueOn ?? '',
});
const toCheck = (draft: CheckDraft): AdviserCheck => ({
  kind: draft.kind,
  reference: draft.reference.trim(),
  checkedOn: draft.checkedOn || null,
  dueOn: draft.dueOn || null,
});
const isSame = (a: CheckDraft, b: CheckDraft) =>
  a.reference.trim() === b.reference.trim() && a.checkedOn === b.checkedOn && a.dueOn === b.dueOn;

export function AdviserChecksForm() {
  const [saved, setSaved] = useState<CheckDraft[] | null>(null);
  const [drafts, setDrafts] = useState<CheckDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    let isCurrent = true;
    void call('adviserChecks.list', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        setProblem(`Your checks could not be read. ${result.error.message}`);
        return;
      }
      setSaved(result.value.map(toDraft));
      setDrafts(result.value.map(toDraft));
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const update = (kind: AdviserCheckKind, change: Partial<CheckDraft>) =>
    setDrafts((current) => current.map((draft) => (draft.kind === kind ? { ...draft, ...change } : draft)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const found: Record<string, string> = {};
      for (const draft of drafts) {
        if (draft.checkedOn && draft.dueOn && draft.dueOn < draft.checkedOn)
          found[`${draft.kind}-dueOn`] = 'The renewal date is before the date it was checked.';
      }
      flushSync(() => setErrors(found));
      if (Object.keys(found).length > 0) {
        focusFirstInvalid(formRef.current);
        return;
      }
      const changed = drafts.filter(
        (draft) => !saved?.some((previous) => previous.kind === draft.kind && isSame(previous, draft)),
      );
      let latest = saved;
      for (const draft of changed) {
        const result = await call('adviserChecks.save', toCheck(draft));
        if (!result.ok) {
          setProblem(`${adviserCheckLabels[draft.kind]} was not saved. ${result.error.message}`);
          return;
        }
        latest = result.value.map(toDraft);
      }
      setSaved(latest);
      setDone(
        changed.length === 0
          ? 'Nothing had changed.'
          : 'Saved. Renewals due within six weeks are shown on the caseload page.',
      );
    });
  };

  return (
    <section className="panel" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Your checks</h2>
      <p>Schools ask for these. Waymark reminds you on the caseload page six weeks before each is due for renewal.</p>
      <form ref={formRef} onSubmit={submit} noValidate>
        {drafts.map((draft) => (
          <fieldset key={draft.kind} className="form-subsection">
            <legend>{adviserCheckLabels[draft.kind]}</legend>
            <div className="field-row field-row-3">
              <TextField
                id={`${draft.kind}-reference`}
                label="Reference"
                value={draft.reference}
                onChange={(reference) => update(draft.kind, { reference })}
                inputProps={{ maxLength: fieldLimits.reference }}
              />
              <DateField
                id={`${draft.kind}-checkedOn`}
                label="Checked on"
                value={draft.checkedOn}
                onChange={(checkedOn) => update(draft.kind, { checkedOn })}
              />
              <DateField
                id={`${draft.kind}-dueOn`}
                label="Due for renewal on"
                value={draft.dueOn}
                onChange={(dueOn) => update(draft.kind, { dueOn })}
                error={errors[`${draft.kind}-dueOn`]}
              />
            </div>
          </fieldset>
        ))}
        <FormAlert id="checks-problem" message={problem} />
        <StatusMessage id="checks-done" message={done} />
        {saved ? (
          <SubmitButton isBusy={isBusy} busyLabel="Saving…">
            Save checks
          </SubmitButton>
        ) : null}
      </form>
    </section>
  );
}
