// One template in the list: its stages, and what can be done with it. Built-ins
// are read-only: duplicate one to make it your own.
import { useRef, useState } from 'react';
import type { Template } from '../../../shared/contract/templates';
import { call } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { ConfirmInPlace } from '../components/ConfirmInPlace';
import { downloadText } from '../files/download';

type Props = {
  template: Template;
  onChanged: (notice: string, focusTemplateId?: string) => void;
  onProblem: (message: string) => void;
};

export function TemplateCard({ template, onChanged, onProblem }: Props) {
  const { navigate } = useNavigation();
  const { run } = useSubmission();
  const [isConfirmingRemove, setIsConfirmingRemove] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingId = `template-${template.id}-name`;

  const duplicate = () =>
    void run(async () => {
      const result = await call('templates.duplicate', { id: template.id });
      if (!result.ok) return onProblem(result.error.message);
      onChanged(`Made “${result.value.name}”. Edit it to make it yours.`, result.value.id);
    });
  const exportFile = () =>
    void run(async () => {
      const result = await call('templates.export', { id: template.id });
      if (!result.ok) return onProblem(result.error.message);
      downloadText(result.value.fileName, result.value.json);
    });
  const remove = () =>
    void run(async () => {
      const result = await call('templates.archive', { id: template.id });
      if (!result.ok) return onProblem(result.error.message);
      onChanged(`Removed “${template.name}”. Interviews held with it keep their copy.`);
    });

  return (
    <li className="template-card">
      <h3 id={headingId} tabIndex={-1} className="stage-heading">
        {template.name}
        {template.builtIn ? null : <span className="count"> · version {template.version}</span>}
      </h3>
      <p className="template-stages">{template.stages.map((stage) => stage.title).join(' · ')}</p>
      <div className="actions">
        {template.builtIn ? null : (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => navigate({ name: 'template', templateId: template.id })}
          >
            Edit<span className="visually-hidden"> {template.name}</span>
          </button>
        )}
        <button type="button" className="button button-quiet" onClick={duplicate}>
          Duplicate<span className="visually-hidden"> {template.name}</span>
        </button>
        <button type="button" className="button button-quiet" onClick={exportFile}>
          Export<span className="visually-hidden"> {template.name}</span>
        </button>
        {template.builtIn ? null : (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setIsConfirmingRemove(true);
              window.requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
            Remove<span className="visually-hidden"> {template.name}</span>
          </button>
        )}
      </div>
      {isConfirmingRemove ? (
        <ConfirmInPlace
          id={`remove-template-${template.id}`}
          focusRef={confirmRef}
          question={`Remove “${template.name}”? Interviews already held with it keep their copy.`}
          isBusy={false}
          confirmLabel="Yes, remove it"
          busyLabel=""
          onConfirm={remove}
          onCancel={() => setIsConfirmingRemove(false)}
          cancelLabel="Keep it"
        />
      ) : null}
    </li>
  );
}
