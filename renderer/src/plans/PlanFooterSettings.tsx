// What every action plan says about the adviser: their name, how to reach
// them, and a line on confidentiality.
import type { FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { settingsChannels } from '../../../shared/contract/settings';
import { call } from '../api/client';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { SelectField } from '../components/SelectField';
import {
  bilingualLayoutLabels,
  bilingualLayouts,
  planWords,
  type BilingualLayout,
} from '../../../shared/plan-language';
import { savedUnlessTyped, useLoadedSettings } from '../settings/use-loaded-settings';

type Fields = {
  adviserName: string;
  adviserContact: string;
  confidentialityLine: string;
  confidentialityLineWelsh: string;
  bilingualLayout: BilingualLayout;
};

/** The settings this panel shows, as main holds them. */
const footerFieldsOf = ({
  adviserName,
  adviserContact,
  confidentialityLine,
  confidentialityLineWelsh,
  bilingualLayout,
}: ChannelOutput<'settings.get'>): Fields => ({
  adviserName,
  adviserContact,
  confidentialityLine,
  confidentialityLineWelsh,
  bilingualLayout,
});

const layoutOptions = bilingualLayouts.map((layout) => ({ value: layout, label: bilingualLayoutLabels[layout] }));

const blankFields: Fields = {
  adviserName: '',
  adviserContact: '',
  confidentialityLine: '',
  confidentialityLineWelsh: '',
  bilingualLayout: 'columns',
};

export function PlanFooterSettings() {
  const { draft, change, setDraft, field, formRef, status, submit, setProblem } = useDraftForm(
    'plan-footer',
    blankFields,
    settingsChannels['settings.update'].input,
  );

  useLoadedSettings(
    (settings) => setDraft((typed) => savedUnlessTyped(footerFieldsOf(settings), typed, blankFields)),
    setProblem,
  );

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(settingsChannels['settings.update'].input, draft),
      send: (input) => call('settings.update', input),
      onSent: (settings) => {
        setDraft(footerFieldsOf(settings));
        return 'Saved. Plans exported from now on carry these details.';
      },
    });

  return (
    <section className="panel" aria-labelledby="plan-footer-heading">
      <h2 id="plan-footer-heading">On every action plan</h2>
      <p>These go at the foot of every plan you export, so the client knows who wrote it and how to reach you.</p>
      <form ref={formRef} onSubmit={save} noValidate>
        <TextField {...field('adviserName')} label="Your name" />
        <TextField
          {...field('adviserContact')}
          label="How to contact you"
          hint="An email address or phone number the client can use."
        />
        <TextAreaField
          {...field('confidentialityLine')}
          label="Confidentiality line"
          hint="For example: This plan belongs to you. It is shared with others only with your permission."
          rows={2}
        />
        <TextAreaField
          {...field('confidentialityLineWelsh')}
          label="Confidentiality line in Welsh"
          hint={`For Welsh and bilingual plans. Left empty, they use “${planWords.cy.defaultConfidentialityLine}”, or your English line if you have changed it.`}
          rows={2}
          lang="cy"
        />
        <SelectField
          {...field('bilingualLayout')}
          label="Bilingual plans"
          options={layoutOptions}
          onChange={(value) =>
            change({ bilingualLayout: bilingualLayouts.find((layout) => layout === value) ?? 'columns' })
          }
        />
        <FormActions idPrefix="plan-footer" status={status}>
          Save plan details
        </FormActions>
      </form>
    </section>
  );
}
