// A short self-assessment the adviser runs with the client: each competency
// of the framework chosen in Settings rated from 1 to 4 in plain words, any
// left unrated, dated the day it happened. Main checks it again and refuses
// a bad one whole.
import { useEffect, useRef, type FormEvent } from 'react';
import { todayInLondon } from '../../../shared/dates';
import { selfAssessmentInputSchema, type ClientProgress } from '../../../shared/contract/progress';
import { frameworks, type FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';

/** Each rated competency's rating, by its key; one left unrated is not there. */
type Ratings = Record<string, number>;
const noRatings: Ratings = {};

type Props = {
  clientId: string;
  calledName: string;
  framework: FrameworkId;
  onSaved: (progress: ClientProgress) => void;
  onCancel: () => void;
};

export function SelfAssessmentForm({ clientId, calledName, framework, onSaved, onCancel }: Props) {
  const { competencies, scale, name, noun } = frameworks[framework];
  const { draft, change, field, formRef, status, submit } = useDraftForm('self-assessment', () => ({
    ratedOn: todayInLondon(),
    ratings: noRatings,
  }));
  const dateRef = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: the keyboard carries on from the form's first field.
  useEffect(() => dateRef.current?.focus(), []);

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => {
        const rated = Object.entries(draft.ratings).map(([competency, rating]) => ({ competency, rating }));
        // No box to mark for "none rated": it is said above the button, in the framework's word.
        const unrated = rated.length === 0 ? { problem: `Rate at least one ${noun.one} before saving.` } : {};
        return checkWith(
          selfAssessmentInputSchema,
          { clientId, ratedOn: draft.ratedOn, framework, ratings: rated },
          unrated,
        );
      },
      send: (input) => call('progress.recordSelfAssessment', input),
      onSent: onSaved,
    });

  return (
    <form
      ref={formRef}
      className="self-assessment"
      onSubmit={save}
      noValidate
      aria-labelledby="self-assessment-heading"
    >
      <h3 id="self-assessment-heading">Self-assessment</h3>
      <p>
        Ask {calledName} how they see themselves now on each of the {noun.many} in the {name}, from 1 (just starting) to{' '}
        {scale.max} (confident). Leave any they would rather not rate.
      </p>
      <DateField {...field('ratedOn')} label="Date of the self-assessment" inputRef={dateRef} />
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
                    checked={(draft.ratings[competency.key] ?? 0) === level.value}
                    onChange={() => change({ ratings: rate(draft.ratings, competency.key, level.value) })}
                  />
                  <label htmlFor={inputId}>{level.value === 0 ? level.label : `${level.value} ${level.label}`}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <FormActions idPrefix="self-assessment" status={status} onCancel={onCancel}>
        Save self-assessment
      </FormActions>
    </form>
  );
}

/** The ratings with one competency's changed (0, "Not rated", takes it out). */
function rate(ratings: Ratings, competency: string, rating: number): Ratings {
  const others = Object.fromEntries(Object.entries(ratings).filter(([key]) => key !== competency));
  return rating === 0 ? others : { ...others, [competency]: rating };
}
