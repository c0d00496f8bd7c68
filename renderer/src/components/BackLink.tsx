// Returns to the page the adviser came from, named so they know where it goes.
import { backLabel } from '../app/screen';
import { useNavigation } from '../app/navigation';

type Props = { fallbackLabel?: string };

export function BackLink({ fallbackLabel = 'Back to the caseload' }: Props) {
  const { previous, back } = useNavigation();
  return (
    <p className="back-link">
      <button type="button" className="link-button" onClick={() => back()}>
        {previous ? backLabel(previous) : fallbackLabel}
      </button>
    </p>
  );
}
