// Shows or hides every passphrase in a form at once.
type Props = { id: string; isVisible: boolean; onChange: (isVisible: boolean) => void; label?: string };

export function ShowPassphraseToggle({ id, isVisible, onChange, label = 'Show passphrase' }: Props) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={isVisible} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
