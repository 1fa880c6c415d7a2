// A problem the reader should know about, announced by screen readers, with a way to dismiss it.
export function ErrorBanner({ message, onDismiss }: { message: string | null; onDismiss?: () => void }) {
  if (!message) return null;
  return (
    <div class="sl-error" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" class="sl-link-button" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
