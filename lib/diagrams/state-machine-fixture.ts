import type { StateMachineSource } from "./state-machine-model";

type Marker = StateMachineSource["markers"][number];

export const state = (props: Record<string, unknown>): Marker => ({ kind: "State", props });
export const transition = (from: string, to: string, more: Record<string, unknown> = {}): Marker => ({
  kind: "Transition",
  props: { from, to, ...more },
});

export function machine(markers: Marker[], props: Record<string, unknown> = {}): StateMachineSource {
  return { props: { title: "Lifecycle", description: "How a payment moves.", ...props }, markers };
}

/** The transaction lifecycle of content/posts/automatons-for-integrity/index.mdx. */
export const lifecycle = machine([
  state({ id: "pending", initial: true }),
  state({ id: "partially_refunded", label: "partially refunded" }),
  state({ id: "refunded", terminal: true }),
  state({ id: "voided", terminal: true }),
  state({ id: "failed", terminal: true }),
  state({ id: "charged_back", label: "charged back", terminal: true }),
  transition("pending", "authorized", { on: "authorize" }),
  transition("pending", "failed", { on: "fail" }),
  transition("authorized", "captured", { on: "capture" }),
  transition("authorized", "voided", { on: "void" }),
  transition("captured", "partially_refunded", { on: "refund", label: "refund (part)" }),
  transition("captured", "refunded", { on: "refund", label: "refund (all)" }),
  transition("captured", "charged_back", { on: "chargeback" }),
  transition("partially_refunded", "partially_refunded", { on: "refund", label: "refund (part)" }),
  transition("partially_refunded", "refunded", { on: "refund", label: "refund (rest)" }),
  transition("partially_refunded", "charged_back", { on: "chargeback" }),
]);
