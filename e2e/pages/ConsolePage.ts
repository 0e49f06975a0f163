import type { Locator, Page } from '@playwright/test';

/** The Console tab as a user sees it: its filters, commands and lines, by accessible name. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Console' });
  }

  get output(): Locator {
    return this.page.getByRole('log', { name: 'Console output' });
  }

  get level(): Locator {
    return this.toolbar.getByLabel('Level');
  }

  get service(): Locator {
    return this.toolbar.getByLabel('Service');
  }

  get run(): Locator {
    return this.toolbar.getByLabel('Run');
  }

  get filter(): Locator {
    return this.toolbar.getByRole('searchbox', { name: 'Filter' });
  }

  button(name: 'Clear' | 'Copy' | 'Follow'): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The rendered line(s) containing this text (only rows in view are rendered). */
  line(text: string | RegExp): Locator {
    return this.output.locator('.console-line', { hasText: text });
  }

  /** A line's state, which selects that state on the canvas when clicked. */
  state(name: string): Locator {
    return this.output.getByRole('button', { name, exact: true });
  }

  get dropped(): Locator {
    return this.page.getByText(/older records? dropped/);
  }

  get status(): Locator {
    return this.page.locator('.console-status');
  }

  async scrollUp(): Promise<void> {
    await this.output.hover();
    await this.page.mouse.wheel(0, -2000);
  }

  async scrollToBottom(): Promise<void> {
    await this.output.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
  }
}
