// A form's problem, announced as it appears. The region is always present so
// screen readers pick up the change; it only takes up room when there is a message.
type Props = { id: string; message: string };

export function FormAlert({ id, message }: Props) {
  return (
    <div id={id} role="alert" className={message ? 'notice notice-problem' : 'notice-empty'}>
      {message ? (
        <p>
          <span className="notice-label">Problem: </span>
          {message}
        </p>
      ) : null}
    </div>
  );
}
