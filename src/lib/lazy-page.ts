import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A route module: it exports the page as `Component`. */
export interface PageModule {
  Component: ComponentType;
}

export interface LazyPage<M extends PageModule = PageModule> {
  Component: LazyExoticComponent<ComponentType>;
  /** Fetches the page's chunk ahead of rendering (the first page, before React replaces the splash). */
  preload(): Promise<M>;
}

/** A page in its own chunk, fetched on first use or on preload(); a failed fetch can be tried again. */
export function lazyPage<M extends PageModule>(load: () => Promise<M>): LazyPage<M> {
  let pending: Promise<M> | undefined;
  const loadOnce = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
  return { Component: lazy(() => loadOnce().then((module) => ({ default: module.Component }))), preload: loadOnce };
}
