// SMART hints: gentle advice beside an action, never a gate on saving.
import type { SmartHint } from '../../../shared/action-plans';

type Props = { id: string; hints: SmartHint[]; label: string; title?: string };

export function SmartHintList({ id, hints, label, title = 'Worth a thought' }: Props) {
  if (hints.length === 0) return null;
  return (
    <aside id={id} className="smart-hints" aria-label={label}>
      <p className="smart-hints-title">{title}</p>
      <ul>
        {hints.map((hint) => (
          <li key={hint.message}>{hint.message}</li>
        ))}
      </ul>
    </aside>
  );
}
