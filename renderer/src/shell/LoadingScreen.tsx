// Shown for the moment it takes to ask main whether a vault exists.
import { LockedLayout } from '../components/LockedLayout';

export function LoadingScreen() {
  return (
    <LockedLayout>
      <p role="status" className="loading">
        Opening Waymark…
      </p>
    </LockedLayout>
  );
}
