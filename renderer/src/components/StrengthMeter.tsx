// How hard a new passphrase would be to guess: a word (never colour alone), a
// bar, and zxcvbn's plain advice while it is not yet strong enough.
import { describeScore, type PassphraseAssessment } from '../../../shared/passphrase-verdict';

/** assessment: undefined while the checker loads. */
type Props = { id: string; assessment: PassphraseAssessment | undefined; isEmpty: boolean };

export function StrengthMeter({ id, assessment, isEmpty }: Props) {
  const verdict = isEmpty ? 'Not entered yet' : assessment ? describeScore(assessment.score) : 'Checking…';
  const level = isEmpty || !assessment ? 'empty' : String(assessment.score);
  return (
    <div id={id} className="strength">
      <div className={`strength-bar strength-level-${level}`} aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <p className="strength-verdict">
        Strength: <strong>{verdict}</strong>
        {!isEmpty && assessment?.isStrongEnough ? ' (strong enough)' : null}
      </p>
      {!isEmpty && assessment?.advice ? <p className="strength-advice">{assessment.advice}</p> : null}
    </div>
  );
}
