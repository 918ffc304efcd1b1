"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

const RESET_AFTER_MS = 2000;

/**
 * The block as written: one line per <span data-line> (line numbers are CSS counters, highlighting is spans).
 * The highlighter gives an empty line a bare space so it keeps its height; a line of code is always in spans.
 */
function codeText(code: Element): string {
  const lines = [...code.querySelectorAll(":scope > [data-line]")];
  return lines
    .map((line) => (line.childElementCount === 0 && line.textContent === " " ? "" : line.textContent))
    .join("\n");
}

async function copy(button: HTMLElement) {
  const figure = button.closest("figure");
  const code = figure?.querySelector("pre code");
  const status = figure?.querySelector("[data-copy-status]");
  if (!code || !status) return;
  try {
    await navigator.clipboard.writeText(codeText(code));
    button.textContent = status.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
    status.textContent = "Copy failed: select the code and copy it with your keyboard";
  }
  window.setTimeout(() => {
    button.textContent = "Copy";
    status.textContent = "";
  }, RESET_AFTER_MS);
}

/** One delegated listener for every code block's Copy button (lib/render/code-copy.ts) on the page. */
export function CopyCode() {
  const pathname = usePathname();
  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLElement>("[data-copy-code]")) button.hidden = false;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-copy-code]") : null;
      if (button) void copy(button);
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [pathname]);
  return null;
}
