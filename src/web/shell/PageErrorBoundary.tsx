import { Button, Result } from 'antd';
import { Component, type ContextType, type ReactNode } from 'react';
import { I18nContext } from '../i18n/i18n';

/**
 * Catches a page that fails to render or whose chunk can no longer be fetched (typically right after a
 * new release replaced the files), so the shell and menu stay usable.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { t } = this.context;
    return (
      <Result
        status="warning"
        title={t('shell.pageCrashed.title')}
        subTitle={t('shell.pageCrashed.detail')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('shell.reload')}
          </Button>
        }
      />
    );
  }
}
