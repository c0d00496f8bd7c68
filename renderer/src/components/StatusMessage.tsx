// A calm confirmation ("Saved."), announced politely once it appears.
type Props = { id?: string; message: string };

export function StatusMessage({ id, message }: Props) {
  return (
    <div id={id} role="status" className={message ? 'notice notice-done' : 'notice-empty'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
