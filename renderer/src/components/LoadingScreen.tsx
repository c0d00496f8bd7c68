// A screen that shows nothing until its record arrives: the way back, the
// screen's heading, and the record's loading line or the problem met reading it.
import type { ComponentProps } from 'react';
import { BackLink } from './BackLink';
import { LoadingOrProblem } from './LoadingOrProblem';
import { ScreenHeading } from './ScreenHeading';

type Props = ComponentProps<typeof LoadingOrProblem> & { heading: string };

export function LoadingScreen({ heading, ...loading }: Props) {
  return (
    <>
      <BackLink />
      <ScreenHeading>{heading}</ScreenHeading>
      <LoadingOrProblem {...loading} />
    </>
  );
}
