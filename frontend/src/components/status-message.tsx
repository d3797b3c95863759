// A polite live region for confirmations ("Partner saved"). It stays in the DOM so screen
// readers pick up changes to its text.
export function StatusMessage({ message }: { message?: string | null }) {
  return (
    <div role="status" className={message ? 'utrecht-alert utrecht-alert--ok status-message' : 'status-message--empty'}>
      {message && (
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">{message}</div>
        </div>
      )}
    </div>
  );
}
