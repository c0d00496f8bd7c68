// The notes of every stage of one interview, autosaved as the adviser types.
import { useCallback, useEffect, useState } from 'react';
import type { Interview } from '../../../shared/contract/interviews';
import { call } from '../api/client';
import { useAutosave, type Autosave, type SaveOutcome } from '../autosave/use-autosave';
import { forgetSavedNotes, rememberUnsavedNotes, unsavedNotesFor } from './unsaved-notes';

export type StageNotes = {
  texts: string[];
  change(stageIndex: number, text: string): void;
  autosave: Autosave<number, string>;
};

export function useStageNotes(interview: Interview): StageNotes {
  const interviewId = interview.id;
  const [texts, setTexts] = useState(() => {
    const initial = interview.stages.map((stage) => stage.notes);
    for (const [stageIndex, text] of unsavedNotesFor(interviewId))
      if (stageIndex < initial.length) initial[stageIndex] = text;
    return initial;
  });

  const save = useCallback(
    async (stageIndex: number, text: string): Promise<SaveOutcome> => {
      const result = await call('interviews.saveNotes', { interviewId, stageIndex, text });
      return result.ok
        ? { ok: true, savedAt: result.value.savedAt }
        : { ok: false, code: result.error.code, message: result.error.message };
    },
    [interviewId],
  );

  const autosave = useAutosave(save, {
    onSaved: (stageIndex, text) => forgetSavedNotes(interviewId, stageIndex, text),
  });
  const { schedule } = autosave;

  // Notes left unsaved when the vault locked are saved as soon as the interview is open again.
  useEffect(() => {
    for (const [stageIndex, text] of unsavedNotesFor(interviewId)) schedule(stageIndex, text);
  }, [interviewId, schedule]);

  const change = useCallback(
    (stageIndex: number, text: string) => {
      setTexts((current) => current.map((existing, index) => (index === stageIndex ? text : existing)));
      rememberUnsavedNotes(interviewId, stageIndex, text);
      schedule(stageIndex, text);
    },
    [interviewId, schedule],
  );

  return { texts, change, autosave };
}
