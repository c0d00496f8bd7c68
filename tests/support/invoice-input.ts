// An invoice typed by hand, as the contract takes it: plain data, so the
// end-to-end tests (which send it through the harness) use it as well as the
// integration tests.

/** An invoice by hand to the school for one day's guidance, billing the diary session if one is named. */
export const anInvoiceInput = (
  organisationId: string,
  description = 'Careers guidance',
  diarySessionId: string | null = null,
) => ({
  organisationId,
  invoiceDate: '2026-11-30',
  supplyFrom: null,
  supplyTo: null,
  purchaseOrder: '',
  billingName: '',
  billingAddress: '',
  notes: '',
  lines: [
    {
      suppliedOn: '2026-11-25',
      description,
      quantity: 1,
      unit: 'day' as const,
      ratePence: 30_000,
      vat: 'no-vat' as const,
      diarySessionId,
    },
  ],
});
