/**
 * Which tab a tab group opens on: a URL parameter (`?platform=macos`, sent by support) wins over the
 * reader's remembered choice, which wins over the first tab. Pure, so it is unit-tested.
 */
export function chooseTab(
  values: string[],
  fromUrl: string | null | undefined,
  remembered: string | null | undefined,
): string | undefined {
  for (const candidate of [fromUrl, remembered]) {
    const wanted = candidate?.trim().toLowerCase();
    if (wanted && values.includes(wanted)) return wanted;
  }
  return values[0];
}

/** The localStorage key under which a sync group's choice is remembered. */
export function storageKey(sync: string): string {
  return `tabs:${sync}`;
}
