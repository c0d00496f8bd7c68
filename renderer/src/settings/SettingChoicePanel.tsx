// A settings panel that is one choice from a list (the adviser's
// qualification, the career learning framework): read from the settings once,
// saved with the rest of them, and what the saved choice changes said.
import { useRef, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { SelectField, type SelectOption } from '../components/SelectField';
import { useLoadedSettings } from './use-loaded-settings';

type Props = {
  /** Names the panel's heading (`-heading`) and its foot's messages. */
  idPrefix: string;
  heading: string;
  field: { id: string; label: string; hint: string; options: SelectOption[] };
  /** The choice as the settings hold it, as one of the options' values. */
  choiceOf: (settings: ChannelOutput<'settings.get'>) => string;
  /** The change to save for a chosen option. */
  changeFor: (choice: string) => ChannelInput<'settings.update'>;
  savedMessage: string;
  submitLabel: string;
};

export function SettingChoicePanel({
  idPrefix,
  heading,
  field,
  choiceOf,
  changeFor,
  savedMessage,
  submitLabel,
}: Props) {
  // Until the settings are read, the list shows its first option, as a list does.
  const [choice, setChoice] = useState(field.options[0]?.value ?? '');
  // A choice the adviser makes while the settings load is theirs: the saved one does not replace it.
  const isChosenHere = useRef(false);
  const choose = (value: string) => {
    isChosenHere.current = true;
    setChoice(value);
  };
  const { status, submit, setProblem } = useForm();
  useLoadedSettings((settings) => {
    if (!isChosenHere.current) setChoice(choiceOf(settings));
  }, setProblem);

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{heading}</h2>
      <form
        onSubmit={(event) =>
          submit(event, {
            check: () => ({ value: changeFor(choice) }),
            send: (change) => call('settings.update', change),
            onSent: () => savedMessage,
          })
        }
        noValidate
      >
        <SelectField {...field} value={choice} onChange={choose} />
        <FormActions idPrefix={idPrefix} status={status}>
          {submitLabel}
        </FormActions>
      </form>
    </section>
  );
}
