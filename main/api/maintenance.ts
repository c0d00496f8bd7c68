// What only the admin command (`waymark`) does, below the contract. These have
// no channel on purpose, so no window can ask for them: each works on the whole
// vault or leaves the app's own records aside.
// - verify: the cipher, integrity and counts of the open vault, for a script
//   checking a machine; the app runs its own damage check at unlock.
// - demo: fills a vault with up to 100,000 generated people, for support and
//   benchmarks; the preview's small throwaway demo is the `vault.openDemo` channel.
// - audit: the whole audit log with each entry's detail as stored (the pinned
//   JSON); `audit.list` pages it and flattens the detail for the screen.
// - sar: a subject-access bundle for a client with no logged request, written
//   whole to a file and then logged as a disclosure; the app's bundle answers a
//   logged request as a background job (`subjectAccess.start`).
// The command line reaches them only through here, never main/services itself.
import type { OpenVault } from '../vault';
import { logDisclosure } from '../services/disclosures';
import { buildSubjectAccessBundle, clientBundleOptions, subjectAccessDisclosure } from '../services/subject-access';

export { checkVault, type VaultCheck } from '../services/inventory';
export { generateDemoPractice, type DemoSummary } from '../services/demo';
export { allAuditEvents } from '../services/audit';

/** Builds the bundle, hands it to `write` whole, and only then logs the disclosure to the data subject. */
export async function subjectAccessBundleForClient(
  vault: OpenVault,
  request: { clientId: string; on: string; password: string | undefined; write: (zip: Buffer) => void },
): Promise<{ bytes: number; isControllerComplete: boolean }> {
  const { options: bundle, isControllerComplete } = clientBundleOptions(vault, {
    clientId: request.clientId,
    on: request.on,
  });
  const zip = await buildSubjectAccessBundle(vault, { ...bundle, password: request.password });
  request.write(zip);
  logDisclosure(
    vault,
    subjectAccessDisclosure(request.clientId, 'The data subject (subject access request)', request.on),
  );
  return { bytes: zip.length, isControllerComplete };
}
