// Ending an organisation's agreement archives it. It asks for the date and
// checks before doing it, and says plainly that nothing is deleted.
import { organisationsChannels } from '../../../shared/contract/organisations';
import { call } from '../api/client';
import { useDraftConfirmFirst } from '../app/use-confirm-first';
import { checkWith } from '../app/use-form';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { DateField } from '../components/DateField';
import { SubmitButton } from '../components/SubmitButton';
import { formatDate, todayInLondon } from '../format/dates';

type Props = { organisationId: string; organisationName: string; onEnded: (endsOn: string) => void };

export function EndAgreement({ organisationId, organisationName, onEnded }: Props) {
  const { draft, field, formRef, status, isAsking, questionRef, ask, confirm, stopAsking } = useDraftConfirmFirst(
    'end-agreement',
    () => ({ endsOn: todayInLondon() }),
    (draft) => checkWith(organisationsChannels['organisations.endAgreement'].input, { id: organisationId, ...draft }),
  );

  return (
    <section className="panel" aria-labelledby="end-agreement-heading">
      <h2 id="end-agreement-heading">End the agreement</h2>
      <p>
        When you stop working with {organisationName}, end the agreement. The organisation is archived: nothing is
        deleted, and its clients and their records stay in Waymark.
      </p>
      <form ref={formRef} onSubmit={ask} noValidate>
        <DateField {...field('endsOn')} label="Agreement ends on" />
        {isAsking ? (
          <ConfirmInPlace
            id="end-agreement"
            focusRef={questionRef}
            question={`End the agreement with ${organisationName} on ${formatDate(draft.endsOn)} and archive it? Nothing is deleted.`}
            problem={status.problem}
            isBusy={status.isBusy}
            confirmLabel="Yes, end the agreement"
            busyLabel="Ending the agreement…"
            onConfirm={() =>
              confirm(
                (input) => call('organisations.endAgreement', input),
                () => onEnded(draft.endsOn),
              )
            }
            onCancel={stopAsking}
          />
        ) : (
          <SubmitButton isBusy={false} busyLabel="">
            End agreement…
          </SubmitButton>
        )}
      </form>
    </section>
  );
}
