import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Playwright's own Chromium where it is installed, else Debian's: these machines
 * cannot download browsers. The flags keep Chromium from reaching for the network.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const own = safeExecutablePath();
  const executablePath = own && existsSync(own) ? undefined : '/usr/bin/chromium';
  return {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
  };
}

function safeExecutablePath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
