import type { Locator, Page } from '@playwright/test';

/** The studio as a user sees it: its panes and controls, found by their accessible names. */
export class StudioPage {
  constructor(readonly page: Page) {}

  get navigator(): Locator {
    return this.page.getByRole('navigation', { name: 'Services' });
  }

  service(name: string): Locator {
    return this.navigator.getByRole('treeitem', { name });
  }

  get canvas(): Locator {
    return this.page.locator('.react-flow');
  }

  state(label: string): Locator {
    return this.page.getByRole('group', { name: `State ${label}` });
  }

  get properties(): Locator {
    return this.page.getByRole('complementary', { name: 'Properties' });
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  get console(): Locator {
    return this.page.getByRole('log', { name: 'Console output' });
  }

  async openService(name: string): Promise<void> {
    await this.service(name).click();
  }
}
