// A client's name that opens their page.
import { useNavigation } from '../app/navigation';

export function ClientLink({ clientId, name }: { clientId: string; name: string }) {
  const { navigate } = useNavigation();
  return (
    <button type="button" className="link-button" onClick={() => navigate({ name: 'client', clientId })}>
      {name}
    </button>
  );
}
