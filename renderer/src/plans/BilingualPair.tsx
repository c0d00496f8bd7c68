// A part of the plan in English and, for a Welsh or bilingual plan, its Welsh
// beside it (below it on a narrow window). An English plan shows the English alone.
import type { ReactNode } from 'react';

type Props = { isWritingWelsh: boolean; english: ReactNode; welsh: ReactNode };

export function BilingualPair({ isWritingWelsh, english, welsh }: Props) {
  if (!isWritingWelsh) return english;
  return (
    <div className="bilingual-pair">
      {english}
      {welsh}
    </div>
  );
}
