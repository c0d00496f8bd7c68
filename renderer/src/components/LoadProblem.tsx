// Something could not be read: say what, and offer to try again.
type Props = { what: string; message: string; onRetry: () => void };

export function LoadProblem({ what, message, onRetry }: Props) {
  return (
    <div role="alert" className="notice notice-problem">
      <p>
        <span className="notice-label">Problem: </span>
        {what} could not be read. {message}
      </p>
      <p>
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      </p>
    </div>
  );
}
