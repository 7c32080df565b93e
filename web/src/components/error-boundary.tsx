import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel.js';

/**
 * Keeps an error in one area of the shell (header, navigation) from taking the whole page down. Pages get
 * theirs from the router (`errorComponent: RouteError`).
 */
export class AreaErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error)
      return <ErrorPanel error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
