import { OptionError } from './options';

/**
 * Names of the stage lists in presets.ts. Kept apart from the stages so the CLI's main thread can validate
 * `--preset` without loading the libraries the stages import.
 */
export const PRESET_NAMES = ['default', 'baseline-compromise', 'baseline-wink-dates'] as const;

/** One of PRESET_NAMES. */
export type PresetName = (typeof PRESET_NAMES)[number];

/** Checks a preset name; an unknown one is a configuration error naming the value found. */
export function checkPresetName(name: string): PresetName {
  const found = PRESET_NAMES.find((p) => p === name);
  if (!found)
    throw new OptionError(
      'E_OPTION_PRESET',
      `news-extract: --preset must be one of ${PRESET_NAMES.join(', ')}; found ${JSON.stringify(name)}`,
    );
  return found;
}
