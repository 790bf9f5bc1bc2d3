// The vocabulary of a form definition (forms/*.ts). A definition is data plus small pure
// functions; the engine derives the zod schema, the form, the detail view, "my tasks", the
// server transition and the printable document from it. A new definition needs no engine change.
import type { Role } from "@/lib/generated/prisma/enums";
import type { PublicStart } from "./public/types";
import type { LetterDef } from "./letters/types";

/**
 * A condition on the record's data, e.g. { field: "special", equals: "yes" }. `columnIn` holds
 * when the column chosen in `field` has one of these codes (slugs); the engine resolves the code
 * from the column table on the server and from the picker's options in the browser.
 */
export type Condition =
  | { field: string; equals: string }
  | { field: string; notEquals: string }
  | { field: string; in: string[] }
  | { field: string; columnIn: string[]; /** Also under a child (at any depth) of those columns. */ withDescendants?: boolean };

interface FieldBase {
  key: string;
  label: string;
  help?: string;
  /** Required for a "full" validation (submitting); a condition makes it conditional. */
  required?: boolean | Condition;
  /** Fields sharing a group are shown together under its legend (e.g. 信息内容). */
  group?: string;
  /** Shown (and validated) only when the condition holds. */
  visibleWhen?: Condition;
  /** Personal data (DESIGN §9): shown only to those handling the case, masked elsewhere, every
   * unmasked view audited (lib/form-engine/personal.ts). A kind picks the mask (张**, 138****5678). */
  personal?: boolean | PersonalKind;
  /** While the field holds this value no step of the form may run and nothing typed is stored,
   * not even a draft; the message shows beside the field, and only the attempt is audited
   * (lib/form-engine/refusal.ts). Art. 17: 是否涉密 = 是. */
  refuseWhen?: { equals: string; message: string };
}

export type PersonalKind = "name" | "phone" | "idNumber" | "email" | "address";

export type TextField = FieldBase & {
  type: "text" | "longText"; minLength?: number; maxLength?: number; pattern?: { regex: string; message: string }; defaultValue?: string;
  /** Chosen from the live column tree (each column shown with its responsible sections) and stored as its code;
   * typed instead while `typedWhen` holds (a code for a new column). */
  picker?: "columnCode"; typedWhen?: Condition;
};
export type RichTextField = FieldBase & { type: "richText"; maxLength?: number };
export type DateField = FieldBase & { type: "date"; /** Filled with today on a new record. */ defaultToday?: boolean };
/** An option's `code` is what reports count by (e.g. the outcome rows of the annual report). */
export type ChoiceOption = { value: string; label: string; code?: string };
export type ChoiceField = FieldBase & { type: "choice"; options: ChoiceOption[]; defaultValue?: string };
/** Stored as "yes" | "no" (or "" before the user chooses). */
export type YesNoField = FieldBase & { type: "yesNo"; defaultValue?: "yes" | "no" };
/** Stored as a string of digits, so an empty form field stays empty. */
export type NumberField = FieldBase & { type: "number"; min?: number; max?: number };
/** Uploaded files: [{ name, url, size, type }]. */
export type FilesField = FieldBase & { type: "attachments" | "images"; maxFiles?: number };
/** A column id; `responsibleOnly` limits it to the columns the record's section keeps (Art. 10). */
export type ColumnField = FieldBase & { type: "column"; responsibleOnly?: boolean };
/** `reportingOnly`: one of the city sections the record's section reports to (业务归口, the org
 * chart's Section.reportsToId and ReportingLine), offered as the only choices and checked on the server. */
export type SectionField = FieldBase & { type: "section"; reportingOnly?: boolean };
/** Filled from the signed-in account when a record is created; read-only afterwards. */
export type ActorField = FieldBase & { type: "actorName" | "actorSection" };
export type TableField = FieldBase & { type: "table"; columns: (TextField | NumberField | ChoiceField | DateField)[]; maxRows?: number };

export type DataField = TextField | RichTextField | DateField | ChoiceField | YesNoField | NumberField | FilesField | ColumnField | SectionField | ActorField | TableField;

/**
 * A sign-off block (opinion, signer, date). It holds no data of its own: it is filled from
 * the events of `actions` in the current review cycle, so a sign-off can never be forged by
 * editing the record. `extraFields` are data fields the signing step fills in (审定备案).
 */
