// The vault room's one door.
export { createVault, type Vault, type VaultDatabase, type OpenVault, type VaultOptions } from './vault';
export { defaultVaultDirectory, userDataDirectory, vaultFiles, appName } from './paths';
export { fastestSafeKdf, kdfFloor, startKdfThreadAhead, useArgon2Addon, type KdfParameters } from './kdf';
export { createIdleLock } from './idle-lock';
