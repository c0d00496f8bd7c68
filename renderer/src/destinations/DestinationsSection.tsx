// A client's destinations on their page: where they intend to go, the
// September Guarantee offer, and what they actually did, newest first, with
// what earlier interviews wrote as free text kept beside them; and marking a
// leaver, whose record stays.
import { useRef, useState } from 'react';
import {
  destinationSourceLabels,
  offerStatusLabels,
  type ClientDestinations,
} from '../../../shared/contract/destinations';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { FormAlert } from '../components/FormAlert';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import type { DestinationFormKind } from './DestinationForm';
import { RecordDestination } from './RecordDestination';
import { LeftSchool } from './LeftSchool';
import './destinations.css';

type Props = { clientId: string; yearGroup: number | null };

const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');

export function DestinationsSection({ clientId, yearGroup }: Props) {
  const destinations = useQuery('destinations.forClient', { clientId });
  const [shown, setShown] = useState<ClientDestinations | null>(null);
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = shown ?? destinations.value;

  const saved = (value: ClientDestinations, message: string) => {
    setShown(value);
    setProblem('');
    setDone(message);
  };

  const remove = async (kind: DestinationFormKind, id: string) => {
    const result = await call('destinations.remove', { clientId, kind, id });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saved(result.value, 'Entry taken out.');
    headingRef.current?.focus();
  };

  const removeButton = (kind: DestinationFormKind, id: string, what: string) => (
    <button type="button" className="link-button" aria-label={`Take out ${what}`} onClick={() => void remove(kind, id)}>
      Take out
    </button>
  );

  return (
    <section className="panel destinations" aria-labelledby="destinations-heading">
      <h2 id="destinations-heading" ref={headingRef} tabIndex={-1}>
        Destinations
      </h2>
      {!current ? (
        <LoadingOrProblem query={destinations} what="destinations" problemWhat="The destinations" />
      ) : (
        <>
          <h3>Intended destination</h3>
          {current.intended.length === 0 ? (
            <p className="not-recorded">No intended destination recorded yet.</p>
          ) : (
            <ul className="plain-list destination-list">
              {current.intended.map((entry, index) => (
                <li key={entry.id}>
                  <span className="destination-date">{formatDate(entry.recordedOn)}</span>{' '}
                  <strong>{entry.description}</strong>
                  {index === 0 ? <span className="destination-latest"> (latest)</span> : null}
                  <div className="destination-detail">
                    {joined(entry.provider, entry.course, entry.level ? `level ${entry.level}` : '')}
                    {entry.provider || entry.course || entry.level ? '. ' : ''}
                    Source: {destinationSourceLabels[entry.source].toLowerCase()}.{' '}
                    {removeButton('intended', entry.id, `the intended destination of ${formatDate(entry.recordedOn)}`)}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {current.writtenAtInterviews.length > 0 ? (
            <>
              <h3>Written at interviews</h3>
              <ul className="plain-list destination-list">
                {current.writtenAtInterviews.map((entry) => (
                  <li key={entry.interviewId}>
                    <span className="destination-date">{formatDate(entry.heldOn)}</span> {entry.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>September Guarantee</h3>
          {current.offers.length === 0 ? (
            <p className="not-recorded">No offer recorded.</p>
          ) : (
            <ul className="plain-list destination-list">
              {current.offers.map((offer) => (
                <li key={offer.id}>
                  <span className="destination-date">{formatDate(offer.recordedOn)}</span>{' '}
                  <strong>{offerStatusLabels[offer.status]}</strong> (Year {offer.yearGroup} leaver)
                  {offer.provider ? `: ${offer.provider}` : ''}.{' '}
                  {removeButton('offer', offer.id, `the offer of ${formatDate(offer.recordedOn)}`)}
                </li>
              ))}
            </ul>
          )}
          <h3>What they are doing</h3>
          {current.activities.length === 0 ? (
            <p className="not-recorded">No activity recorded.</p>
          ) : (
            <ul className="plain-list destination-list">
              {current.activities.map((activity) => (
                <li key={activity.id}>
                  <strong>{activity.description}</strong>
                  {activity.provider ? `: ${activity.provider}` : ''}
                  <div className="destination-detail">
                    {activity.startsOn ? `Started ${formatDate(activity.startsOn)}. ` : ''}
                    {activity.verifiedOn
                      ? `Confirmed ${formatDate(activity.verifiedOn)}${activity.verifiedHow ? ` (${activity.verifiedHow})` : ''}. `
                      : 'Not yet confirmed. '}
                    {removeButton('activity', activity.id, `the activity ${activity.description}`)}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <FormAlert id="destinations-problem" message={problem} />
          <StatusMessage id="destinations-done" message={done} />
          <RecordDestination
            kinds={['intended', 'offer', 'activity']}
            clientId={clientId}
            yearGroup={yearGroup}
            isFirstMain
            onSaved={saved}
          />
          <LeftSchool clientId={clientId} leftInYear={current.leftInYear} onChanged={saved} />
        </>
      )}
    </section>
  );
}
