// Before a Welsh or bilingual plan goes out: the parts the adviser has written
// in English but not yet in Welsh, each a button to its Welsh box. The document
// itself never says a part is missing; this list is the only place it shows.
import type { PlanContent } from '../../../shared/action-plans';
import { missingWelsh } from '../../../shared/plan-language';

type Props = { content: PlanContent };

/** The Welsh box for a part: "actions.2.textCy" is the box with id "plan-action-2-text-cy". */
export function welshFieldId(path: string): string {
  const [first, index, field] = path.split('.');
  if (first === 'goalCy') return 'plan-goal-cy';
  const kind = first === 'sections' ? 'section' : 'action';
  return `plan-${kind}-${index}-${(field ?? '').replace(/Cy$/, '')}-cy`;
}

export function WelshToWrite({ content }: Props) {
  const missing = missingWelsh(content);
  if (missing.length === 0) {
    return (
      <p className="notice notice-info" id="plan-welsh-status">
        Every part has its Welsh.
      </p>
    );
  }
  return (
    <aside className="notice notice-info welsh-to-write" aria-labelledby="plan-welsh-heading" id="plan-welsh-status">
      <h3 id="plan-welsh-heading">Still to write in Welsh ({missing.length})</h3>
      <p>
        Until they are written, a Welsh copy prints these parts in English, and a bilingual copy prints them in English
        only.
      </p>
      <ul>
        {missing.map((part) => (
          <li key={part.path}>
            <button
              type="button"
              className="link-button"
              onClick={() => document.getElementById(welshFieldId(part.path))?.focus()}
            >
              {part.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
