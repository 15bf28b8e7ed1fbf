import { Component, type ReactNode } from 'react';
import { RenderError } from './render-error.tsx';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What to show instead of the failed part; the whole-page RenderError by default. */
  fallback?: ReactNode;
}

/** Catches render errors below it, most often a chunk that could not be fetched. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    if (import.meta.env.DEV) console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback === undefined ? <RenderError /> : this.props.fallback;
  }
}
