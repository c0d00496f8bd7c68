// The template's stages in order, the current one marked and those with notes
// ticked, with the keys that move between them behind a "?".
import type { Interview } from '../../../shared/contract/interviews';
import { ShortcutHelp } from './ShortcutHelp';

type Props = { stages: Interview['stages']; texts: string[]; currentIndex: number; onChoose: (index: number) => void };

export function StageNavigator({ stages, texts, currentIndex, onChoose }: Props) {
  return (
    <div className="stage-column">
      <nav aria-label="Stages" className="stage-navigator">
        <ol>
          {stages.map((stage, index) => (
            <li key={`${index}-${stage.title}`}>
              <button
                type="button"
                className="stage-link"
                aria-current={index === currentIndex ? 'step' : undefined}
                onClick={() => onChoose(index)}
              >
                <span className="stage-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="stage-title">{stage.title}</span>
                {texts[index]?.trim() ? (
                  <>
                    <span className="stage-done" aria-hidden="true">
                      ✓
                    </span>
                    <span className="visually-hidden"> (has notes)</span>
                  </>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <ShortcutHelp />
    </div>
  );
}
