// Pupils ticked on an organisation's overview (not seen yet, still to be seen
// for Benchmark 8), to book into a diary session together.
import { useState } from 'react';
import { useNavigation } from '../app/navigation';

export type PupilToBook = { id: string; name: string; yearGroup: number | null; tutorGroup: string };

/** `noneTicked` is what Book says when nobody is ticked yet. */
export function usePupilsToBook(organisationId: string, noneTicked: string) {
  const { navigate } = useNavigation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const toggle = (id: string, isChosen: boolean) =>
    setChosen((current) => (isChosen ? [...current, id] : current.filter((other) => other !== id)));
  // In the order they were ticked, which is the order the booking lists them.
  const book = (pupils: readonly PupilToBook[]) => {
    if (chosen.length === 0) {
      setProblem(noneTicked);
      return;
    }
    const booked = chosen
      .flatMap((id) => pupils.filter((pupil) => pupil.id === id))
      .map((pupil) => ({
        clientId: pupil.id,
        name: pupil.name,
        yearGroup: pupil.yearGroup,
        tutorGroup: pupil.tutorGroup,
      }));
    navigate({ name: 'diary-book', organisationId, pupils: booked });
  };
  return { chosen, toggle, problem, book };
}
