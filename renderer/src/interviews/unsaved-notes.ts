// Notes typed but not yet saved, kept in memory (never on disk) outside any
// component, so a lock that takes the screen away does not take them too:
// when the interview is opened again after unlocking, they come back and are saved.

const unsaved = new Map<string, Map<number, string>>();

export function rememberUnsavedNotes(interviewId: string, stageIndex: number, text: string): void {
  const stages = unsaved.get(interviewId) ?? new Map<number, string>();
  stages.set(stageIndex, text);
  unsaved.set(interviewId, stages);
}

/** Forgets a stage's text once exactly that text is saved. */
export function forgetSavedNotes(interviewId: string, stageIndex: number, text: string): void {
  const stages = unsaved.get(interviewId);
  if (stages?.get(stageIndex) !== text) return;
  stages.delete(stageIndex);
  if (stages.size === 0) unsaved.delete(interviewId);
}

export function unsavedNotesFor(interviewId: string): [number, string][] {
  return [...(unsaved.get(interviewId) ?? [])];
}
