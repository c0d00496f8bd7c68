// Moving between the unlocked app's pages. Pages reach it through context, so
// a row deep in a list can open a client without threading callbacks down.
import { createContext, useContext } from 'react';
import type { HomePage } from './screen';

export type Navigation = {
  /** Opens a page; Back returns to the current one. */
  navigate(page: HomePage): void;
  /** Swaps the current page (new filters, a saved form) without adding a Back step. */
  replace(page: HomePage): void;
  /** Returns to the previous page; given a page, shows that instead (the same place, refreshed or with a notice). */
  back(instead?: HomePage): void;
  /** The page Back returns to, if any. */
  previous: HomePage | null;
};

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation is used outside the unlocked app.');
  return navigation;
}

const historyLimit = 30;

/** Builds the navigation for the home screen from where it stands now. */
export function createNavigation(
  current: HomePage,
  history: HomePage[],
  showHome: (page: HomePage, history: HomePage[]) => void,
): Navigation {
  return {
    navigate: (page) => showHome(page, [...history, current].slice(-historyLimit)),
    replace: (page) => showHome(page, history),
    back: (instead) => {
      const previous = history.at(-1);
      showHome(instead ?? previous ?? { name: 'caseload' }, history.slice(0, -1));
    },
    previous: history.at(-1) ?? null,
  };
}
