"use client";

import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { SearchResults } from "./search-results";
import { usePagefindSearch } from "./use-pagefind-search";

/** The header's search button and its dialog (also opened with "/"): full-text search over the posts. */
export function Search({ bundleUrl }: { bundleUrl: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const results = useRef<HTMLUListElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const { hits, message, load, search } = usePagefindSearch(bundleUrl);
  const ids = useId();

  const open = () => {
    const active = document.activeElement;
    returnFocus.current = active instanceof HTMLElement && active !== document.body ? active : button.current;
    dialog.current?.showModal();
    input.current?.focus();
    input.current?.select();
    load();
  };
  const close = () => dialog.current?.close();

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing || dialog.current?.open) return;
      event.preventDefault();
      open();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  /** Escape closes; Enter in the field opens the first result; arrows walk field and results (as Tab does). */
  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key === "Escape") {
      // Handled here so a search field's own Escape (clearing it) never leaves the dialog open.
      event.preventDefault();
      close();
      return;
    }
    if (event.key === "Enter" && event.target === input.current) {
      results.current?.querySelector("a")?.click();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const stops = [input.current, ...(results.current?.querySelectorAll("a") ?? [])];
    const at = stops.findIndex((stop) => stop === document.activeElement);
    const next = stops[Math.min(Math.max(at + (event.key === "ArrowDown" ? 1 : -1), 0), stops.length - 1)];
    event.preventDefault();
    next?.focus();
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        data-print-hidden
        aria-haspopup="dialog"
        aria-keyshortcuts="/"
        onClick={open}
        className="flex items-center gap-2 rounded border border-white/20 px-2 py-1 font-mono text-xs text-console-ink hover:border-white/60"
      >
        Search
        <kbd aria-hidden="true" className="rounded border border-white/30 px-1 text-[0.65rem] leading-tight">
          /
        </kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-title`}
        onKeyDown={onKeyDown}
        onClose={() => returnFocus.current?.focus()}
        onClick={(event) => event.target === dialog.current && close()}
        className="mx-auto mt-[10vh] max-h-[80vh] w-[min(40rem,calc(100%-2rem))] overflow-y-auto rounded-lg border border-line bg-paper p-0 text-ink shadow-xl backdrop:bg-console/70"
      >
        <div className="p-4 sm:p-6">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id={`${ids}-title`} className="text-lg font-bold">
              Search the journal
            </h2>
            <button type="button" onClick={close} className="text-sm text-muted underline hover:text-ink">
              Close
            </button>
          </div>
          <label htmlFor={`${ids}-query`} className="mt-4 block text-sm text-muted">
            Words to find in titles, summaries and posts
          </label>
          <input
            ref={input}
            id={`${ids}-query`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => void search(event.target.value)}
            className="mt-1 w-full rounded border border-line bg-panel px-3 py-2 text-base text-ink"
          />
          <p role="status" className="mt-3 text-sm text-muted">
            {message}
          </p>
          <SearchResults hits={hits} listRef={results} onPick={close} />
        </div>
      </dialog>
    </>
  );
}
