// A field's hint and problem, with the ids fieldDescribers points at.
type Props = { id: string; hint?: string | undefined; error?: string | undefined };

export function FieldMessages({ id, hint, error }: Props) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="notice-label">Problem: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
