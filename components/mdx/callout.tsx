import { useId, type ReactNode } from "react";
import { CALLOUT_LABELS, readCalloutProps, type CalloutType } from "./callout-props";

export type CalloutProps = { type?: CalloutType; title?: string; children?: ReactNode };

// Colours are custom properties (app/globals.css) so a dark theme can override them in one place.
const BOX: Record<CalloutType, string> = {
  note: "border-(--callout-note-border) bg-(--callout-note-bg)",
  warning: "border-(--callout-warning-border) bg-(--callout-warning-bg)",
  danger: "border-(--callout-danger-border) bg-(--callout-danger-bg)",
};
const LABEL: Record<CalloutType, string> = {
  note: "text-(--callout-note-label)",
  warning: "text-(--callout-warning-label)",
  danger: "text-(--callout-danger-label)",
};

/**
 * A remark set apart from the text. role="note" rather than the <aside>'s default complementary
 * landmark: callouts belong to the article's flow, and several untitled ones would otherwise be
 * landmarks sharing one name. The label is text ("Warning"), so the type is not told by colour alone.
 */
export function Callout(props: CalloutProps) {
  const { type, title } = readCalloutProps(props);
  const id = useId();
  return (
    <aside
      role="note"
      aria-labelledby={id}
      data-callout={type}
      className={`my-6 rounded-r-lg border-l-4 px-5 py-4 ${BOX[type]}`}
    >
      <p id={id} className="not-prose text-sm leading-snug">
        <span className={`block text-xs font-bold tracking-wider uppercase ${LABEL[type]}`}>
          {CALLOUT_LABELS[type]}
        </span>
        {title && (
          <>
            <span className="sr-only">: </span>
            <span className="mt-0.5 block text-base font-semibold text-ink">{title}</span>
          </>
        )}
      </p>
      <div className="mt-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{props.children}</div>
    </aside>
  );
}
