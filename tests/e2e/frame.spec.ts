// The frame around every page at laptop sizes: the caseload's first rows are
// on the first screen, the top bar stays on one line with the search's whole
// placeholder showing, and the backup notice is one line in the status bar
// (never on the interview screen).
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { draftNotice, interviewScreen } from './pages/interview-page';
import { searchBox } from './pages/search-box';

// This file is type-checked without the DOM library: the few browser calls used in evaluate() are declared here.
type ShownBox = { clientWidth: number; placeholder?: string; selectedOptions?: ArrayLike<{ text: string }> };
type BoxStyle = {
  fontWeight: string;
  fontSize: string;
  fontFamily: string;
  paddingLeft: string;
  paddingRight: string;
  lineHeight: string;
};
declare const getComputedStyle: (element: unknown) => BoxStyle;
declare const document: {
  createElement(tag: 'canvas'): {
    getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } | null;
  };
};

const laptops = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

/** How far the text shown in a box overflows it, in pixels (0 when it fits), measured with the box's own font. */
async function overflowOf(box: Locator, text: 'placeholder' | 'selected'): Promise<number> {
  return box.evaluate((element, which) => {
    const field = element as unknown as ShownBox;
    const style = getComputedStyle(field);
    const shown = which === 'placeholder' ? (field.placeholder ?? '') : (field.selectedOptions?.[0]?.text ?? '');
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return Number.POSITIVE_INFINITY;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    // A drop-down also keeps room for its arrow: allow it 20 px.
    const room =
      field.clientWidth -
      parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight) -
      (which === 'selected' ? 20 : 0);
    return Math.max(0, Math.ceil(context.measureText(shown).width - room));
  }, text);
}

/** One line: every part of the bar overlaps the same horizontal band. */
async function isTopBarOneLine(page: Page): Promise<boolean> {
  return page.locator('.top-bar').evaluate((bar) => {
    const boxes = [...bar.querySelectorAll('.brand, .nav-item, .search-input, :scope > .button')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0);
    return Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
  });
}

for (const viewport of laptops) {
  test(`shows the first caseload rows on the first screen at ${viewport.width} × ${viewport.height}`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize(viewport);
    await vaultWithSian(harness);
    const caseload = caseloadScreen(page);
    await page.goto(harness.url);
    await expect(caseload.rowAt(0)).toBeVisible();

    // The first row lies wholly inside the window, without scrolling.
    for (const index of [0]) {
      const row = await caseload.rowAt(index).boundingBox();
      expect(row, `row ${index + 1}`).not.toBeNull();
      expect((row?.y ?? 0) + (row?.height ?? 0), `bottom of row ${index + 1}`).toBeLessThanOrEqual(viewport.height);
    }
    expect(await page.evaluate('window.scrollY')).toBe(0);
    expect(await isTopBarOneLine(page), 'the top bar is on one line').toBe(true);
    expect(await overflowOf(searchBox(page).input, 'placeholder'), 'search placeholder cut off by').toBe(0);
    for (const filter of await page.locator('.filters select').all()) {
      expect(await overflowOf(filter, 'selected'), `${await filter.getAttribute('id')} cut off by`).toBe(0);
    }

    // The backup notice: one line in the status bar, with its link.
    const notice = page.getByTestId('backup-status');
    await expect(notice).toContainText('No backup yet: choose a folder');
    await expect(notice.getByRole('button', { name: 'Open backups' })).toBeVisible();
    const noticeBox = await notice.boundingBox();
    const lineHeight = await notice.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(noticeBox?.height ?? 0, 'height of the backup notice').toBeLessThan(lineHeight * 1.5);
    await expectAccessible(page, `caseload at ${viewport.width} px`);
  });
}

test('the interview screen shows no backup notice', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  await startInterviewDirectly(harness, clientId);
  await page.goto(harness.url);
  await expect(page.getByTestId('backup-status')).toContainText('No backup yet');
  await draftNotice(page).continueWith("Siân O'Neill").click();
  await expect(interviewScreen(page).heading("Siân O'Neill")).toBeVisible();
  await expect(page.getByTestId('backup-status')).toHaveCount(0);
  await expect(page.getByText('Backups:')).toHaveCount(0);
});
