import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// jsdom lacks what Mantine measures with; lib.dom declares both, so the types say "maybe absent".
const jsdomWindow: Partial<Pick<Window, 'matchMedia'>> = window;
const jsdomGlobal: Partial<Pick<typeof globalThis, 'ResizeObserver'>> = globalThis;
if (!jsdomWindow.matchMedia) {
  jsdomWindow.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    /* eslint-disable @typescript-eslint/no-deprecated -- a stub of the whole MediaQueryList, deprecated members included */
    addListener: () => {},
    removeListener: () => {},
    /* eslint-enable @typescript-eslint/no-deprecated */
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}
jsdomGlobal.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
