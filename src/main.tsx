import '@fontsource/roboto/400.css';
import '@fontsource/roboto/500.css';
import '@fontsource/roboto/700.css';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import type { BrandConfig } from '../common/brand-contract.ts';
import { readBrandConfig } from './config/brand.ts';
import { AppProvider } from './app/provider.tsx';
import { AppRoutes, preloadRoute } from './app/router.tsx';
import { createAppServices } from './app/services.ts';
import { initI18n } from './lib/i18n.ts';
import { browserStorage } from './lib/storage.ts';

/**
 * Start-up: read the brand the build stamped into index.html (once), then mount. Until React renders, the
 * build's branded splash stays in #root; rendering waits for the language and the first route so the splash
 * gives way to a ready page, not to a blank one.
 */
async function start(container: HTMLElement): Promise<void> {
  const config = readBrandConfig(document);
  if (!config.ok) {
    // Rare (a broken deployment), so its page is a chunk of its own.
    const [{ ConfigError }] = await Promise.all([
      import('./components/config-error.tsx'),
      initI18n({ storage: browserStorage() }),
    ]);
    createRoot(container).render(<ConfigError detail={`${config.reason}: ${config.detail}`} />);
    return;
  }
  await startApp(createRoot(container), config.brand);
}

async function startApp(root: Root, brand: BrandConfig): Promise<void> {
  const services = createAppServices(brand);
  document.title = brand.tabName;

  // A stored token: renew it while the code and texts load.
  void services.session.restore();
  // Sign-in and sign-out in another tab of the same brand.
  window.addEventListener('storage', (event) => {
    if (event.key === services.tokenKey || event.key === null) services.session.syncWithOtherTabs();
  });

  // With a stored token the visit is most likely signed in: fetch the page itself, not the login page.
  const likelySignedIn = services.session.getState().status !== 'signed-out';
  await Promise.all([initI18n(services.i18n), preloadRoute(window.location.pathname, likelySignedIn)]);
  root.render(
    <StrictMode>
      <AppProvider services={services}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
