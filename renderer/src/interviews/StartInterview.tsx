// Starts an interview with a client: the guidance model to follow and how it
// is held. It starts now, today; details can be changed in the interview.
import { useRef, type FormEvent } from 'react';
import type { ChannelInput } from '../../../shared/contract';
import {
  defaultInterviewMinutes,
  interviewModeLabels,
  interviewModes,
  type InterviewMode,
} from '../../../shared/guidance-models';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useDraftForm, type Checked } from '../app/use-form';
import { timeNowInLondon } from '../autosave/clock';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { todayInLondon } from '../format/dates';

type Props = { clientId: string };

const modeOptions = interviewModes.map((mode) => ({ value: mode, label: interviewModeLabels[mode] }));

export function StartInterview({ clientId }: Props) {
  const templates = useQuery('templates.list', {});
  const { navigate } = useNavigation();
  const { draft, change, field, formRef, status, submit } = useDraftForm('start', {
    templateId: '',
    mode: 'in-person' as InterviewMode,
  });
  const templateRef = useRef<HTMLSelectElement>(null);
  const options = (templates.value ?? []).map((template) => ({
    value: template.id,
    label: template.builtIn ? template.name : `${template.name} (yours)`,
  }));
  const chosen = draft.templateId || options[0]?.value || '';

  const start = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<ChannelInput<'interviews.start'>> => {
        // With no models to choose from there is no field to mark: the problem says why.
        if (!chosen) {
          const problem = templates.problem || 'The guidance models could not be read. Try again.';
          return { errors: {}, problem, focus: () => templateRef.current?.focus() };
        }
        const now = new Date();
        return {
          value: {
            clientId,
            templateId: chosen,
            heldOn: todayInLondon(now),
            startsAt: timeNowInLondon(now),
            mode: draft.mode,
            durationMinutes: defaultInterviewMinutes,
          },
        };
      },
      send: (input) => call('interviews.start', input),
      onSent: (interview) => navigate({ name: 'interview', interviewId: interview.id }),
    });

  return (
    <section className="panel" aria-labelledby="start-interview-heading">
      <h2 id="start-interview-heading">Start an interview</h2>
      <form ref={formRef} onSubmit={start} noValidate className="start-interview">
        <div className="field-row">
          <SelectField
            {...field('templateId')}
            label="Guidance model"
            value={chosen}
            options={options}
            selectRef={templateRef}
          />
          <SelectField
            {...field('mode')}
            label="How it is held"
            options={modeOptions}
            onChange={(value) =>
              change({ mode: interviewModes.find((candidate) => candidate === value) ?? 'in-person' })
            }
          />
        </div>
        <FormActions idPrefix="start-interview" status={status} busyLabel="Starting…">
          Start interview
        </FormActions>
      </form>
    </section>
  );
}
