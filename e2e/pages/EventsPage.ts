import type { Locator, Page } from '@playwright/test';

/** The Send Flux Event and Run dialogs, the Runs tab and the menu bar, as a user finds them. */
export class EventsPage {
  constructor(readonly page: Page) {}

  get sendDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Send Flux Event' });
  }

  get runDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Run' });
  }

  get preview(): Locator {
    return this.sendDialog.getByRole('status', { name: 'What this event will do' });
  }

  /** Opens the dialog from the menu bar: Flux > Send Flux Event. */
  async openFromMenu(): Promise<void> {
    await this.page.getByRole('menubar').getByRole('menuitem', { name: 'Flux' }).click();
    await this.page.getByRole('menu', { name: 'Flux' }).getByRole('menuitem', { name: /Send Flux Event/ }).click();
  }

  /** Types into the Inputs editor (Monaco) of the open dialog, replacing what it holds. */
  async typeInputs(dialog: Locator, json: string): Promise<void> {
    const editor = dialog.locator('.json-editor .monaco-editor');
    await editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(json);
  }

  async send(event: string, options: { inputs?: string; tags?: string } = {}): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+E');
    await this.sendDialog.getByLabel('Event', { exact: true }).fill(event);
    if (options.inputs) await this.typeInputs(this.sendDialog, options.inputs);
    if (options.tags) await this.sendDialog.getByLabel('Tags').fill(options.tags);
    await this.sendDialog.getByRole('button', { name: 'Send', exact: true }).click();
  }

  get runs(): Locator {
    return this.page.getByRole('table', { name: 'Runs' });
  }

  run(service: string): Locator {
    return this.runs.getByRole('row').filter({ hasText: service });
  }
}
