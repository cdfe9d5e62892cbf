import { expect, type Locator, type Page } from '@playwright/test';

/** The Learn area as a learner uses it: sign in, pick a course, open a module. */
export class LearnPages {
  constructor(readonly page: Page) {}

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
  }

  async addLearner(name: string, staffId?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'I’m new' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add yourself' });
    await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
    if (staffId) await dialog.getByRole('textbox', { name: 'Staff id (optional)' }).fill(staffId);
    await dialog.getByRole('button', { name: 'Start learning' }).click();
    await expect(this.page.getByText(`Learning as ${name}`)).toBeVisible();
  }

  async signInAs(name: string): Promise<void> {
    await this.page
      .getByRole('list', { name: 'Learners on this machine' })
      .getByRole('button', { name: new RegExp(name) })
      .click();
    await expect(this.page.getByText(`Learning as ${name}`)).toBeVisible();
  }

  async switchLearner(): Promise<void> {
    await this.page.getByRole('button', { name: 'Switch learner' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Who is learning?' })).toBeVisible();
  }

  async openCourse(title: string): Promise<void> {
    await this.page.getByRole('list', { name: 'Courses' }).getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  moduleRow(title: string): Locator {
    return this.page
      .getByRole('list', { name: 'Modules' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  async openModule(title: string, action: 'Start' | 'Continue' | 'Review'): Promise<Player> {
    await this.moduleRow(title)
      .getByRole('button', { name: `${action}: ${title}` })
      .click();
    const player = new Player(this.page);
    await expect(player.title).toHaveText(title);
    return player;
  }
}

/** The module player. */
export class Player {
  readonly title: Locator;
  readonly progress: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.title = page.locator('#player-title');
    this.progress = page.getByRole('progressbar', { name: 'Progress through the module' });
    this.results = page.getByRole('region', { name: /passed/ });
  }

  async expectPage(number: number, of: number): Promise<void> {
    await expect(this.progress).toContainText(`Page ${number} of ${of}`);
  }

  async next(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next →' }).click();
  }

  async back(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: '← Back' }).click();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish and see results' }).click();
  }

  question(prompt: string | RegExp): Locator {
    return this.page.getByRole('region', { name: prompt });
  }

  /**
   * Submits and waits for the verdict: until it shows, the feedback panel is still to be drawn above
   * the next question, and a click aimed there would land on whatever the page moves under it.
   */
  private async submit(question: Locator, button: string | RegExp): Promise<void> {
    await question.getByRole('button', { name: button }).click();
    await expect(question.locator('.feedback__verdict')).toBeVisible();
  }

  /** Clicks the choice's label, as a person does (the radio input itself is visually hidden). */
  async answerChoice(prompt: string | RegExp, choice: string): Promise<Locator> {
    const question = this.question(prompt);
    await question.locator('label', { hasText: choice }).click();
    await expect(question.getByRole('radio', { name: choice })).toBeChecked();
    await this.submit(question, /Submit answer|Save answer/);
    return question;
  }

  async answerChoices(prompt: string | RegExp, choices: string[]): Promise<Locator> {
    const question = this.question(prompt);
    for (const choice of choices) await question.locator('label', { hasText: choice }).click();
    await this.submit(question, 'Submit answer');
    return question;
  }

  /** Picks, for each item on the left, its partner from the list beside it. */
  async answerMatch(prompt: string | RegExp, pairs: Record<string, string>): Promise<Locator> {
    const question = this.question(prompt);
    for (const [left, right] of Object.entries(pairs)) {
      // The list button is named by its current value and then its label, e.g. "Choose… Driver".
      await question.getByRole('button', { name: left }).click();
      await this.page.getByRole('option', { name: right, exact: true }).click();
    }
    await this.submit(question, 'Submit answer');
    return question;
  }

  /** Reorders with the Move up buttons until the items read in `order`, then submits. */
  async answerOrder(prompt: string | RegExp, order: string[]): Promise<Locator> {
    const question = this.question(prompt);
    const rows = question.getByRole('row');
    for (let target = 0; target < order.length; target++) {
      const texts = await rows.allInnerTexts();
      let at = texts.findIndex((text) => text.includes(order[target] as string));
      while (at > target) {
        await rows.nth(at).getByRole('button', { name: 'Move up' }).click();
        at--;
      }
    }
    await this.submit(question, 'Submit answer');
    return question;
  }

  /** Takes the named choice at each step of a scenario, in turn. */
  async playScenario(prompt: string | RegExp, choices: string[]): Promise<Locator> {
    const question = this.question(prompt);
    for (const choice of choices) {
      await question.getByRole('group', { name: 'What do you do?' }).getByRole('button', { name: choice }).click();
      // Once chosen, the choice is no longer offered: the scenario has moved on.
      await expect(question.getByRole('button', { name: choice })).toHaveCount(0);
    }
    return question;
  }

  async answerScale(prompt: string | RegExp, value: number): Promise<Locator> {
    const question = this.question(prompt);
    await question.locator('label', { hasText: new RegExp(`^${value}$`) }).click();
    await this.submit(question, 'Save answer');
    return question;
  }

  async answerText(prompt: string | RegExp, text: string): Promise<Locator> {
    const question = this.question(prompt);
    await question.getByRole('textbox').fill(text);
    await this.submit(question, /Submit answer|Save answer/);
    return question;
  }
}
