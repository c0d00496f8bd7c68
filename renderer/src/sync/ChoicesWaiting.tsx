// "2 values changed on both computers wait for your choice. Choose": said in
// the status bar and beside Sync now, leading to the page that offers them.
import { PageLink } from '../components/PageLink';

export function ChoicesWaiting({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <>
      {count === 1
        ? 'One value changed on both computers waits for your choice. '
        : `${count} values changed on both computers wait for your choice. `}
      <PageLink to={{ name: 'sync-choices' }}>Choose</PageLink>
    </>
  );
}
