import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas as a user works it: menus, dialogs, states and transitions, by accessible names. */
export class CanvasPage {
  constructor(readonly page: Page) {}

  get flow(): Locator {
    return this.page.locator('.react-flow');
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  /** Clicks a blank part of the canvas (its top-right corner), which selects the service itself. */
  async clickBlank(): Promise<void> {
    const box = await this.pane.boundingBox();
    if (!box) throw new Error('The canvas pane is not on screen.');
    await this.page.mouse.click(box.x + box.width - 30, box.y + 30);
  }

  state(label: string): Locator {
    return this.page.getByRole('group', { name: `State ${label}`, exact: true });
  }

  get states(): Locator {
    return this.page.locator('.react-flow__node');
  }

  get edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** The label of a transition (its event, its wait); clicking it selects the transition. */
  transitionLabel(text: string): Locator {
    return this.edgeLabel(text);
  }

  /** The label of a transition (its event, its wait). */
  edgeLabel(text: string): Locator {
    return this.page.locator('.transition-label', { hasText: text });
  }

  get menu(): Locator {
    return this.page.getByRole('menu');
  }

  menuItem(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Right-clicks a blank point of the canvas, given relative to the pane's top-left corner. */
  async openPaneMenu(at: { x: number; y: number } = { x: 80, y: 80 }): Promise<void> {
    await this.pane.click({ button: 'right', position: at });
    await expect(this.menu).toBeVisible();
  }

  async choosePaneMenu(item: string, at?: { x: number; y: number }): Promise<void> {
    await this.openPaneMenu(at);
    await this.menuItem(item).click();
  }

  async chooseStateMenu(label: string, item: string): Promise<void> {
    await this.state(label).click({ button: 'right' });
    await this.menuItem(item).click();
  }

  /** Adds a state through the canvas's context menu, at a point of the pane. */
  async addState(name: string, at?: { x: number; y: number }): Promise<void> {
    await this.choosePaneMenu('Add State', at);
    await this.fillDialog('Add State', 'Name', name, 'Save State');
    await expect(this.state(name)).toBeVisible();
  }

  async fillDialog(title: string, field: string, value: string, button: string): Promise<void> {
    const dialog = this.dialog(title);
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(field).fill(value);
    await dialog.getByRole('button', { name: button }).click();
    await expect(dialog).toBeHidden();
  }

  /** Drags from a state's outgoing handle onto another state's (or its own) incoming handle. */
  async dragConnection(from: string, to: string): Promise<void> {
    const source = await this.state(from).locator('.react-flow__handle-bottom').boundingBox();
    const target = await this.state(to).locator('.react-flow__handle-top').boundingBox();
    if (!source || !target) throw new Error('Handles are not on screen.');
    await this.page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(source.x + 40, source.y + 60, { steps: 5 });
    await this.page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
    await this.page.mouse.up();
  }

  async connect(from: string, to: string, event: string): Promise<void> {
    await this.dragConnection(from, to);
    await this.fillDialog('New Transition', 'Event', event, 'OK');
  }

  /** Drags a state by its middle, by a distance in screen pixels, as a mouse would. */
  async dragState(label: string, by: { x: number; y: number }): Promise<void> {
    const box = await this.state(label).boundingBox();
    if (!box) throw new Error(`State ${label} is not on screen.`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + by.x / 2, y + by.y / 2, { steps: 5 });
    await this.page.mouse.move(x + by.x, y + by.y, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Where a state is drawn on screen. */
  async position(label: string): Promise<{ x: number; y: number }> {
    const box = await this.state(label).boundingBox();
    if (!box) throw new Error(`State ${label} is not on screen.`);
    return { x: Math.round(box.x), y: Math.round(box.y) };
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async fitView(): Promise<void> {
    await this.choosePaneMenu('Fit View');
  }
}
