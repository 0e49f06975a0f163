import type { Locator, Page } from '@playwright/test';

/** The canvas, as far as the Properties, Source and Navigator specs need it. */
export class CanvasView {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.locator('.react-flow');
  }

  /** Clicks a blank part of the canvas, which selects the service itself. */
  async clickBlank(): Promise<void> {
    const box = await this.page.locator('.react-flow__pane').boundingBox();
    if (!box) throw new Error('The canvas pane is not on screen.');
    await this.page.mouse.click(box.x + box.width - 30, box.y + 30);
  }

  state(label: string): Locator {
    return this.page.getByRole('group', { name: `State ${label}` });
  }

  /** A transition's label on the canvas (its event and wait); clicking it selects the transition. */
  transitionLabel(text: string): Locator {
    return this.root.locator('.transition-label', { hasText: text });
  }
}
