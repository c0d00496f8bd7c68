// The fields of a client's record, grouped as an adviser thinks of them.
// Selects for fixed choices, date pickers for dates, tick boxes for yes/no.
import { correctionReasonMaxLength } from '../../../shared/contract/clients';
import { fieldLimits } from '../../../shared/contract/limits';
import type { OrganisationSummary } from '../api/contract-types';
import type { RecordFormProps } from '../app/record-form';
import { CheckboxField } from '../components/CheckboxField';
import { RecordForm } from '../components/RecordForm';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { planLanguageLabels, planLanguages } from '../../../shared/plan-language';
import {
  optionToYearGroup,
  provisionLevelOptions,
  referralSourceOptions,
  sendStatusOptions,
  yearGroupOptions,
} from '../caseload/options';
import { todayInLondon } from '../format/dates';
import { isoDate } from '../../../shared/contract/dates';
import { yearGroupMismatch } from '../../../shared/year-group-age';
import type { ClientDraft } from './client-draft';

/** The draft's yes-or-no details, each a checkbox. */
type YesNoKey = {
  [K in keyof ClientDraft]: ClientDraft[K] extends boolean ? K : never;
}[keyof ClientDraft];

type Props = RecordFormProps<ClientDraft> & {
  organisations: OrganisationSummary[];
  /** Editing an existing client: why facts are being corrected (optional). */
  correction?: { reason: string; onChange: (reason: string) => void } | undefined;
};

