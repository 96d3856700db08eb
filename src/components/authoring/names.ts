/**
 * Names of the components an article may use without importing them. Plain data, so that the MDX
 * plugins (which run outside Astro's renderer) can check an article's components by name; index.ts
 * maps each name to its component.
 */
export const AUTHORING_COMPONENTS = ['Callout', 'Figure', 'Kbd', 'Steps', 'Tab', 'Tabs', 'UiPath', 'Video'] as const;

export type AuthoringComponentName = (typeof AUTHORING_COMPONENTS)[number];

/** The kinds of `<Callout type="…">`, from the mildest. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'danger'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];
