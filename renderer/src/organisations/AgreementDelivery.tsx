// What the agreement bought this academic year against what the diary shows
// used and booked, in the unit bought ("12 days bought: 3.5 used, 2 booked,
// 6.5 left"), with a calm note from 80 % and a firmer one at 100 % and over.
import { formatAmount } from '../../../shared/agreement-delivery';
import type { Overview } from '../api/contract-types';
import { PageButton } from '../components/PageButton';
import { formatDate } from '../format/dates';
import { formatHours } from '../format/numbers';

type Delivery = Overview['delivery'];

const figure = (amount: number) => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace(/0$/, ''));

/** One sentence an adviser can read aloud to the careers leader. */
export function describeDelivery(delivery: Delivery): string {
  if (!delivery.hasAgreement)
    return 'No agreement is recorded, so there is nothing bought to measure against. Add one with Edit details.';
  if (delivery.from > delivery.to) return 'The agreement does not cover this academic year.';
  const { unit, bought, used, booked, left } = delivery;
  if (bought === null || left === null) {
    return `The agreement does not say how much was bought. The diary shows ${formatAmount(used, unit)} used and ${figure(booked)} booked.`;
  }
  const rest = left < 0 ? `${formatAmount(-left, unit)} over` : `${figure(left)} left`;
  return `${formatAmount(bought, unit)} bought: ${figure(used)} used, ${figure(booked)} booked, ${rest}.`;
}

function warningFor(delivery: Delivery): { className: string; label: string; text: string } | null {
  switch (delivery.warning) {
    case 'nearly':
      return {
        className: 'notice notice-info',
        label: 'Nearly used: ',
        text: 'at least 80 % of what was bought has been used. You may want to talk to the school about what comes next.',
      };
    case 'all':
      return {
        className: 'notice notice-problem',
        label: 'All used: ',
        text: 'everything bought has been used. Agree more with the school before booking further sessions.',
      };
    case 'over':
      return {
        className: 'notice notice-problem',
        label: 'Over: ',
        text: 'more has been delivered than was bought. Agree the extra with the school before you invoice it.',
      };
    default:
      return null;
  }
}

type Props = { overview: Overview; organisationId: string };

export function AgreementDelivery({ overview, organisationId }: Props) {
  const { delivery } = overview;
  const warning = warningFor(delivery);
  const isMeasured = delivery.hasAgreement && delivery.from <= delivery.to;
  return (
    <section className="panel" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">The agreement this academic year</h2>
      {isMeasured ? (
        <p className="field-hint">
          From {formatDate(delivery.from)} to {formatDate(delivery.to)}, from the diary.
        </p>
      ) : null}
      <p data-testid="delivery">{describeDelivery(delivery)}</p>
      {warning ? (
        <div className={warning.className} data-testid="delivery-warning">
          <p>
            <span className="notice-label">{warning.label}</span>
            {warning.text}
          </p>
        </div>
      ) : null}
      {delivery.used === 0 && overview.hoursRecorded > 0 ? (
        <p className="field-hint" data-testid="recorded-hours">
          Interviews and group sessions recorded this academic year come to {formatHours(overview.hoursRecorded)}; only
          sessions in the diary count against the agreement.
        </p>
      ) : null}
      <p>
        <PageButton page={{ name: 'invoice-new', organisationId }}>Create an invoice</PageButton>
      </p>
    </section>
  );
}
