// Retention: the schedule the adviser sets, the clients past it, and those kept for now.
import { useState } from 'react';
import { KeptClients } from './KeptClients';
import { RetentionReview } from './RetentionReview';
import { RetentionScheduleForm } from './RetentionScheduleForm';

export function RetentionView() {
  // A new schedule changes who is past retention; a decision changes who is kept.
  const [scheduleVersion, setScheduleVersion] = useState(0);
  const [decisionVersion, setDecisionVersion] = useState(0);
  return (
    <>
      <RetentionReview
        key={`review-${scheduleVersion}`}
        onDecided={() => setDecisionVersion((current) => current + 1)}
      />
      <KeptClients key={`kept-${scheduleVersion}-${decisionVersion}`} />
      <RetentionScheduleForm onSaved={() => setScheduleVersion((current) => current + 1)} />
    </>
  );
}
