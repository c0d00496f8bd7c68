// Spelling without the network. On Windows and Linux Chromium's spellchecker
// downloads Hunspell dictionaries from Google's servers, which would break
// "nothing is sent anywhere", so it is off there. macOS checks spelling with
// the system's own dictionaries and downloads nothing, so it stays on.

export function isSpellcheckOnDevice(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export type SpellcheckSession = { setSpellCheckerEnabled(isEnabled: boolean): void };

/** Switches the session's spellchecker off wherever it would download dictionaries. */
export function keepSpellcheckOffline(session: SpellcheckSession, platform: NodeJS.Platform): void {
  if (!isSpellcheckOnDevice(platform)) session.setSpellCheckerEnabled(false);
}
