/**
 * Components available in every article without an import (passed to `<Content components>`).
 * Adding one here makes it part of the authoring vocabulary: document it in docs/authoring.md.
 */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Kbd from './Kbd.astro';
import Steps from './Steps.astro';
import Tab from './Tab.astro';
import Tabs from './Tabs.astro';
import UiPath from './UiPath.astro';
import Video from './Video.astro';
import type { AuthoringComponentName } from './names.ts';

export const authoringComponents = { Callout, Figure, Kbd, Steps, Tab, Tabs, UiPath, Video } satisfies Record<AuthoringComponentName, unknown>;
