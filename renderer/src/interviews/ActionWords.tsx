// An agreed action as the interview's side panels show it: what, then who
// and by when.
import type { Interview } from '../../../shared/contract/interviews';
import { formatDate } from '../format/dates';
import { describeOwnerText } from './owners';

type Props = { action: Pick<Interview['actions'][number], 'text' | 'owner' | 'dueOn'> };

export function ActionWords({ action }: Props) {
  return (
    <>
      <span className="action-text">{action.text}</span>
      <span className="action-meta">
        {describeOwnerText(action.owner)}
        {action.dueOn ? `, by ${formatDate(action.dueOn)}` : ''}
      </span>
    </>
  );
}
