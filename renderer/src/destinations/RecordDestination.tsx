// Recording a destination in place, on the client's page or during an
// interview: a button for each kind offered, and the form for the one chosen.
import { useState } from 'react';
import type { ClientDestinations } from '../../../shared/contract/destinations';
import { DestinationForm, type DestinationFormKind } from './DestinationForm';

type Props = {
  kinds: readonly DestinationFormKind[];
  clientId: string;
  yearGroup: number | null;
  /** The interview it is recorded at, when recorded during one. */
  interviewId?: string;
  /** The first button stands out on the client's page; during an interview all stay quiet. */
  isFirstMain?: boolean;
  onSaved: (destinations: ClientDestinations, message: string) => void;
};

const buttonLabels: Record<DestinationFormKind, string> = {
  intended: 'Record an intended destination',
  offer: 'Record an offer',
  activity: 'Record what they are doing',
};

export function RecordDestination({ kinds, clientId, yearGroup, interviewId, isFirstMain = false, onSaved }: Props) {
  const [form, setForm] = useState<DestinationFormKind | null>(null);
  return form ? (
    <DestinationForm
      key={form}
      kind={form}
      clientId={clientId}
      interviewId={interviewId}
      offerYearGroup={yearGroup === 12 ? 12 : 11}
      onSaved={(destinations, message) => {
        setForm(null);
        onSaved(destinations, message);
      }}
      onCancel={() => setForm(null)}
    />
  ) : (
    <div className="actions">
      {kinds.map((kind, index) => (
        <button
          key={kind}
          type="button"
          className={isFirstMain && index === 0 ? 'button' : 'button button-quiet'}
          onClick={() => setForm(kind)}
        >
          {buttonLabels[kind]}
        </button>
      ))}
    </div>
  );
}
