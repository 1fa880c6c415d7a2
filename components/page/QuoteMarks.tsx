// Each quoted passage: a side rule and a faint tint in its source's colour, and a badge naming the source.
// Drawn in the overlay over the page, never on the page's elements; the pointer passes straight through.
import { withAlpha } from '../../utils/highlight/contrast';
import type { QuoteView } from './view';

const RULE_GAP = 10;

export function QuoteMarks({ quote }: { quote: QuoteView }) {
  const { colour, text } = quote.swatch;
  const first = quote.boxes[0];
  return (
    <>
      {quote.boxes.map((box, i) => (
        <div key={`r${i}`}>
          <div
            class={quote.dashed ? 'rule dashed' : 'rule'}
            style={{
              top: `${box.top}px`,
              left: `${box.left - RULE_GAP}px`,
              height: `${box.height}px`,
              background: colour,
              '--c': colour,
            }}
          />
          {quote.dashed ? null : (
            <div
              class="tint"
              style={{
                top: `${box.top}px`,
                left: `${box.left}px`,
                width: `${box.width}px`,
                height: `${box.height}px`,
                background: withAlpha(colour, 0.07),
              }}
            />
          )}
        </div>
      ))}
      {first ? (
        <div
          class="badge"
          data-quote={quote.id}
          title={quote.label}
          style={{
            top: `${first.top}px`,
            left: `${first.left + first.width}px`,
            background: colour,
            color: text,
          }}
        >
          {quote.label}
        </div>
      ) : null}
    </>
  );
}
