// The diary's two ways in, the week and today, and planning a new session.
import type { HomePage } from '../app/screen';
import { useNavigation } from '../app/navigation';
import { NavButtons } from '../components/NavButtons';

type Props = { current: 'week' | 'today'; newSessionOn?: string };

export function DiaryViews({ current, newSessionOn }: Props) {
  const { replace, navigate } = useNavigation();
  const views: { key: Props['current']; page: HomePage; label: string }[] = [
    { key: 'today', page: { name: 'diary-today' }, label: 'Today' },
    { key: 'week', page: { name: 'diary' }, label: 'Week' },
  ];
  return (
    <div className="diary-views">
      <NavButtons
        label="Diary views"
        listClassName="diary-view-list"
        places={views}
        current={current}
        onChoose={(place) => replace(place.page)}
        buttonClassName="button button-quiet"
      />
      <button
        type="button"
        className="button"
        onClick={() => navigate({ name: 'diary-session', ...(newSessionOn ? { heldOn: newSessionOn } : {}) })}
      >
        Plan a session
      </button>
    </div>
  );
}
