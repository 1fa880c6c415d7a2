// The background's connection to the library: it alone opens the database with an upgrade (migrations.ts)
// and writes to it (library.ts). Extension pages read through library-read.ts; content scripts send messages.
import { migrateLibrary } from './migrations';
import { type OpenOptions, openDatabase } from './open-db';
import type { LibraryDb } from './schema';

export type { OpenOptions } from './open-db';

export function openLibraryDb(options: OpenOptions = {}): Promise<LibraryDb> {
  return openDatabase(options, migrateLibrary);
}
