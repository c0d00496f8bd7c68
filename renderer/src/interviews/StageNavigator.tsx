// The template's stages in order, the current one marked, with the keys that
// move between them.
import type { Interview } from '../../../shared/contract/interviews';
import { nextStageShortcut, previousStageShortcut } from './use-stage-shortcuts';

type Props = { stages: Interview['stages']; texts: string[]; currentIndex: number; onChoose: (index: number) => void };

export function StageNavigator({ stages, texts, currentIndex, onChoose }: Props) {
  return (
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
              {texts[index]?.trim() ? <span className="visually-hidden"> (has notes)</span> : null}
            </button>
          </li>
        ))}
      </ol>
      <p className="shortcut-hint">
        <kbd className="shortcut">{nextStageShortcut.label}</kbd> next stage
        <br />
        <kbd className="shortcut">{previousStageShortcut.label}</kbd> previous stage
      </p>
    </nav>
  );
}
