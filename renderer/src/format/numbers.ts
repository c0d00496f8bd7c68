// Counts and money as an adviser reads them: "1,234 clients", "£350.00".

const count = new Intl.NumberFormat('en-GB');
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const hours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${count.format(value)} ${value === 1 ? singular : plural}`;
}

export function formatNumber(value: number): string {
  return count.format(value);
}

export function formatHours(value: number): string {
  return `${hours.format(value)} ${value === 1 ? 'hour' : 'hours'}`;
}

export function formatPence(pence: number): string {
  return pounds.format(pence / 100);
}

/** "350", "350.5", "£1,200.00" -> pence; null when blank; NaN when not a sum of money. */
export function parsePounds(text: string): number | null {
  const tidy = text.trim().replace(/^£/, '').replaceAll(',', '').trim();
  if (tidy === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(tidy)) return Number.NaN;
  return Math.round(Number(tidy) * 100);
}

export function penceToPounds(pence: number | null): string {
  return pence === null ? '' : (pence / 100).toFixed(2);
}

/** A plain decimal ("7.5") -> number; null when blank; NaN when not a number. */
export function parseDecimal(text: string): number | null {
  const tidy = text.trim();
  if (tidy === '') return null;
  return /^\d+(\.\d+)?$/.test(tidy) ? Number(tidy) : Number.NaN;
}
