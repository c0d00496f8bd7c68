// The benchmark vault's passphrase, shared by the process that builds the practice and the one that measures it.
export const benchPassphrase = 'benchmark vault passphrase: generated people only';
