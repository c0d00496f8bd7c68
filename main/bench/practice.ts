// Builds the benchmark's practice: a vault with the calibrated key derivation
// holding the seeded demo practice. The benchmark runs this in a child process
// (build-practice.ts), so the process it measures holds only what the app
// holds at that size, not the generator's work or the vault's creation.
import { todayInLondon } from '../../shared/dates';
import { generateDemoPractice, type DemoSummary } from '../services/demo';
import { createVault } from '../vault';
import { benchPassphrase } from './passphrase';

export { benchPassphrase };

export async function buildPractice(
  directory: string,
  clientCount: number,
  onProgress: (clientsWritten: number) => void = () => undefined,
): Promise<DemoSummary> {
  const vault = createVault({ directory });
  await vault.create(benchPassphrase, benchPassphrase);
  try {
    return generateDemoPractice(vault.database(), {
      clients: clientCount,
      seed: 1,
      today: todayInLondon(),
      interviewsPerSeenClient: 7,
      onProgress,
    });
  } finally {
    vault.lock();
  }
}
