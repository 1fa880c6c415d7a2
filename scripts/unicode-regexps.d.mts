import type { Plugin } from 'vite';

export function deferUnicodeRegexps(code: string): string;
export function unicodeRegexpsOnFirstUse(only: (fileName: string) => boolean): Plugin;
