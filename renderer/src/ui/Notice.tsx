import type { ReactNode } from 'react';
import './notice.css';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
}

/** A message in the flow of the page. Errors are announced to screen readers as alerts. */
export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="notice__title">{title}</p>
      {children}
    </div>
  );
}