export function ClientForm({ draft, organisations, errors, onChange, correction, ...form }: Props) {
  const text = (
    key: keyof ClientDraft & string,
    label: string,
    options: { hint?: string; type?: 'text' | 'email' | 'tel'; maxLength?: number } = {},
  ) => (
    <TextField
      id={`client-${key}`}
      label={label}
      type={options.type ?? 'text'}
      hint={options.hint}
      value={String(draft[key])}
      onChange={(value) => onChange({ ...draft, [key]: value })}
      error={errors[key]}
      inputProps={options.maxLength ? { maxLength: options.maxLength } : undefined}
    />
  );
  const date = (key: keyof ClientDraft & string, label: string) => (
    <DateField
      id={`client-${key}`}
      label={label}
      value={String(draft[key])}
      onChange={(value) => onChange({ ...draft, [key]: value })}
      error={errors[key]}
    />
  );
  const select = (
    key: keyof ClientDraft & string,
    label: string,
    options: { value: string; label: string }[],
    describedBy: string[] = [],
  ) => (
    <SelectField
      id={`client-${key}`}
      label={label}
      value={String(draft[key])}
      options={options}
      onChange={(value) => onChange({ ...draft, [key]: value })}
      error={errors[key]}
      describedBy={describedBy}
    />
  );
  const checkbox = (key: YesNoKey, label: string, hint?: string) => (
    <CheckboxField
      id={`client-${key}`}
      label={label}
      hint={hint}
      isChecked={draft[key]}
      onChange={(isChecked) => onChange({ ...draft, [key]: isChecked })}
    />
  );
  // Flagged, never refused: the school's year group may be right (a pupil kept back or moved up).
  const dateOfBirth = isoDate.safeParse(draft.dateOfBirth);
  const yearGroupFlag = dateOfBirth.success
    ? yearGroupMismatch(dateOfBirth.data, optionToYearGroup(String(draft.yearGroup)), todayInLondon())
    : '';

  return (
    <RecordForm idPrefix="client-form" {...form}>
      <fieldset className="form-section">
        <legend>Name and school</legend>
        <div className="field-row">
          {text('forename', 'Forename', { maxLength: fieldLimits.name })}
          {text('surname', 'Surname', { maxLength: fieldLimits.name })}
        </div>
        {text('preferredName', 'Preferred name', {
          hint: 'The name they go by, if different from their forename.',
          maxLength: fieldLimits.name,
        })}
        {date('dateOfBirth', 'Date of birth')}
        {select(
          'organisationId',
          'Organisation',
          organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
        )}
        <div className="field-row">
          {select('yearGroup', 'Year group', yearGroupOptions, yearGroupFlag ? ['client-year-group-flag'] : [])}
          {text('tutorGroup', 'Tutor group', { maxLength: fieldLimits.shortText })}
        </div>
        {yearGroupFlag ? (
          <p id="client-year-group-flag" className="notice notice-info">
            <span className="notice-label">Check: </span>
            {yearGroupFlag} Waymark saves it as it is.
          </p>
        ) : null}
        {text('upn', 'UPN or reference', {
          hint: "The school's Unique Pupil Number, or your own reference.",
          maxLength: fieldLimits.upn,
        })}
        {text('keyWorker', 'Key worker', {
          hint: 'Usually their tutor: the person who can refer them.',
          maxLength: fieldLimits.name,
        })}
      </fieldset>

      <fieldset className="form-section">
        <legend>Support</legend>
        <div className="field-row">
          {select('provisionLevel', 'Provision level', provisionLevelOptions)}
          {select('referralSource', 'Referred by', [{ value: '', label: 'Not recorded' }, ...referralSourceOptions])}
        </div>
        {select('sendStatus', 'SEND', sendStatusOptions)}
        {checkbox('hasPupilPremium', 'Pupil premium')}
        {checkbox('isAtRiskOfNeet', 'At risk of NEET', 'Not in education, employment or training.')}
        {checkbox('isLookedAfter', 'Looked after', 'In the care of the local authority.')}
        {checkbox('isYoungCarer', 'Young carer')}
        {checkbox('hasEnglishAsAdditionalLanguage', 'English as an additional language (EAL)')}
        {date('reviewDueOn', 'Review due')}
      </fieldset>

      <fieldset className="form-section">
        <legend>Contact</legend>
        <div className="field-row">
          {text('email', 'Email', { type: 'email', maxLength: fieldLimits.email })}
          {text('phone', 'Phone', { type: 'tel', maxLength: fieldLimits.phone })}
        </div>
        {text('postcode', 'Postcode', {
          hint: 'The home postcode, which the local authority asks for with destinations.',
          maxLength: fieldLimits.postcode,
        })}
      </fieldset>

      <fieldset className="form-section">
        <legend>Plans and documents</legend>
        {select(
          'planLanguage',
          'Language of their plans',
          planLanguages.map((language) => ({ value: language, label: planLanguageLabels[language] })),
          ['client-planLanguage-hint'],
        )}
        <p id="client-planLanguage-hint" className="field-hint">
          A bilingual plan puts the Welsh first; you write the Welsh beside the English in the plan.
        </p>
        {checkbox(
          'isDyslexiaFriendly',
          'Dyslexia-friendly documents',
          "Every document for them in the British Dyslexia Association's style: a clear font, wider line spacing and a cream page.",
        )}
      </fieldset>

      <fieldset className="form-section">
        <legend>About me</legend>
        <TextAreaField
          id="client-aboutMe"
          label="About me"
          hint="In the client's own words, if they want to share: what matters to them, what helps."
          value={draft.aboutMe}
          onChange={(value) => onChange({ ...draft, aboutMe: value })}
          error={errors.aboutMe}
          rows={5}
          maxLength={fieldLimits.aboutMe}
        />
      </fieldset>

      {correction ? (
        <fieldset className="form-section">
          <legend>Correction</legend>
          <TextAreaField
            id="client-correctionReason"
            label="Reason for the correction (optional)"
            hint="If you are correcting a fact, say why, such as “Date of birth checked with the client”. The corrections log keeps which fields changed, when, and this reason; it never keeps the old values."
            value={correction.reason}
            onChange={correction.onChange}
            error={errors.correctionReason}
            rows={2}
            maxLength={correctionReasonMaxLength}
          />
        </fieldset>
      ) : null}
    </RecordForm>
  );
}
