import type { Locator, Page } from '@playwright/test';

/** The Properties pane on the right, and the dialogs it opens. */
export class PropertiesPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('complementary', { name: 'Properties' });
  }

  get title(): Locator {
    return this.root.getByRole('heading', { level: 2 });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  /** Opens the Triggers (or Tags) dialog with its "…" button, types the lines and presses OK. */
  async editList(label: 'Triggers' | 'Tags', lines: string): Promise<void> {
    await this.root.getByRole('button', { name: `Edit ${label}` }).click();
    const dialog = this.dialog(label);
    await dialog.getByLabel(label).fill(lines);
    await dialog.getByRole('button', { name: 'OK' }).click();
  }

  /** Types into a field and leaves it, which commits the edit as one step. */
  async setField(label: string, value: string): Promise<void> {
    const field = this.field(label);
    await field.fill(value);
    await field.press('Tab');
  }
}
