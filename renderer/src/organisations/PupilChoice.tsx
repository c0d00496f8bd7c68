// One pupil in a list to book from: a box to tick them, and their name, which
// opens their record.
import { PageLink } from '../components/PageLink';
import type { PupilToBook } from './use-pupils-to-book';

type Props = {
  pupil: Omit<PupilToBook, 'yearGroup'>;
  /** Makes the box's id unique on the page ("not-seen-choose"). */
  idPrefix: string;
  isChosen: boolean;
  onToggle: (isChosen: boolean) => void;
  className?: string;
};

export function PupilChoice({ pupil, idPrefix, isChosen, onToggle, className }: Props) {
  return (
    <li>
      <input
        type="checkbox"
        className={className}
        id={`${idPrefix}-${pupil.id}`}
        aria-label={`Choose ${pupil.name} to book`}
        checked={isChosen}
        onChange={(event) => onToggle(event.target.checked)}
      />{' '}
      <PageLink to={{ name: 'client', clientId: pupil.id }}>{pupil.name}</PageLink>
      {pupil.tutorGroup ? <span className="tutor-group"> {pupil.tutorGroup}</span> : null}
    </li>
  );
}
