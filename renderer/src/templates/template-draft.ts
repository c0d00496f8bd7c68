// A template being edited: stages in order, each with its prompts, and the
// small moves the editor offers (up, down, add, remove).
import type { Template } from '../../../shared/contract/templates';

export type StageDraft = { key: number; title: string; purpose: string; prompts: { key: number; text: string }[] };
export type TemplateDraft = { name: string; stages: StageDraft[] };

let nextKey = 1;
/** React keys that stay with a stage or prompt as it moves. */
export const newKey = () => nextKey++;

export function toTemplateDraft(template: Template): TemplateDraft {
  return {
    name: template.name,
    stages: template.stages.map((stage) => ({
      key: newKey(),
      title: stage.title,
      purpose: stage.purpose,
      prompts: stage.prompts.map((text) => ({ key: newKey(), text })),
    })),
  };
}

export function toTemplateInput(id: string, draft: TemplateDraft) {
  return {
    id,
    name: draft.name.trim(),
    stages: draft.stages.map((stage) => ({
      title: stage.title.trim(),
      purpose: stage.purpose.trim(),
      prompts: stage.prompts.map((prompt) => prompt.text.trim()),
    })),
  };
}

export function moveItem<T>(items: T[], from: number, to: number): T[] {
  if (to < 0 || to >= items.length) return items;
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item !== undefined) moved.splice(to, 0, item);
  return moved;
}

export const emptyStage = (): StageDraft => ({
  key: newKey(),
  title: '',
  purpose: '',
  prompts: [{ key: newKey(), text: '' }],
});
