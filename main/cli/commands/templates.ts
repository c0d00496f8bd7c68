// `waymark templates`: the guidance templates in the vault, built-in and custom.
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function templatesCommand(options: CommandOptions): Promise<CommandResult> {
  const templates = await withSession(options.vault, ({ call }) => call('templates.list', {}));
  const json = templates.map(({ id, name, builtIn, version, stages }) => ({
    id,
    name,
    builtIn,
    version,
    stages: stages.map(({ title, purpose, prompts }) => ({ title, purpose, prompts })),
  }));
  const lines = templates.map(
    (template) =>
      `${template.name} (${template.builtIn ? 'built-in' : 'yours'}, version ${template.version}): ${template.stages.map((stage) => stage.title).join(' · ')}`,
  );
  return { json, human: options.json ? `${templates.length} templates.` : lines.join('\n') };
}
