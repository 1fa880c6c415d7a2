// A backup file merged into the library, for every extension page that imports one (the options page and
// the library): read here in pieces (a backup may be larger than one string can hold), its records sent to
// the background, the library's one writer, in batches (utils/messaging/import-batches.ts). A file that
// cannot be read comes back as errors and changes nothing.
import type { ImportOutcome } from '../../components/library/api';
import { readBackup, textChunks } from '../../utils/export/import-backup';
import { askBackground } from '../../utils/messaging/client';
import { importInBatches } from '../../utils/messaging/import-batches';

export async function importBackupFile(file: Blob): Promise<ImportOutcome> {
  const parsed = await readBackup(textChunks(file), Date.now());
  if (!parsed.ok) return parsed;
  const result = await importInBatches(askBackground, parsed, crypto.randomUUID());
  return result.ok ? { ...result, futureDated: parsed.futureDated } : result;
}