export interface SignoffBlock {
  key: string;
  label: string;
  actions: string[];
  signerLabel: string;
  extraFields?: string[];
  /** Shown only when the condition holds (e.g. 局主要领导审批意见 for 特别重大 items). */
  visibleWhen?: Condition;
  /** Printed on the paper form even when `visibleWhen` does not hold (a row of the appendix's table). */
  printAlways?: boolean;
}

/**
 * Who may take an action, resolved from the organisation chart relative to the record:
 * - publisher / chief: the publishing account / the chief of the record's section, or of the
 *   section chosen in `sectionField` (e.g. the section a letter was forwarded to)
 * - publisherOf: the publishing account of one named section (e.g. bgs triages letters)
 * - overseer: the deputy director overseeing the record's section (Section.overseerId)
 * - role: anyone holding the role (office_reviewer, director, ...)
 * - finalizer: the finalizer of one named section; a step listing several must collect all of them
 * - public: a signed-out person, only through the definition's public entry (`public.start`,
 *   with its protections); never grants viewing. The staff action path never matches it.
 * - citizen: the person who opened the case, only through the follow-up entry after a lookup
 *   (query code + second factor), and only on that case (`public.citizenActions`).
 * - chiefOf: the chief of one named section (局办公室 reviews a column-table change). A step
 *   whose `by` lists one chiefOf per bureau section with `signing: "all"` asks every section
 *   chief for an opinion (with one `leader` party per bureau leader: forms/column-assignment.ts).
 */
export type Party =
  | { kind: "publisher"; sectionField?: string }
  | { kind: "chief"; sectionField?: string }
  | { kind: "publisherOf"; sectionId: string }
  | { kind: "overseer" }
  | { kind: "role"; role: Role }
  | { kind: "finalizer"; sectionId: string; label: string }
  | { kind: "public" }
  | { kind: "citizen" }
  | { kind: "chiefOf"; sectionId: string; label: string }
  /** The reporting account (信息员) of a county bureau or unit, e.g. one a letter was forwarded to. */
  | { kind: "reporter"; sectionField?: string }
  /** One named bureau leader (the director or a deputy director, by account name): a step whose
   * `by` lists every leader with `signing: "all"` asks each of them (Art. 5 opinions). */
  | { kind: "leader"; username: string; label: string };

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type FormData = Record<string, Json>;

/** What a guard or effect knows about the transition. */
export interface TransitionContext {
  formKey: string;
  recordId: string | null;
  action: string;
  fromState: string;
  toState: string;
  data: FormData;
  opinion: string | null;
  /** null for a member of the public (a "public" party). */
  actor: { id: string; username: string; displayName: string; sectionId: string; roles: Role[] } | null;
  /** The record's events so far (empty when creating), the clocks as they stand, and the time
   * the transition runs at, so a guard can read deadlines (lib/form-engine/clock-guards.ts). */
  events?: readonly import("./records").EventLike[];
  clocks?: readonly import("./clocks").ClockState[];
  now?: Date;
}

/**
 * A guard runs inside the transition, after authorization and validation and before anything
 * is written. It refuses by throwing AppError (its Chinese message reaches the user).
 * Extension point: other features add guards with `registerGuard(formKey, actionKey, guard)`
 * (lib/form-engine/guards.ts), e.g. a confidentiality keyword check before 推送.
 */
export type Guard = (ctx: TransitionContext) => void | Promise<void>;

/** Effects with a database part run inside the transaction; `afterCommit` runs once it commits. */
export interface Effect {
  name: string;
  inTransaction?: (tx: import("@/lib/generated/prisma/client").Prisma.TransactionClient, ctx: TransitionContext & { recordId: string }) => Promise<void>;
  afterCommit?: (ctx: TransitionContext & { recordId: string }) => void | Promise<void>;
}

