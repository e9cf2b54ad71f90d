import type { DiagnosticsLevel } from './features/diagnostics';

// The server's settings (`closeReading.*`), with the defaults a client that sends none gets.
export interface Settings {
  include: string;
  exclude: string[];
  maxFileSize: number;
  inlayHints: { dates: boolean; backReferences: boolean };
  diagnostics: DiagnosticsLevel;
}

export const DEFAULT_SETTINGS: Settings = {
  include: '**/*.{txt,md,markdown}',
  exclude: ['**/node_modules/**', '**/.git/**'],
  maxFileSize: 10 * 1024 * 1024,
  inlayHints: { dates: false, backReferences: true },
  diagnostics: 'information',
};

/** Settings from whatever the client sent: `null`, a partial object, or values of the wrong type. */
export function readSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const hints = (value.inlayHints && typeof value.inlayHints === 'object' ? value.inlayHints : {}) as Record<string, unknown>;
  const flag = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
  return {
    include: typeof value.include === 'string' ? value.include : DEFAULT_SETTINGS.include,
    exclude: Array.isArray(value.exclude) ? value.exclude.filter((p): p is string => typeof p === 'string') : DEFAULT_SETTINGS.exclude,
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    inlayHints: {
      dates: flag(hints.dates, DEFAULT_SETTINGS.inlayHints.dates),
      backReferences: flag(hints.backReferences, DEFAULT_SETTINGS.inlayHints.backReferences),
    },
    diagnostics: value.diagnostics === 'hint' || value.diagnostics === 'off' || value.diagnostics === 'information' ? value.diagnostics : DEFAULT_SETTINGS.diagnostics,
  };
}
