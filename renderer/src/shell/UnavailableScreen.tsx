// Main could not be reached at start-up: say so plainly and offer a retry.
import { LockedLayout } from '../components/LockedLayout';
import { ScreenHeading } from '../components/ScreenHeading';

export function UnavailableScreen({ message }: { message: string }) {
  return (
    <LockedLayout>
      <ScreenHeading>Waymark cannot start</ScreenHeading>
      <div role="alert" className="notice notice-problem">
        <p>{message}</p>
      </div>
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Try again
      </button>
    </LockedLayout>
  );
}
