// A short self-assessment the adviser runs with the client: each competency
// of the framework chosen in Settings rated from 1 to 4 in plain words, any
// left unrated, dated the day it happened. Main checks it again and refuses
// a bad one whole.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { todayInLondon } from '../../../shared/dates';
import type { ClientProgress } from '../../../shared/contract/progress';
import { frameworks, type FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';

type Props = {
  clientId: string;
  calledName: string;
  framework: FrameworkId;
  onSaved: (progress: ClientProgress) => void;
  onCancel: () => void;
};

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function SelfAssessmentForm({ clientId, calledName, framework, onSaved, onCancel }: Props) {
  const { competencies, scale, name, noun } = frameworks[framework];
  const [ratedOn, setRatedOn] = useState(() => todayInLondon());
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [problem, setProblem] = useState('');
  const [dateError, setDateError] = useState('');
  const dateRef = useRef<HTMLInputElement>(null);
  const { isBusy, run } = useSubmission();
  // The button that opened the form is gone: the keyboard carries on from the form's first field.
  useEffect(() => dateRef.current?.focus(), []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDateError('');
      if (!isoDatePattern.test(ratedOn)) {
        setDateError('Enter the date of the self-assessment, such as 12/03/2026.');
        dateRef.current?.focus();
        return;
      }
      const rated = Object.entries(ratings).map(([competency, rating]) => ({ competency, rating }));
      if (rated.length === 0) {
        setProblem(`Rate at least one ${noun.one} before saving.`);
        return;
      }
      const result = await call('progress.recordSelfAssessment', { clientId, ratedOn, framework, ratings: rated });
      if (!result.ok) setProblem(result.error.message);
      else onSaved(result.value);
    });
  };

  return (
    <form className="self-assessment" onSubmit={save} noValidate aria-labelledby="self-assessment-heading">
      <h3 id="self-assessment-heading">Self-assessment</h3>
      <p>
        Ask {calledName} how they see themselves now on each of the {noun.many} in the {name}, from 1 (just starting) to{' '}
        {scale.max} (confident). Leave any they would rather not rate.
      </p>
      <DateField
        id="self-assessment-date"
        label="Date of the self-assessment"
        value={ratedOn}
        onChange={setRatedOn}
        error={dateError}
        inputRef={dateRef}
      />
      {competencies.map((competency) => (
        <fieldset key={competency.key} className="choice-group">
          <legend>{competency.label}</legend>
          <div className="rating-choices">
            {[{ value: 0, label: 'Not rated' }, ...scale.levels].map((level) => {
              const inputId = `self-assessment-${competency.key}-${level.value}`;
              return (
                <div key={level.value} className="radio">
                  <input
                    id={inputId}
                    type="radio"
                    name={`self-assessment-${competency.key}`}
                    checked={(ratings[competency.key] ?? 0) === level.value}
                    onChange={() =>
                      setRatings((current) => {
                        const others = Object.fromEntries(
                          Object.entries(current).filter(([key]) => key !== competency.key),
                        );
                        return level.value === 0 ? others : { ...others, [competency.key]: level.value };
                      })
                    }
                  />
                  <label htmlFor={inputId}>{level.value === 0 ? level.label : `${level.value} ${level.label}`}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <FormActions idPrefix="self-assessment" status={{ problem, done: '', isBusy }} onCancel={onCancel}>
        Save self-assessment
      </FormActions>
    </form>
  );
}
