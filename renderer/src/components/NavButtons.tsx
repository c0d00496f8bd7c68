// A row of buttons that move between places (the app's sections, a screen's
// views): a list in a named nav, the current place marked aria-current="page".
type Place = { key: string; label: string };

type Props<P extends Place> = {
  label: string;
  places: readonly P[];
  current: P['key'];
  onChoose: (place: P) => void;
  buttonClassName: string;
  className?: string;
  listClassName?: string;
};

export function NavButtons<P extends Place>({
  label,
  places,
  current,
  onChoose,
  buttonClassName,
  className,
  listClassName,
}: Props<P>) {
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {places.map((place) => (
          <li key={place.key}>
            <button
              type="button"
              className={buttonClassName}
              aria-current={place.key === current ? 'page' : undefined}
              onClick={() => onChoose(place)}
            >
              {place.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
