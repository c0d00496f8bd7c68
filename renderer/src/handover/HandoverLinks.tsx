// Ways into a handover: with a client, handing their records to another
// adviser; without, taking in a file another adviser sent.
import { useNavigation } from '../app/navigation';

type Props = { clientId?: string | undefined };

export function HandoverLinks({ clientId }: Props) {
  const { navigate } = useNavigation();
  return clientId ? (
    <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'handover', clientId })}>
      Hand over to another adviser
    </button>
  ) : (
    <button type="button" className="button button-quiet" onClick={() => navigate({ name: 'handover' })}>
      Import a handover file
    </button>
  );
}
