import { Component, type ReactNode } from 'react';
import { RenderError } from './render-error.tsx';

/** Catches render errors below it, most often a page chunk that could not be fetched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    if (import.meta.env.DEV) console.error(error);
  }

  override render(): ReactNode {
    return this.state.failed ? <RenderError /> : this.props.children;
  }
}
