// Destinations during an interview: the latest intended destination and
// offer on record, and recording a new one there and then, tied to this
// interview. Text an earlier version of Waymark kept as free text is shown
// as it was written.
import { useState } from 'react';
import { offerStatusLabels, type ClientDestinations } from '../../../shared/contract/destinations';
import { useQuery } from '../api/use-query';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import { RecordDestination } from './RecordDestination';

type Props = { clientId: string; interviewId: string; yearGroup: number | null; writtenText: string };

export function InterviewDestination({ clientId, interviewId, yearGroup, writtenText }: Props) {
  const destinations = useQuery('destinations.forClient', { clientId });
  const [shown, setShown] = useState<ClientDestinations | null>(null);
  const [done, setDone] = useState('');
  const current = shown ?? destinations.value;
  const latest = current?.intended[0];
  const offer = current?.offers[0];

  return (
    <div className="interview-destination">
      <h3>Destination</h3>
      {writtenText ? (
        <p>
          <span className="destination-latest">Written at this interview: </span>
          {writtenText}
        </p>
      ) : null}
      <p>
        {latest ? (
          <>
            Intended: <strong>{latest.description}</strong>
            {latest.provider ? `, ${latest.provider}` : ''}{' '}
            <span className="destination-latest">({formatDate(latest.recordedOn)})</span>
          </>
        ) : (
          <span className="not-recorded">No intended destination recorded yet.</span>
        )}
        {offer ? (
          <>
            {' '}
            Offer: <strong>{offerStatusLabels[offer.status]}</strong>
            {offer.provider ? `, ${offer.provider}` : ''}.
          </>
        ) : null}
      </p>
      <StatusMessage id="interview-destination-done" message={done} />
      <RecordDestination
        kinds={['intended', 'offer']}
        clientId={clientId}
        interviewId={interviewId}
        yearGroup={yearGroup}
        onSaved={(value, message) => {
          setShown(value);
          setDone(message);
        }}
      />
    </div>
  );
}
