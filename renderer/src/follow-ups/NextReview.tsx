// The client's next review, set or cleared right on their page. It is the
// same date an interview's follow-up date sets, and the one the plan
// document, the caseload and the home page read.
import { useRef, useState, type FormEvent } from 'react';
import { followUpsChannels } from '../../../shared/contract/follow-ups';
import type { ChannelInput } from '../../../shared/contract';
import { call } from '../api/client';
import { useFocusOnOpen } from '../app/use-focus-on-open';
import { checkWith, useDraftForm, type Checked } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { DateField } from '../components/DateField';
import { formatDate } from '../format/dates';
import './follow-ups.css';

type Props = { clientId: string; reviewDueOn: string | null; onChanged: () => void };

export function NextReview({ clientId, reviewDueOn, onChanged }: Props) {
  const [isChanging, setIsChanging] = useState(false);
  const { draft, change, field, formRef, status, submit, setDone } = useDraftForm('next-review', {
    reviewDueOn: reviewDueOn ?? '',
  });
  const dateRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The field takes focus when the form opens; the heading when it closes, as the button pressed has gone.
  useFocusOnOpen(isChanging, dateRef, headingRef);

  // Setting a date and clearing it are the same call: only the date differs.
  const save = (event: FormEvent | null, check: () => Checked<ChannelInput<'followUps.setReviewDue'>>) =>
    submit(event, {
      check,
      send: (input) => call('followUps.setReviewDue', input),
      onSent: (saved) => {
        setIsChanging(false);
        onChanged();
        return saved.reviewDueOn
          ? `The next review is on ${formatDate(saved.reviewDueOn)}.`
          : 'No review date is set now.';
      },
    });

  const setReview = (event: FormEvent) =>
    save(event, () =>
      checkWith(
        followUpsChannels['followUps.setReviewDue'].input,
        { clientId, ...draft },
        draft.reviewDueOn
          ? {}
          : { found: { reviewDueOn: 'Choose the date of the next review, or use Clear the review date.' } },
      ),
    );
  const clear = () => save(null, () => ({ value: { clientId, reviewDueOn: null } }));

  return (
    <section className="panel next-review" aria-labelledby="next-review-heading">
      <h2 id="next-review-heading" ref={headingRef} tabIndex={-1} className="stage-heading">
        Next review
      </h2>
      {isChanging ? (
        <form ref={formRef} onSubmit={setReview} noValidate>
          <DateField
            {...field('reviewDueOn')}
            label="Review due on"
            hint="An interview’s follow-up date also sets this."
            inputRef={dateRef}
          />
          <FormAlert id="next-review-problem" message={status.problem} />
          <div className="actions">
            <BusyButton isBusy={status.isBusy} type="submit">
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
          <FormAlert id="next-review-problem" message={status.problem} />
          <div className="actions">
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                change({ reviewDueOn: reviewDueOn ?? '' });
                setDone('');
                setIsChanging(true);
              }}
            >
              {reviewDueOn ? 'Change the review date' : 'Set a review date'}
            </button>
            {reviewDueOn ? (
              <BusyButton isBusy={status.isBusy} className="button button-quiet" onClick={clear}>
                Clear the review date
              </BusyButton>
            ) : null}
          </div>
        </>
      )}
      <StatusMessage id="next-review-done" message={status.done} />
    </section>
  );
}
