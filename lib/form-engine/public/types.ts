// What a definition declares about the cases a signed-out person opens and follows
// (DESIGN §9 "Public start", "Follow-up by the citizen"). The engine derives the public pages
// /<slug> and /<slug>/query, their protections, the receipt and the citizen's view from it.
import type { FormData } from "../types";

export interface PublicStart {
  /** The route segment: the start page is /<slug>, the follow-up page /<slug>/query. */
  slug: string;
  /** Page heading and breadcrumb label. */
  title: string;
  /** Paragraphs shown above the form. */
  intro?: string[];
  /** Links shown under the introduction (e.g. to the published letters). */
  links?: { label: string; href: string }[];
  /** A line just above the form (required marks, how personal data is used). */
  notice?: string;
  /** The action a signed-out person takes to open a case; it must list a `public` party. Its
   * `edits` are the fields of the public form. */
  start: string;
  /** Choice fields the start page may preset from the query string (e.g. /mailbox?box=opinion). */
  prefill?: string[];
  /** The start page's protections; the idempotency key is always on. */
  protect: { challenge: boolean; honeypot: boolean; perClientPerHour: number };
  /** What the receipt says above and below the query code. */
  receipt: { heading: string; text: string };
  lookup: {
    title: string;
    intro?: string;
    /** The second factor asked with the query code: the last `digits` digits of a field. */
    secondFactor: { field: string; digits: number; label: string };
    perClientPer15Minutes: number;
    /** What a failed lookup says (the same for a wrong code, a wrong factor and no case). */
    notMatched?: string;
  };
  /** The column (slug) that points citizens to this entry, e.g. the 依申请公开 page. */
  column?: string;
  /** Actions the citizen may take on their own case after a lookup; each lists a `citizen` party. */
  citizenActions?: string[];
  /** The projection the citizen sees: never personal data of others, never internal opinions. */
  citizenSees: {
    fields: (string | { key: string; inStates?: string[] })[];
    /** Values derived from the data, e.g. the answering department. */
    computed?: { key: string; label: string; inStates?: string[]; value: (data: FormData, ctx: { sectionName: (id: string) => string | undefined }) => string }[];
    /** Events shown with their time; the label defaults to the action's. */
    events: (string | { action: string; label: string })[];
    /** The registration number and the day it was given (收到申请), under these labels. */
    registration?: { numberLabel: string; dateLabel: string };
    /** Clocks (keys) shown with their due day and how it was counted (extensions, pauses). */
    clocks?: string[];
  };
}
