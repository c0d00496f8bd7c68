// The diary's two ways in, the week and today, and planning a new session.
import type { HomePage } from '../app/screen';
import { useNavigation } from '../app/navigation';

type Props = { current: 'week' | 'today'; newSessionOn?: string };

export function DiaryViews({ current, newSessionOn }: Props) {
  const { replace, navigate } = useNavigation();
  const views: { view: Props['current']; page: HomePage; label: string }[] = [
    { view: 'today', page: { name: 'diary-today' }, label: 'Today' },
    { view: 'week', page: { name: 'diary' }, label: 'Week' },
  ];
  return (
    <div className="diary-views">
      <nav aria-label="Diary views">
        <ul className="diary-view-list">
          {views.map((item) => (
            <li key={item.view}>
              <button
                type="button"
                className="button button-quiet"
                aria-current={item.view === current ? 'page' : undefined}
                onClick={() => replace(item.page)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
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
