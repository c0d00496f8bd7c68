// One stage at a glance: its purpose, the prompts to glance at, and a large
// notes area. Notes save themselves; there is no Save button.
import { useEffect, type RefObject } from 'react';
import type { Interview } from '../../../shared/contract/interviews';
import { autoDirectionLimit, textDirection } from './text-direction';
import { nextStageShortcut, previousStageShortcut } from './use-stage-shortcuts';

type Props = {
  stage: Interview['stages'][number];
  index: number;
  count: number;
  text: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  onMove: (index: number) => void;
  textAreaRef: RefObject<HTMLTextAreaElement | null>;
  describedBy: string;
};

export function StageNotesEditor({
  stage,
  index,
  count,
  text,
  onChange,
  onBlur,
  onMove,
  textAreaRef,
  describedBy,
}: Props) {
  const notesId = 'stage-notes';

  // A huge paste has its direction fixed before it lands: under dir="auto" Chromium takes tens of seconds over it.
  useEffect(() => {
    const area = textAreaRef.current;
    if (!area) return undefined;
    const onBeforeInput = (event: InputEvent) => {
      if (area.dir !== 'auto') return;
      const incoming = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      if (area.value.length + incoming.length > autoDirectionLimit)
        area.dir = textDirection(`${area.value}${incoming}`);
    };
    area.addEventListener('beforeinput', onBeforeInput);
    return () => area.removeEventListener('beforeinput', onBeforeInput);
  }, [textAreaRef]);
  return (
    <section className="stage-workspace" aria-labelledby="stage-heading">
      <p className="stage-count">
        Stage {index + 1} of {count}
      </p>
      <h2 id="stage-heading">{stage.title}</h2>
      {stage.purpose ? <p className="stage-purpose">{stage.purpose}</p> : null}
      {stage.prompts.length > 0 ? (
        <ul className="stage-prompts" aria-label={`Prompts for ${stage.title}`}>
          {stage.prompts.map((prompt, promptIndex) => (
            <li key={`${promptIndex}-${prompt}`}>{prompt}</li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={notesId} className="field-label">
        Notes: {stage.title}
      </label>
      <textarea
        id={notesId}
        ref={textAreaRef}
        className="stage-notes"
        dir={textDirection(text)}
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedBy}
        spellCheck
      />
      <div className="stage-moves">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onMove(index - 1)}
          disabled={index === 0}
          aria-keyshortcuts={previousStageShortcut.aria}
        >
          Previous stage
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onMove(index + 1)}
          disabled={index === count - 1}
          aria-keyshortcuts={nextStageShortcut.aria}
        >
          Next stage
        </button>
      </div>
    </section>
  );
}
