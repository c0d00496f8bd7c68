// Puts focus somewhere sensible once a panel closes, after React has redrawn.
export function focusSoon(elementId: string): void {
  window.requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}
