// Storage failures in words a reader can act on. Anything crossing a message boundary is a plain string.

export type StorageErrorCode =
  | 'quota'
  | 'blocked'
  | 'outdated'
  | 'not-found'
  | 'invalid'
  | 'unavailable'
  | 'conflict';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

export const QUOTA_MESSAGE =
  "Your browser's storage for Sourcelight is full, so this change was not saved. Everything saved before " +
  'is still there. Clear the history or delete some saved claims, then try again.';

export const BLOCKED_MESSAGE =
  "Sourcelight's library is being upgraded, but an older Sourcelight page (a popup or settings tab) is " +
  'still open. Close it and try again; nothing saved was lost.';

/** An import sent in batches of which only the first `merged` of `sent` reached the library. */
export function interruptedImportMessage(merged: number, sent: number): string {
  return (
    `Only ${merged} of the backup's ${sent} parts reached the library. Those are in, and nothing saved ` +
    'before was lost; choose the file again to import the rest (what is already in is not added twice).'
  );
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  if (name === 'QuotaExceededError') return true;
  const inner = (error as { error?: unknown; cause?: unknown }).error ?? (error as { cause?: unknown }).cause;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/** The plain message to show for any failure: quota and blocked upgrades get their own words. */
export function describeError(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong in Sourcelight; nothing saved was lost.';
}
