// When, how and where the interview happened, scores, competencies,
// techniques and outcomes. Saved as it changes, like the notes.
import { useCallback, useState } from 'react';
import { provisionLevelLabels, provisionLevels } from '../../../shared/caseload';
import type { Interview } from '../../../shared/contract/interviews';
import { interviewModeLabels, interviewModes } from '../../../shared/guidance-models';
import { call } from '../api/client';
import { fieldsOf } from '../app/draft-fields';
import type { FieldErrors } from '../app/field-errors';
import { useAutosave, type SaveOutcome } from '../autosave/use-autosave';
import { SaveStatusLine } from '../autosave/SaveStatusLine';
import { SelectField } from '../components/SelectField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { InterviewDestination } from '../destinations/InterviewDestination';
import { InterviewRatings } from '../progress/InterviewRatings';
import { useChosenFramework } from '../progress/use-chosen-framework';
import { CompetencyChoices } from './CompetencyChoices';
import { checkDetails, toDetailsDraft, type DetailsDraft } from './details-draft';
import { ScoreFields } from './ScoreFields';
import { TechniqueChoices } from './TechniqueChoices';

type Props = { interview: Interview; onSaved: (interview: Interview) => void };

const modeOptions = interviewModes.map((mode) => ({ value: mode, label: interviewModeLabels[mode] }));
const provisionOptions = [
  { value: '', label: 'Not changed' },
  ...provisionLevels.map((level) => ({ value: level, label: provisionLevelLabels[level] })),
];

export function InterviewDetailsPanel({ interview, onSaved }: Props) {
  const [draft, setDraft] = useState(() => toDetailsDraft(interview));
  const [errors, setErrors] = useState<FieldErrors>({});
  const interviewId = interview.id;
  const chosen = useChosenFramework();
  // Tags already ticked keep their framework; an untagged interview takes the one chosen in Settings.
  const tagFramework =
    draft.competencies.length > 0 ? draft.competencyFramework : (chosen.framework ?? draft.competencyFramework);

  const save = useCallback(
    async (_key: 'details', value: DetailsDraft): Promise<SaveOutcome> => {
      const checked = checkDetails(value);
      setErrors(checked.errors);
      if (!checked.details)
        return { ok: false, code: 'VALIDATION', message: 'Some details need correcting: see the marked boxes.' };
      const result = await call('interviews.updateDetails', { id: interviewId, details: checked.details });
      if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
      onSaved(result.value);
      return { ok: true, savedAt: result.value.updatedAt ?? new Date().toISOString() };
    },
    [interviewId, onSaved],
  );
  const autosave = useAutosave(save);
  const { schedule } = autosave;

  const update = (change: Partial<DetailsDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    schedule('details', next);
  };
  const field = fieldsOf('details', draft, update, errors);

  return (
    <section className="panel interview-details" aria-labelledby="details-heading">
      <h2 id="details-heading">Details and scores</h2>
      <SaveStatusLine id="details-save-status" status={autosave.status} what="details" />
      <div className="field-row field-row-3">
        <DateField {...field('heldOn')} label="Date" />
        <TextField
          {...field('startsAt')}
          label="Start time"
          hint="For example 09:30"
          inputProps={{ inputMode: 'numeric', maxLength: 5 }}
        />
        <TextField
          {...field('durationMinutes')}
          label="Length in minutes"
          type="number"
          className="number-input"
          inputProps={{ min: 5, max: 480, inputMode: 'numeric' }}
        />
      </div>
      <div className="field-row">
        <SelectField
          {...field('mode')}
          label="How it was held"
          options={modeOptions}
          onChange={(mode) => update({ mode: interviewModes.find((candidate) => candidate === mode) ?? 'in-person' })}
        />
        <TextField {...field('place')} label="Place" inputProps={{ maxLength: 150 }} />
      </div>
      <ScoreFields scores={draft.scores} errors={errors} onChange={(scores) => update({ scores })} />
      {chosen.isLoaded ? (
        <CompetencyChoices
          framework={tagFramework}
          chosen={draft.competencies}
          onChange={(competencies) => update({ competencies, competencyFramework: tagFramework })}
        />
      ) : null}
      <InterviewRatings
        clientId={interview.clientId}
        interviewId={interview.id}
        framework={tagFramework}
        tagged={draft.competencies}
      />
      <TechniqueChoices chosen={draft.techniques} onChange={(techniques) => update({ techniques })} />
      <fieldset className="form-subsection">
        <legend>Outcomes</legend>
        <InterviewDestination
          clientId={interview.clientId}
          interviewId={interview.id}
          yearGroup={null}
          writtenText={interview.intendedDestination}
        />
        <TextField {...field('referralMade')} label="Referral made" inputProps={{ maxLength: 300 }} />
        <div className="field-row">
          <SelectField
            {...field('provisionLevelSet')}
            label="Provision level set"
            options={provisionOptions}
            onChange={(level) =>
              update({ provisionLevelSet: provisionLevels.find((candidate) => candidate === level) ?? '' })
            }
          />
          <DateField {...field('followUpOn')} label="Follow-up date" />
        </div>
      </fieldset>
    </section>
  );
}
