// Takes one pupil off a list being chosen (a group session's attendees, the
// pupils being booked into a diary session), leaving the others in order.
import type { GroupSessionPupil } from '../../../shared/contract/group-sessions';

type Props = {
  pupil: GroupSessionPupil;
  chosen: Map<string, GroupSessionPupil>;
  onChange: (chosen: Map<string, GroupSessionPupil>) => void;
};

export function TakeOffButton({ pupil, chosen, onChange }: Props) {
  return (
    <button
      type="button"
      className="link-button"
      aria-label={`Take ${pupil.name} off the list`}
      onClick={() => {
        const next = new Map(chosen);
        next.delete(pupil.clientId);
        onChange(next);
      }}
    >
      Take off
    </button>
  );
}
