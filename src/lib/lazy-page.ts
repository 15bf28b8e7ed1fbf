import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A route module: it exports the page as `Component`. */
export interface PageModule {
  Component: ComponentType;
}

export interface LazyPage {
  Component: LazyExoticComponent<ComponentType>;
  /** Fetches the page's chunk ahead of rendering (the first page, before React replaces the splash). */
  preload(): Promise<void>;
}

/** A page in its own chunk, fetched on first use or on preload(); a failed fetch can be tried again. */
export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let pending: Promise<{ default: ComponentType }> | undefined;
  const loadOnce = () =>
    (pending ??= load().then(
      (module) => ({ default: module.Component }),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return { Component: lazy(loadOnce), preload: () => loadOnce().then(() => undefined) };
}
