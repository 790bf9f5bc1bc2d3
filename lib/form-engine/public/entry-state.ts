// What the public pages and their server actions pass back and forth (plain, serialisable).
import type { DataField } from "../types";
import type { Challenge } from "./challenge";

export type StartState =
  | { status: "form"; n: number; values: Record<string, string>; idempotencyKey: string; challenge: Challenge | null; message?: string; fieldErrors?: Record<string, string> }
  | { status: "done"; queryCode: string };

export interface CaseViewData {
  title: string;
  state: string;
  version: number;
  receivedAt: string;
  fields: { key: string; label: string; value: string }[];
  events: { label: string; at: string }[];
  registration: { numberLabel: string; number: string; dateLabel: string; date: string } | null;
  clocks: { key: string; label: string; value: string; lines: string[] }[];
  /** The letter (告知书) may be downloaded now, by posting the code and factor again. */
  letter: boolean;
  actions: { key: string; label: string; fields: DataField[]; opinion?: "none" | "optional" | "required" }[];
}

export interface LookupState {
  n: number;
  code: string;
  factor: string;
  message?: string;
  /** After a citizen action: its name, for the confirmation. */
  done?: string;
  fieldErrors?: Record<string, string>;
  view?: CaseViewData;
}
