import { expect, test } from '@playwright/test';

test('the page shell has the official banner, navigation and a skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Official website of the United States government' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
