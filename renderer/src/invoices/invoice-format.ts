// Words and figures the invoice screens share.
import { invoiceUnitLabels, type InvoiceUnit } from '../../../shared/invoices';

export const unitOptions = (Object.keys(invoiceUnitLabels) as InvoiceUnit[]).map((unit) => ({
  value: unit,
  label:
    unit === 'mileage'
      ? 'Mileage (miles)'
      : invoiceUnitLabels[unit].one.charAt(0).toUpperCase() + invoiceUnitLabels[unit].one.slice(1),
}));

export function formatQuantity(quantity: number, unit: InvoiceUnit): string {
  const words = invoiceUnitLabels[unit];
  const number = Number.isInteger(quantity) ? String(quantity) : String(Math.round(quantity * 100) / 100);
  return `${number} ${quantity === 1 ? words.one : words.many}`;
}

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
