"use client";

import { useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "light" | "dark";

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** Switches between light and dark and remembers the choice; the theme script applies it on every load. */
export function ThemeToggle() {
  // On the server the theme is unknown; the button renders once the inline script has decided.
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      data-print-hidden
      // As wide for "Light" as for "Dark": the label the server can't know changes after hydration, and moves nothing.
      className="min-w-[calc(5ch+1rem+2px)] rounded border border-white/20 px-2 py-1 text-center font-mono text-xs text-console-ink hover:border-white/60"
      aria-label={theme ? `Switch to ${next} theme` : "Switch theme"}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        try {
          localStorage.setItem(THEME_STORAGE_KEY, next);
        } catch {
          /* private mode: the choice lasts for this page only */
        }
      }}
    >
      {theme === "dark" ? "Light" : "Dark"}
    </button>
  );
}
