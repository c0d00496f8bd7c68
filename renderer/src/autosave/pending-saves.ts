// Every autosave on screen registers here, so work in hand can be written
// before the vault locks or the page goes away.

type Flush = () => Promise<boolean>;

const flushes = new Set<Flush>();

export function registerPendingSave(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Writes whatever is waiting; true when everything is saved. Never throws, so locking still goes ahead. */
export async function flushPendingSaves(): Promise<boolean> {
  const outcomes = await Promise.allSettled([...flushes].map((flush) => flush()));
  return outcomes.every((outcome) => outcome.status === 'fulfilled' && outcome.value);
}
