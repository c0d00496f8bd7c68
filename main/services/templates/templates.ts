// Guidance templates: the read-only built-ins plus the adviser's own copies.
// Saving a custom template bumps its version; interviews keep the copy they ran with.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { builtInTemplates } from '../../../shared/guidance-models';
import { templateFileSchema, type Template, type templateInputSchema } from '../../../shared/contract/templates';
import { guidanceTemplates } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

type TemplateInput = z.infer<typeof templateInputSchema>;
type Stage = Template['stages'][number];

function fromBuiltIn(template: (typeof builtInTemplates)[number]): Template {
  return {
    ...template,
    basedOn: null,
    stages: template.stages.map((stage) => ({ ...stage, prompts: [...stage.prompts] })),
  };
}

export function listTemplates({ db }: OpenVault): Template[] {
  const custom = db
    .select()
    .from(guidanceTemplates)
    .all()
    .filter((template) => template.archivedAt === null);
  return [
    ...builtInTemplates.map(fromBuiltIn),
    ...custom
      .map((template) => ({
        id: template.id,
        name: template.name,
        builtIn: false,
        version: template.version,
        basedOn: template.basedOn,
        stages: JSON.parse(template.stages) as Stage[],
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  ];
}

export function getTemplate(vault: OpenVault, id: string): Template {
  const builtIn = builtInTemplates.find((template) => template.id === id);
  if (builtIn) return fromBuiltIn(builtIn);
  const stored = vault.db.select().from(guidanceTemplates).where(eq(guidanceTemplates.id, id)).get();
  if (!stored) throw new AppError('NOT_FOUND', 'That template is not in the vault.');
  return {
    id: stored.id,
    name: stored.name,
    builtIn: false,
    version: stored.version,
    basedOn: stored.basedOn,
    stages: JSON.parse(stored.stages) as Stage[],
  };
}

export function saveTemplate(
  vault: OpenVault,
  input: TemplateInput & { basedOn?: string | null },
  context: ServiceContext = systemContext,
): Template {
  const now = context.now();
  const timestamp = now.toISOString();
  if (input.id) {
    const existing = getTemplate(vault, input.id);
    if (existing.builtIn) {
      throw new AppError(
        'VALIDATION',
        'Built-in templates cannot be changed. Make your own copy with "Duplicate" and change that.',
      );
    }
    vault.db
      .update(guidanceTemplates)
      .set({
        name: input.name,
        stages: JSON.stringify(input.stages),
        version: existing.version + 1,
        updatedAt: timestamp,
      })
      .where(eq(guidanceTemplates.id, input.id))
      .run();
    return getTemplate(vault, input.id);
  }
  const id = context.newId();
  vault.db
    .insert(guidanceTemplates)
    .values({
      id,
      name: input.name,
      stages: JSON.stringify(input.stages),
      basedOn: input.basedOn ?? null,
      version: 1,
      createdAt: timestamp,
      updatedAt: timestamp,
    })
    .run();
  return getTemplate(vault, id);
}

export function duplicateTemplate(vault: OpenVault, id: string, context: ServiceContext = systemContext): Template {
  const original = getTemplate(vault, id);
  return saveTemplate(
    vault,
    { name: `${original.name} (my version)`, stages: original.stages, basedOn: original.id },
    context,
  );
}

export function archiveTemplate(vault: OpenVault, id: string, context: ServiceContext = systemContext): void {
  const now = context.now();
  if (getTemplate(vault, id).builtIn) throw new AppError('VALIDATION', 'Built-in templates cannot be removed.');
  vault.db.update(guidanceTemplates).set({ archivedAt: now.toISOString() }).where(eq(guidanceTemplates.id, id)).run();
}

export function exportTemplate(vault: OpenVault, id: string): { fileName: string; json: string } {
  const template = getTemplate(vault, id);
  const file = {
    format: 'waymark-guidance-template',
    formatVersion: 1,
    name: template.name,
    stages: template.stages,
  } satisfies z.infer<typeof templateFileSchema>;
  const fileName = `${template.name.replace(/[^\p{L}\p{N} -]+/gu, '').trim() || 'template'}.waymark-template.json`;
  return { fileName, json: `${JSON.stringify(file, null, 2)}\n` };
}

export function importTemplate(vault: OpenVault, json: string, context: ServiceContext = systemContext): Template {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new AppError('VALIDATION', 'That file is not a Waymark template: it is not valid JSON.');
  }
  const file = templateFileSchema.safeParse(parsed);
  if (!file.success) {
    throw new AppError(
      'VALIDATION',
      'That file is not a Waymark template, or it was made by a newer version of Waymark.',
    );
  }
  const stages = file.data.stages.slice(0, 12);
  if (stages.length === 0) throw new AppError('VALIDATION', 'That template has no stages.');
  return saveTemplate(vault, { name: file.data.name.trim().slice(0, 100) || 'Imported template', stages }, context);
}
