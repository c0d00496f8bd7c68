// Safeguarding records on the client page: each concern with whom it was
// reported to and when, recording a new one, and adding the report details
// to one later. Kept out of every copy for anyone else by default.
import { useRef, useState, type Ref } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import type { SafeguardingConcern } from '../../../shared/contract/safeguarding';
import type { Query } from '../api/use-query';
import { useChangedNotice } from '../app/use-changed-notice';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import { ConcernForm } from './ConcernForm';
import './safeguarding.css';

type Props = {
  clientId: string;
  safeguarding: Query<ChannelOutput<'safeguarding.forClient'>>;
  headingRef?: Ref<HTMLHeadingElement>;
};

type Editing = null | 'new' | SafeguardingConcern;

function describeReport(concern: SafeguardingConcern): string {
  if (!concern.reportedTo && !concern.reportedAt) return 'Not yet recorded as reported.';
  const when = concern.reportedAt
    ? ` on ${formatDate(concern.reportedAt.slice(0, 10))}${concern.reportedAt.length > 10 ? ` at ${concern.reportedAt.slice(11, 16)}` : ''}`
    : '';
  return `Reported${concern.reportedTo ? ` to ${concern.reportedTo}` : ''}${when}.`;
}

export function SafeguardingSection({ clientId, safeguarding, headingRef }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const { done, changed } = useChangedNotice(safeguarding.reload);
  const recordRef = useRef<HTMLButtonElement>(null);
  const value = safeguarding.value;

  const finish = (message: string) => {
    setEditing(null);
    changed(message);
    requestAnimationFrame(() => recordRef.current?.focus());
  };

  return (
    <section className="panel" aria-labelledby="safeguarding-heading" id="safeguarding">
      <h2 id="safeguarding-heading" ref={headingRef} tabIndex={-1}>
        Safeguarding
      </h2>
      <p className="field-hint">
        Safeguarding records are left out of shared copies, handovers and subject-access bundles unless you decide
        otherwise.
      </p>
      {!value ? (
        <LoadingOrProblem query={safeguarding} what="safeguarding records" problemWhat="The safeguarding records" />
      ) : (
        <>
          {value.concerns.length === 0 ? (
            <p className="not-recorded">No safeguarding concerns recorded.</p>
          ) : (
            <ul className="plain-list record-list concern-list">
              {value.concerns.map((concern) => (
                <li key={concern.id} className="concern-card" aria-labelledby={`concern-${concern.id}-heading`}>
                  <h3 id={`concern-${concern.id}-heading`}>Concern raised {formatDate(concern.raisedOn)}</h3>
                  <p className="multiline">{concern.whatHappened}</p>
                  <p>
                    {describeReport(concern)}
                    {concern.reference ? ` Reference: ${concern.reference}.` : ''}
                  </p>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Add to the concern raised ${formatDate(concern.raisedOn)}`}
                    onClick={() => setEditing(concern)}
                  >
                    Add to this record
                  </button>
                </li>
              ))}
            </ul>
          )}
          <StatusMessage id="safeguarding-done" message={done} />
          {editing ? (
            <ConcernForm
              key={editing === 'new' ? 'new' : editing.id}
              clientId={clientId}
              concern={editing === 'new' ? null : editing}
              organisation={value.organisation}
              onSaved={(saved) =>
                finish(
                  editing === 'new'
                    ? `Safeguarding concern recorded (raised ${formatDate(saved.raisedOn)}).`
                    : 'Safeguarding record saved.',
                )
              }
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div className="actions">
              <button ref={recordRef} type="button" className="button" onClick={() => setEditing('new')}>
                Record a safeguarding concern
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
