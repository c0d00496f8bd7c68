// Starts an interview with a client: the guidance model to follow and how it
// is held. It starts now, today; details can be changed in the interview.
import { useRef, useState, type FormEvent } from 'react';
import {
  defaultInterviewMinutes,
  interviewModeLabels,
  interviewModes,
  type InterviewMode,
} from '../../../shared/guidance-models';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { timeNowInLondon } from '../autosave/clock';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { todayInLondon } from '../format/dates';

type Props = { clientId: string };

const modeOptions = interviewModes.map((mode) => ({ value: mode, label: interviewModeLabels[mode] }));

export function StartInterview({ clientId }: Props) {
  const templates = useQuery('templates.list', {});
  const { navigate } = useNavigation();
  const [templateId, setTemplateId] = useState('');
  const [mode, setMode] = useState<InterviewMode>('in-person');
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const templateRef = useRef<HTMLSelectElement>(null);
  const options = (templates.value ?? []).map((template) => ({
    value: template.id,
    label: template.builtIn ? template.name : `${template.name} (yours)`,
  }));
  const chosen = templateId || options[0]?.value || '';

  const start = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      if (!chosen) {
        setProblem(templates.problem || 'The guidance models could not be read. Try again.');
        templateRef.current?.focus();
        return;
      }
      const now = new Date();
      const result = await call('interviews.start', {
        clientId,
        templateId: chosen,
        heldOn: todayInLondon(now),
        startsAt: timeNowInLondon(now),
        mode,
        durationMinutes: defaultInterviewMinutes,
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      navigate({ name: 'interview', interviewId: result.value.id });
    });
  };

  return (
    <section className="panel" aria-labelledby="start-interview-heading">
      <h2 id="start-interview-heading">Start an interview</h2>
      <form onSubmit={start} noValidate className="start-interview">
        <div className="field-row">
          <SelectField
            id="start-template"
            label="Guidance model"
            value={chosen}
            options={options}
            onChange={setTemplateId}
            selectRef={templateRef}
          />
          <SelectField
            id="start-mode"
            label="How it is held"
            value={mode}
            options={modeOptions}
            onChange={(value) => setMode(interviewModes.find((candidate) => candidate === value) ?? 'in-person')}
          />
        </div>
        <FormAlert id="start-interview-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Starting…">
          Start interview
        </SubmitButton>
      </form>
    </section>
  );
}
