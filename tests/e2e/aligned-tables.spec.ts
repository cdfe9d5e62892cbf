import { expect, test } from '../support/fixtures';
import { LearnPages } from '../support/pages/learn';
import { saveScreenshot } from '../support/screenshot';

test.use({ workspaceCourses: ['tests/fixtures/courses/aligned-tables'] });

// markdown-it used to align cells with style="text-align:…", which the CSP (style-src 'self') refuses:
// the cells lost their alignment and every such page logged violations. The fixtures fail the test
// on any console error, CSP violations included.
test('aligned table columns keep their alignment under the CSP, with no console errors', async ({ page, app }) => {
  const learn = new LearnPages(page);
  await learn.open(app.url);
  await learn.addLearner('Tab Ula');
  await learn.openCourse('Aligned tables');
  await learn.openModule('Price list', 'Start');

  const prices = page.getByRole('table').first();
  const rota = page.getByRole('table').nth(1);
  await expect(prices.getByRole('cell', { name: '12.95' })).toBeVisible();
  await expect(rota.getByRole('cell', { name: 'Late' })).toBeVisible();

  const alignment = async (cell: ReturnType<typeof page.getByRole>) => cell.evaluate((element) => getComputedStyle(element).textAlign);
  for (const [table, header, cell, expected] of [
    [prices, 'Item', 'Iced tea', 'left'],
    [prices, 'Size', 'Regular', 'center'],
    [prices, 'Price', '12.95', 'right'],
    [prices, 'Note', 'Cold, with a longer note', 'left'],
    [rota, 'Shift', 'Early', 'left'],
    [rota, 'Staff', '3', 'center'],
    [rota, 'Hours', '10', 'right'],
  ] as const) {
    expect(await alignment(table.getByRole('columnheader', { name: header })), header).toBe(expected);
    expect(await alignment(table.getByRole('cell', { name: cell, exact: true })), cell).toBe(expected);
  }
  expect(await page.locator('.prose [style]').count()).toBe(0);
  await saveScreenshot(page, 'aligned-tables');
});
