// The preview's offer of a demo practice: made-up people only, kept apart from
// the adviser's own vault, so Waymark can be tried without entering anyone real.
import { useState } from 'react';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';

type Props = { onOpen: () => Promise<string> };

export function DemoOffer({ onOpen }: Props) {
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();

  const open = () =>
    void run(async () => {
      setProblem('');
      setProblem(await onOpen());
    });

  return (
    <section className="demo-offer" aria-labelledby="demo-offer-heading">
      <h2 id="demo-offer-heading">Just looking around?</h2>
      <p>
        The demo practice holds only made-up people: 600 invented clients across a few schools and a college. It is kept
        separate from your own vault, and nothing you do there touches your records. Lock it to come back here.
      </p>
      <FormAlert id="demo-offer-problem" message={problem} />
      <BusyButton
        isBusy={isBusy}
        busyLabel="Opening the demo practice…"
        className="button button-quiet"
        onClick={open}
        aria-describedby={problem ? 'demo-offer-problem' : undefined}
      >
        Open the demo practice
      </BusyButton>
    </section>
  );
}
