// The JSON backup: a complete, versioned copy of the saved claims and their pages.
import type { ClaimRecord, PageRecord } from '../storage/types';

export const BACKUP_FORMAT = 'sourcelight-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  claims: ClaimRecord[];
  pages?: PageRecord[];
}

export function toBackupJson(claims: ClaimRecord[], pages: PageRecord[], exportedAt: number): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    claims: claims.map((c) => ({ ...c, orphanedAt: c.orphanedAt ?? null })),
    pages,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}
