// The invoice rules both sides use: the UK VAT number's shape, VAT only on
// standard-rated lines, amounts to the penny, numbering, the due date and the
// status an adviser reads.
import { describe, expect, it } from 'vitest';
import {
  dueDate,
  invoiceNumber,
  invoiceState,
  isUkVatNumber,
  lineAmountPence,
  tidyVatNumber,
  totalsOf,
} from '../../shared/invoices';

describe('invoice rules', () => {
  it('takes a UK VAT number as GB and 9 or 12 digits, or the 9 digits alone, with spaces', () => {
    for (const good of ['GB123456789', 'gb 123 4567 89', '123456789', 'GB123456789012'])
      expect(isUkVatNumber(good)).toBe(true);
    for (const bad of ['GB12345678', '12345678', 'GB1234567890', 'FR123456789', 'GB12345678A', ''])
      expect(isUkVatNumber(bad)).toBe(false);
    expect(tidyVatNumber('gb 123 4567 89')).toBe('GB123456789');
  });

  it('charges VAT at 20 % on the standard-rated lines only, rounded once on their sum', () => {
    expect(
      totalsOf([
        { amountPence: 35_000, vat: 'standard' },
        { amountPence: 1_800, vat: 'exempt' },
        { amountPence: 1_001, vat: 'standard' },
      ]),
    ).toEqual({ netPence: 37_801, vatPence: 7_200, totalPence: 45_001 });
    expect(totalsOf([{ amountPence: 35_000, vat: 'no-vat' }])).toEqual({
      netPence: 35_000,
      vatPence: 0,
      totalPence: 35_000,
    });
  });

  it('works out a line to the penny, numbers with the prefix, and the due date across a month end', () => {
    expect(lineAmountPence(0.5, 35_000)).toBe(17_500);
    expect(lineAmountPence(2.33, 6_000)).toBe(13_980);
    expect(lineAmountPence(40, 45)).toBe(1_800);
    expect(invoiceNumber('INV-', 7)).toBe('INV-0007');
    expect(invoiceNumber('', 12_345)).toBe('12345');
    expect(dueDate('2026-11-30', 30)).toBe('2026-12-30');
    expect(dueDate('2027-02-15', 14)).toBe('2027-03-01');
  });

  it('reads a sent invoice past its due date as overdue, and a credit note as a credit note', () => {
    expect(invoiceState({ kind: 'invoice', status: 'sent', dueOn: '2026-12-14' }, '2026-12-14')).toBe('sent');
    expect(invoiceState({ kind: 'invoice', status: 'sent', dueOn: '2026-12-14' }, '2026-12-15')).toBe('overdue');
    expect(invoiceState({ kind: 'invoice', status: 'draft', dueOn: '2026-12-14' }, '2027-01-15')).toBe('draft');
    expect(invoiceState({ kind: 'credit-note', status: 'sent', dueOn: '2026-12-14' }, '2027-01-15')).toBe(
      'credit-note',
    );
  });
});
