// The adviser's invoice details: trading name, VAT number, bank account and
// the numbering (prefix and next number). Their name comes from Settings and
// their address from the practice details, so each is typed once.
import { invoiceDetailsSchema, type InvoiceDetails, type Issuer } from '../../../shared/contract/invoices';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { readPracticeDetails } from '../practice';
import { readSettings, readStoredSetting, writeStoredSetting } from '../settings';

const key = 'invoices.details';
export const defaultInvoiceDetails: InvoiceDetails = {
  tradingName: '',
  vatNumber: '',
  bankAccountName: '',
  sortCode: '',
  accountNumber: '',
  prefix: 'INV-',
  nextNumber: 1,
};

export function readInvoiceDetails(vault: OpenVault): InvoiceDetails {
  return readStoredSetting(vault, key, invoiceDetailsSchema, defaultInvoiceDetails);
}

/** The details with the adviser's name and address beside them, as the settings form shows them. */
export function invoiceDetailsWithIssuer(vault: OpenVault): InvoiceDetails & { adviserName: string; address: string } {
  const { adviserName, address } = issuerOf(vault);
  return { ...readInvoiceDetails(vault), adviserName, address };
}

export function saveInvoiceDetails(
  vault: OpenVault,
  details: InvoiceDetails,
): InvoiceDetails & { adviserName: string; address: string } {
  const checked = invoiceDetailsSchema.parse(details);
  const used = highestUsed(vault, checked.prefix);
  if (used !== null && checked.nextNumber <= used.sequence) {
    throw new AppError(
      'VALIDATION',
      `${used.number} already exists, so the next number must be ${used.sequence + 1} or more: no number is ever used twice. Nothing was saved.`,
    );
  }
  writeStoredSetting(vault, key, checked);
  return invoiceDetailsWithIssuer(vault);
}

/** The highest number already used with this prefix, so the sequence is never wound back onto it. */
function highestUsed(vault: OpenVault, prefix: string): { number: string; sequence: number } | null {
  const numbers = vault.sqlite
    .prepare('SELECT number FROM invoices WHERE substr(number, 1, length(@prefix)) = @prefix')
    .all({ prefix }) as { number: string }[];
  let highest: { number: string; sequence: number } | null = null;
  for (const { number } of numbers) {
    const rest = number.slice(prefix.length);
    if (!/^\d+$/.test(rest)) continue;
    const sequence = Number(rest);
    if (!highest || sequence > highest.sequence) highest = { number, sequence };
  }
  return highest;
}

/**
 * Takes the next number: the caller does this inside the transaction that saves the invoice. Past the
 * highest used as well as the one set, since sync can bring in numbers the other computer took (or
 * renumber one past them) without this computer's setting moving on.
 */
export function takeNextSequence(vault: OpenVault): { details: InvoiceDetails; sequence: number } {
  const details = readInvoiceDetails(vault);
  const sequence = Math.max(details.nextNumber, (highestUsed(vault, details.prefix)?.sequence ?? 0) + 1);
  writeStoredSetting(vault, key, { ...details, nextNumber: sequence + 1 });
  return { details, sequence };
}

/** Who the invoice is from, as it will be kept with the invoice. */
export function issuerOf(vault: OpenVault): Issuer {
  const details = readInvoiceDetails(vault);
  const practice = readPracticeDetails(vault);
  return {
    adviserName: readSettings(vault.db).adviserName.trim(),
    tradingName: details.tradingName || practice.businessName,
    address: practice.address,
    vatNumber: details.vatNumber,
    bankAccountName: details.bankAccountName,
    sortCode: details.sortCode,
    accountNumber: details.accountNumber,
  };
}
