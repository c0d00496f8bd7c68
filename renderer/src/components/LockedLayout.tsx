// The frame for screens shown while the vault is locked or being set up.
import type { ReactNode } from 'react';

export function LockedLayout({ children }: { children: ReactNode }) {
  return (
    <div className="locked-layout">
      <header className="locked-header">
        <p className="brand">Waymark</p>
      </header>
      <main className="card">{children}</main>
    </div>
  );
}
