// Whether a handover file carries the client's safeguarding records: off by
// default, and turned on only after the adviser confirms it is their decision.
import { useState } from 'react';
import { formatCount } from '../format/numbers';

type Props = { concernCount: number; isIncluded: boolean; onChange: (isIncluded: boolean) => void };

export function SafeguardingChoice({ concernCount, isIncluded, onChange }: Props) {
  const [isConfirming, setIsConfirming] = useState(false);
  if (concernCount === 0) return <p className="field-hint">There are no safeguarding records for this client.</p>;
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id="handover-safeguarding"
          type="checkbox"
          checked={isIncluded || isConfirming}
          onChange={(event) => {
            if (event.target.checked) setIsConfirming(true);
            else {
              setIsConfirming(false);
              onChange(false);
            }
          }}
          aria-describedby="handover-safeguarding-hint"
        />
        <label htmlFor="handover-safeguarding">Include safeguarding records</label>
        <span id="handover-safeguarding-hint" className="field-hint checkbox-hint">
          {isIncluded
            ? `${formatCount(concernCount, 'safeguarding record')} will go in the file.`
            : `Left out unless you decide otherwise: ${formatCount(concernCount, 'safeguarding record')} stay with you.`}
        </span>
      </div>
      {isConfirming ? (
        <div className="callout" role="group" aria-labelledby="handover-safeguarding-confirm">
          <p id="handover-safeguarding-confirm">
            Safeguarding records go to another adviser only after a decision that they need them to keep this young
            person safe, usually agreed with the designated safeguarding lead. Include them in this file?
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setIsConfirming(false);
                onChange(true);
              }}
            >
              Yes, include safeguarding records
            </button>
            <button type="button" className="button button-quiet" onClick={() => setIsConfirming(false)}>
              No, leave them out
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
