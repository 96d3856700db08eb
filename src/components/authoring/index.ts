/**
 * Components available in every article without an import, by the name authors write. Adding one
 * here makes it part of the authoring vocabulary: add its name to names.ts and document it in
 * docs/authoring.md.
 */
import { Callout } from './callout.ts';
import type { AuthoringComponent } from './component.ts';
import { Figure } from './figure.ts';
import { Kbd } from './kbd.ts';
import type { AuthoringComponentName } from './names.ts';
import { Steps } from './steps.ts';
import { Tab, Tabs } from './tabs.ts';
import { UiPath } from './ui-path.ts';
import { Video } from './video.ts';

export const authoringComponents: Readonly<Record<AuthoringComponentName, AuthoringComponent>> = { Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video };
export { ComponentPropsError, type AuthoringComponent, type ComponentContext, type ComponentProps, type PageScript } from './component.ts';
