// The client's next review, set or cleared right on their page. It is the
// same date an interview's follow-up date sets, and the one the plan
// document, the caseload and the home page read.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { DateField } from '../components/DateField';
import { formatDate } from '../format/dates';
import './follow-ups.css';

type Props = { clientId: string; reviewDueOn: string | null; onChanged: () => void };

export function NextReview({ clientId, reviewDueOn, onChanged }: Props) {
  const [isChanging, setIsChanging] = useState(false);
  const [date, setDate] = useState(reviewDueOn ?? '');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const dateRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hasOpenedRef = useRef(false);

  // The field takes focus when the form opens; the heading when it closes, as the button pressed has gone.
  useEffect(() => {
    if (isChanging) dateRef.current?.focus();
    else if (hasOpenedRef.current) headingRef.current?.focus();
    hasOpenedRef.current ||= isChanging;
  }, [isChanging]);

  const save = (next: string | null) =>
    run(async () => {
      setProblem('');
      const result = await call('followUps.setReviewDue', { clientId, reviewDueOn: next });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setDone(next ? `The next review is on ${formatDate(next)}.` : 'No review date is set now.');
      setIsChanging(false);
      onChanged();
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) {
      setProblem('Choose the date of the next review, or use Clear the review date.');
      return;
    }
    void save(date);
  };

  return (
    <section className="panel next-review" aria-labelledby="next-review-heading">
      <h2 id="next-review-heading" ref={headingRef} tabIndex={-1} className="stage-heading">
        Next review
      </h2>
      {isChanging ? (
        <form onSubmit={submit} noValidate>
          <DateField
            id="next-review-date"
            label="Review due on"
            value={date}
            onChange={setDate}
            error={problem}
            hint="An interview’s follow-up date also sets this."
            inputRef={dateRef}
          />
          <div className="actions">
            <BusyButton isBusy={isBusy} type="submit">
              Save the review date
            </BusyButton>
            <button type="button" className="button button-quiet" onClick={() => setIsChanging(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            {reviewDueOn ? (
              <strong>{formatDate(reviewDueOn)}</strong>
            ) : (
              <span className="not-recorded">No review date set.</span>
            )}
          </p>
          <FormAlert id="next-review-problem" message={problem} />
          <div className="actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setDate(reviewDueOn ?? '');
                setDone('');
                setIsChanging(true);
              }}
            >
              {reviewDueOn ? 'Change the review date' : 'Set a review date'}
            </button>
            {reviewDueOn ? (
              <BusyButton isBusy={isBusy} className="button button-quiet" onClick={() => void save(null)}>
                Clear the review date
              </BusyButton>
            ) : null}
          </div>
        </>
      )}
      <StatusMessage id="next-review-done" message={done} />
    </section>
  );
}
