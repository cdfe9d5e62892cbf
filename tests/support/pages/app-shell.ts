import type { Locator, Page } from '@playwright/test';

/** The app frame and the Learn area's course list, as a person sees them. */
export class AppShell {
  readonly nav: Locator;
  readonly courseList: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.courseList = page.getByRole('list', { name: 'Courses' });
  }

  async open(baseUrl: string): Promise<void> {
    await this.page.goto(baseUrl);
  }

  area(name: 'Learn' | 'Author' | 'Records'): Locator {
    return this.nav.getByRole('link', { name });
  }

  async goTo(name: 'Learn' | 'Author' | 'Records'): Promise<void> {
    await this.area(name).click();
  }

  course(title: string): Locator {
    return this.courseList.getByRole('article', { name: title });
  }
}
