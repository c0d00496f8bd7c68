// Recording one destination entry on a client: an intended destination, a
// September Guarantee offer, or what they actually did. Each is checked with
// the contract's own schema before it is sent, and the first field with a
// problem takes the focus.
import { useEffect, type FormEvent } from 'react';
import {
  activityInputSchema,
  destinationLimits,
  destinationSourceLabels,
  destinationSources,
  guaranteeOfferInputSchema,
  intendedDestinationInputSchema,
  offerStatuses,
  offerStatusLabels,
  type ClientDestinations,
} from '../../../shared/contract/destinations';
import { todayInLondon } from '../../../shared/dates';
import { call } from '../api/client';
import { fieldErrorsFrom } from '../app/field-errors';
import { useDraftForm, type Checked } from '../app/use-form';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { ActivityCodeField } from './ActivityCodeField';

export type DestinationFormKind = 'intended' | 'offer' | 'activity';

type Props = {
  kind: DestinationFormKind;
  clientId: string;
  /** Year 11 or 12 for an offer, from the client's year group when it is one of those. */
  offerYearGroup: 11 | 12;
  /** The interview it is recorded at, when recorded during one. */
  interviewId?: string | undefined;
  onSaved: (destinations: ClientDestinations, message: string) => void;
  onCancel: () => void;
};

const headings: Record<DestinationFormKind, string> = {
  intended: 'Record an intended destination',
  offer: 'Record a September Guarantee offer',
  activity: 'Record what they are doing now',
};

export function DestinationForm({ kind, clientId, offerYearGroup, interviewId, onSaved, onCancel }: Props) {
  const { draft, field, formRef, status, submit } = useDraftForm('destination', {
    code: '',
    provider: '',
    course: '',
    level: '',
    source: 'client',
    recordedOn: todayInLondon(),
    yearGroup: String(offerYearGroup),
    status: 'offer-made',
    startsOn: '',
    verifiedOn: '',
    verifiedHow: '',
  });
  // The form opens where the adviser asked for it: its first field takes the focus.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus(), [formRef]);

  const checked = () => {
    if (kind === 'intended') {
      const { code, provider, course, level, source, recordedOn } = draft;
      return {
        channel: 'destinations.recordIntended' as const,
        parsed: intendedDestinationInputSchema.safeParse({
          clientId,
          code,
          provider,
          course,
          level,
          source,
          recordedOn,
          interviewId: interviewId ?? null,
        }),
      };
    }
    if (kind === 'offer') {
      const { provider, status, recordedOn } = draft;
      return {
        channel: 'destinations.recordOffer' as const,
        parsed: guaranteeOfferInputSchema.safeParse({
          clientId,
          yearGroup: Number(draft.yearGroup),
          status,
          provider,
          recordedOn,
        }),
      };
    }
    const { code, provider, verifiedHow } = draft;
    return {
      channel: 'destinations.recordActivity' as const,
      parsed: activityInputSchema.safeParse({
        clientId,
        code,
        provider,
        startsOn: draft.startsOn || null,
        verifiedOn: draft.verifiedOn || null,
        verifiedHow,
      }),
    };
  };

  const save = (event: FormEvent) =>
    submit(event, {
      check: (): Checked<{ channel: ReturnType<typeof checked>['channel']; input: unknown }> => {
        const { channel, parsed } = checked();
        return parsed.success
          ? { value: { channel, input: parsed.data } }
          : { errors: fieldErrorsFrom(parsed.error.issues) };
      },
      // Each schema above matches its channel; the union is narrowed by the channel name.
      send: ({ channel, input }) => call(channel, input as never),
      onSent: (destinations) =>
        onSaved(
          destinations,
          kind === 'intended'
            ? 'Intended destination recorded.'
            : kind === 'offer'
              ? 'Offer recorded.'
              : 'Activity recorded.',
        ),
    });

  const provider = (label: string) => (
    <TextField {...field('provider')} label={label} inputProps={{ maxLength: destinationLimits.provider }} />
  );

  return (
    <form
      ref={formRef}
      className="form-subsection"
      onSubmit={save}
      noValidate
      aria-labelledby="destination-form-heading"
    >
      <h3 id="destination-form-heading">{headings[kind]}</h3>
      {kind === 'intended' ? (
        <>
          <ActivityCodeField {...field('code')} label="Where they intend to go" />
          <div className="field-row">
            {provider('Provider or employer')}
            <TextField
              {...field('course')}
              label="Course or role"
              inputProps={{ maxLength: destinationLimits.course }}
            />
          </div>
          <div className="field-row">
            <TextField
              {...field('level')}
              label="Level"
              hint="Such as 2, 3 or 4."
              inputProps={{ maxLength: destinationLimits.level }}
            />
            <SelectField
              {...field('source')}
              label="Who says so"
              options={destinationSources.map((source) => ({ value: source, label: destinationSourceLabels[source] }))}
            />
          </div>
          <DateField {...field('recordedOn')} label="Date" />
        </>
      ) : kind === 'offer' ? (
        <>
          <div className="field-row">
            <SelectField
              {...field('yearGroup')}
              label="Offer for a leaver from"
              options={[
                { value: '11', label: 'Year 11' },
                { value: '12', label: 'Year 12' },
              ]}
            />
            <SelectField
              {...field('status')}
              label="Offer"
              options={offerStatuses.map((status) => ({ value: status, label: offerStatusLabels[status] }))}
            />
          </div>
          {provider('Provider')}
          <DateField {...field('recordedOn')} label="Date" />
        </>
      ) : (
        <>
          <ActivityCodeField {...field('code')} label="What they are doing" />
          {provider('Provider or employer')}
          <div className="field-row">
            <DateField {...field('startsOn')} label="Started" />
            <DateField {...field('verifiedOn')} label="Confirmed on" />
          </div>
          <TextField
            {...field('verifiedHow')}
            label="How it was confirmed"
            hint="Such as: phoned the college, enrolment letter seen."
            inputProps={{ maxLength: destinationLimits.verifiedHow }}
          />
        </>
      )}
      <FormActions idPrefix="destination" status={status} onCancel={onCancel}>
        Save
      </FormActions>
    </form>
  );
}