export interface ActionDef {
  key: string;
  /** The button's Chinese name (DESIGN §8). */
  label: string;
  /** States it may be taken in; "new" means creating a record. */
  from: string[];
  /** Next state, possibly decided by the data (e.g. 特别重大 items go to the office). */
  to: string | ((data: FormData) => string);
  by: Party[];
  /** "all": every party in `by` must sign before the record moves on (审定 by two sections). */
  signing?: "any" | "all";
  /** Only offered and allowed when it holds. */
  when?: Condition;
  opinion?: "none" | "optional" | "required";
  defaultOpinion?: string;
  /** Fields this step may write; everything else is kept as stored. */
  edits?: string[];
  /** "full" applies required rules; "partial" (a draft) checks only what is filled in. */
  validate?: "full" | "partial";
  /** Starts a new review cycle: earlier sign-offs no longer count (an edit, a return, a resubmission). */
  startsCycle?: boolean;
  /** Makes a record show in "my tasks" (default true). Saving, returning and withdrawing are
   * options, not tasks: a finalizer who signed, or a published item, waits on nobody. */
  task?: boolean;
  guards?: Guard[];
  /** Names of server-side effects (forms/effects.ts), so a definition stays importable by the browser. */
  effects?: string[];
  /** Names of server computations (lib/form-engine/computations.ts) that fill fields the user does not type. */
  computes?: string[];
  /** Button style: primary / danger. */
  tone?: "primary" | "danger";
  /** Only within so many working (or calendar) days of a clock's start or of an earlier action,
   * e.g. 补正告知 within 7 working days of receipt: { clock: "reply", workingDays: 7 }. */
  within?: WithinRule;
  /** At most once per case. */
  once?: boolean;
  /** Fields this step sets to a fixed value when the condition holds, after the user's edits
   * (routing: a 纠错 letter goes to 信息统计科; a letter returned to the office loses its handler). */
  sets?: { field: string; value: string; when?: Condition }[];
  /** Also taken by the system, through the same transition, once it is due (lib/form-engine/auto/):
   * the day after the date in a field (补正期限 passed), or once a clock is overdue. */
  auto?: AutoRule;
}

export type AutoRule = { afterDateField: string } | { clockOverdue: string };

export type WithinRule = ({ clock: string } | { after: string }) & ({ workingDays: number } | { calendarDays: number });

/**
 * A statutory clock (DESIGN §9), computed from the record's events and the calendar table
 * (lib/form-engine/clocks.ts). Counting starts on the day after the starting action.
 */
export interface ClockDef {
  key: string;
  label: string;
  /** "working" (default): Chinese working days from the calendar table; "calendar": every day. */
  unit?: "working" | "calendar";
  days: number;
  /** Actions that start the clock: the latest one counts (the count restarts from it). */
  startedBy: string[];
  /** Actions that start a fresh full period once started (e.g. 20 days again from 提交补正). */
  restartedBy?: string[];
  /** States in which the clock does not run (补正, 征求第三方意见). */
  pausedIn?: string[];
  /** An approved extension: the approving action, days added (or at most, with `daysField`), times. */
  extendedBy?: { action: string; days: number; max: number; daysField?: string };
  /** Actions that stop it; a terminal state stops it too. */
  stoppedBy?: string[];
  /** "Due soon" within this many units of the due day (default 3). */
  dueSoon?: number;
}

/** A registration number given by one action, per definition and year (lib/form-engine/numbering.ts). */
export interface NumberingDef {
  on: string;
  /** {year} and {seq:N} (zero-padded to N digits), e.g. "揭卫依申〔{year}〕第{seq:4}号". */
  pattern: string;
}

export interface PrintLayout {
  title: string;
  /** Yes/no or choice fields printed as ticked options above the table. */
  choices: string[];
  /** Table rows; each cell names a field, or a literal value. */
  rows: { field: string; span?: number; /** The printed label, where the paper form names the cell differently. */ label?: string }[][];
  /** Sign-off block keys, in print order. */
  signoffs: string[];
  note?: string;
  footnote?: string;
  /** The attached content (纸质材料): title field, rich-text body field, file fields. */
  attachment?: { heading: string; titleField: string; bodyField: string; fileFields?: string[] };
}

export interface FormDefinition {
  key: string;
  title: string;
  fields: DataField[];
  signoffs: SignoffBlock[];
  states: Record<string, { label: string; terminal?: boolean }>;
  actions: ActionDef[];
  /** The record's title in lists. */
  titleOf: (data: FormData) => string;
  print?: PrintLayout;
  clocks?: ClockDef[];
  numbering?: NumberingDef;
  /** A case a signed-out person opens and follows (lib/form-engine/public/). */
  public?: PublicStart;
  /** A letter the office issues on the case, e.g. the 告知书 of a reply (lib/form-engine/letters/). */
  letter?: LetterDef;
  /** Parties who may see every record of the definition without taking a step (局办公室 sees all
   * 信息报送, Art. 8); canView() and the lists' SQL (record-where.ts) both read it. */
  viewers?: Party[];
  /** What an account that may not create a record is told on the new page (start-refusal.ts). */
  cannotStartMessage?: string;
}
