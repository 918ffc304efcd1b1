import type { SequenceSource } from "./sequence-model";

type Marker = SequenceSource["markers"][number];

export const actor = (id: string, label?: string): Marker => ({ kind: "Actor", props: { id, label } });
export const message = (from: string, to: string, label: string, more: Record<string, unknown> = {}): Marker => ({
  kind: "Message",
  props: { from, to, label, ...more },
});

export function sequence(markers: Marker[], props: Record<string, unknown> = {}): SequenceSource {
  return { props: { title: "Authorization", description: "The round trip.", ...props }, markers };
}

/** The authorization round trip of content/posts/the-secret-life-of-a-transaction/index.mdx. */
export const roundTrip = sequence([
  actor("merchant", "Merchant"),
  actor("gateway", "Gateway"),
  actor("acquirer", "Acquirer / processor"),
  actor("scheme", "Card scheme"),
  actor("issuer", "Issuer"),
  message("merchant", "gateway", "Authorize 49.90 EUR"),
  message("gateway", "acquirer", "Authorize"),
  message("acquirer", "scheme", "Authorize"),
  message("scheme", "issuer", "Authorize"),
  message("issuer", "issuer", "Check card, funds, fraud"),
  message("issuer", "scheme", "Approved, 49.90 EUR held", { reply: true }),
  message("scheme", "acquirer", "Approved + auth code", { reply: true }),
  message("acquirer", "gateway", "Approved + auth code", { reply: true }),
  message("gateway", "merchant", "Approved + auth code", { reply: true }),
]);
