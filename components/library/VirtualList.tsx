// A list that renders only the rows in view (fixed row height), so 10,000 claims cost what 15 do. It is one
// listbox for screen readers and keyboards: arrows, Page Up/Down, Home/End move the active row, Enter opens it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: T[];
  rowHeight: number;
  /** Height of the visible area in pixels. */
  height: number;
  label: string;
  idPrefix: string;
  activeIndex: number;
  onActiveChange(index: number): void;
  onOpen(index: number): void;
  renderRow(item: T, index: number): ComponentChildren;
  rowKey(item: T): string;
  /** Rows drawn beyond each edge, so fast scrolling does not show blanks. */
  overscan?: number;
}

export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  count: number,
  overscan: number,
) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return { first, last };
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, height, activeIndex } = props;
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const { first, last } = visibleRange(scrollTop, height, rowHeight, items.length, props.overscan ?? 4);
  const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);
  // Keys can repeat faster than renders: each move starts from the last move, not the last render.
  const current = useRef(activeIndex);
  current.current = activeIndex;

  // Keep the active row in view when it moves by keyboard.
  useEffect(() => {
    const el = box.current;
    if (!el || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    setScrollTop(el.scrollTop);
  }, [activeIndex, rowHeight, height]);

  // A new result set starts at the top.
  useEffect(() => {
    if (box.current && activeIndex <= 0) {
      box.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [items]);

  function onKeyDown(event: KeyboardEvent) {
    if (!items.length) return;
    const from = current.current;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + pageRows,
      PageUp: from - pageRows,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      current.current = Math.min(items.length - 1, Math.max(0, moves[event.key]));
      props.onActiveChange(current.current);
    } else if ((event.key === 'Enter' || event.key === ' ') && from >= 0) {
      event.preventDefault();
      props.onOpen(from);
    }
  }

  const rows = [];
  for (let i = first; i < last; i += 1) {
    const item = items[i];
    rows.push(
      // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles keys for its options (aria-activedescendant)
      <div
        key={props.rowKey(item)}
        id={`${props.idPrefix}-${i}`}
        role="option"
        tabIndex={-1}
        aria-selected={i === activeIndex}
        aria-posinset={i + 1}
        aria-setsize={items.length}
        class={`sl-row${i === activeIndex ? ' sl-row-active' : ''}`}
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
        onClick={() => {
          props.onActiveChange(i);
          props.onOpen(i);
        }}
      >
        {props.renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      class="sl-virtual"
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-activedescendant={
        activeIndex >= 0 && activeIndex < items.length ? `${props.idPrefix}-${activeIndex}` : undefined
      }
      style={{ height: `${height}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="sl-virtual-spacer" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
