"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "prefetch"> & { href: string };

/**
 * Every link inside the journal, in a post's body (./index.tsx) and in the pages' chrome: next/link (client-side
 * navigation, the base path added), which fetches the page it leads to once a reader shows they may follow it (the
 * pointer on it, keyboard focus, a finger touching it) instead of as soon as it scrolls into view, Next's default.
 * An index page lists dozens of posts: fetching each on sight costs a phone requests, bytes and main-thread time
 * on the first screen (docs/performance.md). The one module that imports next/link (eslint.config.mjs).
 */
export function JournalLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  // Next's own scheduler prefetches the link once it may (`null`: the default), as its prefetching guide shows.
  const [intent, setIntent] = useState(false);
  // Each sign of intent turns prefetching on, then runs the caller's own handler for that event, if any.
  const onIntent =
    <E,>(handler?: (event: E) => void) =>
    (event: E) => {
      setIntent(true);
      handler?.(event);
    };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={intent ? null : false}
      onMouseEnter={onIntent(onMouseEnter)}
      onFocus={onIntent(onFocus)}
      onTouchStart={onIntent(onTouchStart)}
    />
  );
}
