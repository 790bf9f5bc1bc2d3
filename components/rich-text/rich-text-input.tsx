"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useFormContext } from "react-hook-form";

// The editor (Tiptap, ProseMirror) loads after the page; until then, and without JavaScript,
// the <textarea> carries the HTML. mammoth loads only when a .docx is imported.
const RichTextEditor = dynamic(() => import("./rich-text-editor"), { ssr: false });

/** A richText field: a labelled WYSIWYG editor writing its HTML into the registered textarea. */
export function RichTextInput({ name, id, label, describedBy, invalid }: { name: string; id: string; label: React.ReactNode; describedBy?: string; invalid: boolean }) {
  const { register, getValues, setValue } = useFormContext();
  const [ready, setReady] = useState(false);
  const [initial] = useState(() => String(getValues(name) ?? ""));
  return (
    <>
      {/* Once the editor is there it carries the label; the textarea only holds the value. */}
      <label id={`${id}-label`} htmlFor={ready ? undefined : id} className="mb-1 block font-medium">{label}</label>
      <textarea id={id} rows={10} defaultValue={initial} hidden={ready} aria-hidden={ready || undefined} tabIndex={ready ? -1 : undefined}
        aria-invalid={invalid || undefined} aria-describedby={describedBy} {...register(name)}
        className="w-full rounded border border-slate-400 px-2 py-1.5 font-mono text-sm focus:outline-2 focus:outline-brand" />
      <RichTextEditor labelId={`${id}-label`} describedBy={describedBy} invalid={invalid} readInitial={() => String(getValues(name) ?? "")}
        onReady={() => setReady(true)} onChange={(html) => setValue(name, html, { shouldDirty: true })} />
    </>
  );
}
