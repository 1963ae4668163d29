import { browser } from '../shared/browser.ts';
import { ui } from '../shared/i18n.ts';
import { type ToolbarState, toolbarLook } from './toolbar-look.ts';

/** Shows on the toolbar button whether a silence is in force in one of the user's countries, or warnings are paused. */
export async function showToolbarState(state: ToolbarState): Promise<void> {
  const look = toolbarLook(ui, state, Date.now());
  await Promise.all([
    browser.action.setBadgeText({ text: look.text }),
    browser.action.setBadgeBackgroundColor({ color: look.color }),
    browser.action.setTitle({ title: look.title }),
  ]);
}
