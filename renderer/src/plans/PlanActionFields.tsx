// One action in the plan: what, who, by when, its status and notes, links,
// and whether to leave it out of copies shared with others.
import {
  actionStatusLabels,
  actionStatuses,
  ownerKinds,
  type OwnerKind,
  type PlanAction,
  type SmartHint,
} from '../../../shared/action-plans';
import { iconForAction, planIconIds, planIcons } from '../../../shared/plan-icons';
import { errorsWithin } from '../app/field-errors';
import type { FormPartProps } from '../app/record-form';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { BilingualPair } from './BilingualPair';
import { LinkFields } from './LinkFields';
import { SmartHintList } from './SmartHintList';
import { textFieldsOf } from './plan-text-fields';

type Props = FormPartProps<PlanAction> & {
  action: PlanAction;
  index: number;
  hints: SmartHint[];
  onRemove: () => void;
  /** A Welsh or bilingual plan: the Welsh is written beside the English. */
  isWritingWelsh: boolean;
};

const ownerLabels: Record<OwnerKind, string> = {
  client: 'The client (“You will…”)',
  adviser: 'Me, the adviser',
  supporter: 'Someone supporting them',
};
const ownerOptions = ownerKinds.map((kind) => ({ value: kind, label: ownerLabels[kind] }));
const statusOptions = actionStatuses.map((status) => ({ value: status, label: actionStatusLabels[status] }));

export function PlanActionFields({ action, index, errors, hints, onChange, onRemove, isWritingWelsh }: Props) {
  const id = `plan-action-${index}`;
  const path = `actions.${index}`;
  const update = (change: Partial<PlanAction>) => onChange({ ...action, ...change });
  const actionErrors = errorsWithin(errors, path);
  const field = textFieldsOf(id, action, update, actionErrors);
  const suggested = planIcons[iconForAction({ ...action, icon: undefined })].label.toLowerCase();
  const pictureOptions = [
    { value: '', label: `Chosen from the words (${suggested})` },
    ...planIconIds.map((icon) => ({ value: icon, label: planIcons[icon].label })),
  ];
  return (
    <fieldset className="form-section plan-action">
      <legend>Action {index + 1}</legend>
      <div className="plan-action-body">
        <div className="plan-action-fields">
          <BilingualPair
            isWritingWelsh={isWritingWelsh}
            english={<TextAreaField {...field('text')} label="What will be done" rows={2} maxLength={1_000} />}
            welsh={
              <TextAreaField
                {...field('textCy')}
                label="What will be done, in Welsh"
                rows={2}
                maxLength={1_000}
                lang="cy"
              />
            }
          />
          <div className="field-row">
            <SelectField
              id={`${id}-owner`}
              label="Who"
              value={action.owner.kind}
              options={ownerOptions}
              onChange={(kind) =>
                update({
                  owner: { ...action.owner, kind: ownerKinds.find((candidate) => candidate === kind) ?? 'client' },
                })
              }
            />
            {action.owner.kind === 'client' ? null : (
              <TextField
                id={`${id}-owner-name`}
                label={action.owner.kind === 'adviser' ? 'Your name (optional)' : 'Their name'}
                value={action.owner.name}
                onChange={(name) => update({ owner: { ...action.owner, name } })}
                error={actionErrors['owner.name']}
                inputProps={{ maxLength: 100 }}
              />
            )}
          </div>
          <div className="field-row">
            <DateField
              id={`${id}-due`}
              label="By when (optional)"
              value={action.dueOn ?? ''}
              onChange={(dueOn) => update({ dueOn: dueOn || null })}
              error={actionErrors.dueOn}
            />
            <SelectField
              id={`${id}-status`}
              label="Status"
              value={action.status}
              options={statusOptions}
              onChange={(status) =>
                update({ status: actionStatuses.find((candidate) => candidate === status) ?? 'to-do' })
              }
            />
          </div>
          <TextAreaField {...field('notes')} label="Notes (optional)" rows={2} maxLength={5_000} />
          {isWritingWelsh && (action.notes.trim() || action.notesCy) ? (
            <TextAreaField {...field('notesCy')} label="Notes in Welsh" rows={2} maxLength={5_000} lang="cy" />
          ) : null}
          <SelectField
            id={`${id}-picture`}
            label="Picture in the easy-read copy"
            value={action.icon ?? ''}
            options={pictureOptions}
            onChange={(icon) => update({ icon: planIconIds.find((candidate) => candidate === icon) })}
          />
          <LinkFields
            idPrefix={`${id}-link`}
            errorPath={`${path}.links`}
            legend={`Links for action ${index + 1}`}
            links={action.links}
            errors={errors}
            onChange={(links) => update({ links })}
            maxLinks={10}
          />
          <CheckboxField
            id={`${id}-sensitive`}
            label="Leave out of shared copies"
            isChecked={action.isSensitive}
            onChange={(isSensitive) => update({ isSensitive })}
          />
          <button type="button" className="link-button" onClick={onRemove}>
            Remove action {index + 1}
          </button>
        </div>
        <SmartHintList id={`${id}-hints`} hints={hints} label={`Suggestions for action ${index + 1}`} />
      </div>
    </fieldset>
  );
}
