// A new passphrase typed twice, with its strength shown as it is typed, and
// one "Show passphrases" box for every passphrase in the form (`<idPrefix>-show`).
import type { Ref } from 'react';
import { usePassphraseAssessment } from '../app/use-passphrase-assessment';
import type { NewPassphraseErrors } from '../app/new-passphrase';
import { PassphraseField } from './PassphraseField';
import { ShowPassphraseToggle } from './ShowPassphraseToggle';
import { StrengthMeter } from './StrengthMeter';

type Props = {
  idPrefix: string;
  labels: { passphrase: string; confirmation: string };
  passphrase: string;
  confirmation: string;
  onPassphraseChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: NewPassphraseErrors;
  isVisible: boolean;
  onVisibleChange: (isVisible: boolean) => void;
  passphraseRef?: Ref<HTMLInputElement>;
  describedBy?: string[];
};

export function NewPassphraseFields(props: Props) {
  const { idPrefix, labels, errors, isVisible, describedBy = [] } = props;
  const assessment = usePassphraseAssessment(props.passphrase);
  const meterId = `${idPrefix}-strength`;
  return (
    <>
      <PassphraseField
        id={`${idPrefix}-passphrase`}
        label={labels.passphrase}
        hint="Four or five unrelated words work well: long is better than clever."
        value={props.passphrase}
        onChange={props.onPassphraseChange}
        error={errors.passphrase}
        isVisible={isVisible}
        autoComplete="new-password"
        describedBy={[meterId, ...describedBy]}
        inputRef={props.passphraseRef}
      />
      <StrengthMeter id={meterId} assessment={assessment} isEmpty={props.passphrase.length === 0} />
      <PassphraseField
        id={`${idPrefix}-confirmation`}
        label={labels.confirmation}
        value={props.confirmation}
        onChange={props.onConfirmationChange}
        error={errors.confirmation}
        isVisible={isVisible}
        autoComplete="new-password"
        describedBy={describedBy}
      />
      <ShowPassphraseToggle
        id={`${idPrefix}-show`}
        isVisible={isVisible}
        onChange={props.onVisibleChange}
        label="Show passphrases"
      />
    </>
  );
}
