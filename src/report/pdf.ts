import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * `--format pdf`: the HTML report printed to A4 by a Chromium already on the machine, driven by
 * playwright-core (loaded only here). vet never downloads a browser: VET_CHROMIUM names one, else the usual
 * system paths are tried. The page is loaded with JavaScript off and every request refused, in a fresh
 * profile that is removed afterwards.
 */

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The flags of a quiet headless Chromium: no GPU, no background traffic, no first-run, no sync. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT = 'install Chromium (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set VET_CHROMIUM to a Chrome/Chromium executable; --format html needs no browser';

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** VET_CHROMIUM, else the first system Chromium or Chrome found; a clear error when there is none. */
export async function findChromium(env: Record<string, string | undefined>): Promise<string> {
  const named = env.VET_CHROMIUM;
  if (named !== undefined && named !== '') {
    if (await executable(named)) return named;
    throw new UsageError(`VET_CHROMIUM="${named}" is not an executable file`, { hint: INSTALL_HINT });
  }
  for (const path of SYSTEM_PATHS) if (await executable(path)) return path;
  throw new UsageError(`--format pdf needs Chromium or Chrome, and none was found (looked in ${SYSTEM_PATHS.slice(0, 5).join(', ')} and the usual places)`, { hint: INSTALL_HINT });
}

/** Prints a self-contained HTML page to an A4 PDF. */
export async function htmlToPdf(html: string, env: Record<string, string | undefined>): Promise<Uint8Array> {
  const executablePath = await findChromium(env);
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'vet-chromium-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, javaScriptEnabled: false, offline: true });
    const pageHandle = context.pages()[0] ?? (await context.newPage());
    // The report loads nothing; should anything try, it is refused.
    await pageHandle.route('**/*', (route) => route.abort());
    await pageHandle.setContent(html, { waitUntil: 'load' });
    const pdf = await pageHandle.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`could not print the PDF with ${executablePath}: ${((error as Error).message ?? String(error)).split('\n')[0]}`, { hint: INSTALL_HINT });
  } finally {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}
