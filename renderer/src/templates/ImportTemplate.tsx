// Imports a template file another adviser exported (or a backup of one's own).
import { call } from '../api/client';
import { FileField } from '../components/FileField';
import { useFileChoice } from '../files/use-file-choice';

type Props = { onImported: (name: string) => void };

const maxFileBytes = 200_000;

export function ImportTemplate({ onImported }: Props) {
  const { error, isBusy, choose } = useFileChoice(async (file) => {
    if (file.size > maxFileBytes)
      return `${file.name} is too large to be a template. Choose the .waymark-template.json file that Export made.`;
    const result = await call('templates.import', { json: await file.text() });
    if (!result.ok) return result.error.message;
    onImported(result.value.name);
    return '';
  });

  return (
    <section className="panel" aria-labelledby="import-template-heading">
      <h2 id="import-template-heading">Import a template</h2>
      <FileField
        id="template-file"
        label="Template file"
        hint="A .waymark-template.json file made with Export."
        error={error}
        accept=".json,application/json"
        onChange={choose}
        isBusy={isBusy}
      />
    </section>
  );
}
