import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';

describe('settings defaults', () => {
  it('keep history and show highlights unless the reader says otherwise', () => {
    expect(DEFAULT_SETTINGS.historyEnabled).toBe(true);
    expect(DEFAULT_SETTINGS.highlightsByDefault).toBe(true);
  });
});
