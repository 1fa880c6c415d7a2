// Links built from page data: only http(s) addresses become links; anything else (javascript:, data:) is shown
// as plain text. Opened in a new tab without handing the page a reference back to us.
import type { ComponentChildren } from 'preact';
import { isWebUrl } from '../../utils/url';

export function SafeLink({
  href,
  children,
  class: className,
}: {
  href: string | null;
  children: ComponentChildren;
  class?: string;
}) {
  if (!isWebUrl(href)) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
