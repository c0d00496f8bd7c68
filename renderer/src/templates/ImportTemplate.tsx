// Imports a template file another adviser exported (or a backup of one's own).
import { useState, type ChangeEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FileField } from '../components/FileField';

type Props = { onImported: (name: string) => void };

const maxFileBytes = 200_000;

export function ImportTemplate({ onImported }: Props) {
  const [error, setError] = useState('');
  const { isBusy, run } = useSubmission();

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    void run(async () => {
      if (file.size > maxFileBytes) {
        setError(
          `${file.name} is too large to be a template. Choose the .waymark-template.json file that Export made.`,
        );
        input.value = '';
        return;
      }
      const result = await call('templates.import', { json: await file.text() });
      input.value = '';
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError('');
      onImported(result.value.name);
    });
  };

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
