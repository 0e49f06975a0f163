import type { Locator, Page } from '@playwright/test';

/** The Source tab: the .flux text in Monaco. */
export class SourceTab {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Source' }).click();
    await this.editor.waitFor();
  }

  get editor(): Locator {
    return this.page.locator('.source-view .monaco-editor');
  }

  get text(): Locator {
    return this.editor.locator('.view-lines');
  }

  get problems(): Locator {
    return this.page.getByRole('status', { name: 'Source problems' });
  }

  /**
   * Replaces the whole text as a user would: select all, then type it key by key. Give it one line:
   * Monaco closes brackets as they are typed and types over them, so one line ends up as given.
   */
  async replaceText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.type(text);
  }
}
