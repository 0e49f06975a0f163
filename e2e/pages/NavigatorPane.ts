import type { Locator, Page } from '@playwright/test';

/** The navigator on the left: the service tree, its commands, and the dialogs they open. */
export class NavigatorPane {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('navigation', { name: 'Services' });
  }

  service(name: string): Locator {
    return this.root.getByRole('treeitem', { name, exact: true });
  }

  folder(path: string): Locator {
    return this.root.getByRole('treeitem', { name: path, exact: true });
  }

  /** Folds or unfolds a folder of the tree by clicking its row. */
  async toggleFolder(path: string): Promise<void> {
    await this.folder(path).locator('.service-tree__row').first().click();
  }

  command(name: 'New Flux Service' | 'Rename' | 'Delete' | 'Close' | 'Open Folder'): Locator {
    return this.root.getByRole('toolbar', { name: 'Service commands' }).getByRole('button', { name, exact: true });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title });
  }

  async createService(name: string): Promise<void> {
    await this.command('New Flux Service').click();
    await this.dialog('New Flux Service').getByLabel('Name').fill(name);
    await this.dialog('New Flux Service').getByRole('button', { name: 'Create' }).click();
  }

  /** Answers the question about unsaved changes. */
  async answerUnsaved(answer: 'Save' | 'Discard' | 'Cancel'): Promise<void> {
    await this.dialog('Unsaved Changes').getByRole('button', { name: answer, exact: true }).click();
  }
}
