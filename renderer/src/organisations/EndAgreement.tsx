// Ending an organisation's agreement archives it. It asks for the date and
// checks before doing it, and says plainly that nothing is deleted.
import { useState } from 'react';
import { caseloadChannels } from '../../../shared/contract/caseload';
import { call } from '../api/client';
import { useConfirmFirst } from '../app/use-confirm-first';
import { checkWith } from '../app/use-form';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { DateField } from '../components/DateField';
import { SubmitButton } from '../components/SubmitButton';
import { formatDate, todayInLondon } from '../format/dates';

type Props = { organisationId: string; organisationName: string; onEnded: (endsOn: string) => void };

export function EndAgreement({ organisationId, organisationName, onEnded }: Props) {
  const [endsOn, setEndsOn] = useState(() => todayInLondon());
  const { formRef, errors, status, isAsking, questionRef, ask, confirm, stopAsking } = useConfirmFirst(() =>
    checkWith(caseloadChannels['organisations.endAgreement'].input, { id: organisationId, endsOn }),
  );

  return (
    <section className="panel" aria-labelledby="end-agreement-heading">
      <h2 id="end-agreement-heading">End the agreement</h2>
      <p>
        When you stop working with {organisationName}, end the agreement. The organisation is archived: nothing is
        deleted, and its clients and their records stay in Waymark.
      </p>
      <form ref={formRef} onSubmit={ask} noValidate>
        <DateField
          id="end-agreement-date"
          label="Agreement ends on"
          value={endsOn}
          onChange={(value) => {
            setEndsOn(value);
            stopAsking();
          }}
          error={errors.endsOn}
        />
        {isAsking ? (
          <ConfirmInPlace
            id="end-agreement"
            focusRef={questionRef}
            question={`End the agreement with ${organisationName} on ${formatDate(endsOn)} and archive it? Nothing is deleted.`}
            problem={status.problem}
            isBusy={status.isBusy}
            confirmLabel="Yes, end the agreement"
            busyLabel="Ending the agreement…"
            onConfirm={() =>
              confirm(
                (input) => call('organisations.endAgreement', input),
                () => onEnded(endsOn),
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
