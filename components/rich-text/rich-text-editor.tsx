"use client";

import { Extension } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { richTextExtensions, SAFE_HREF } from "@/lib/rich-text/extensions";
import { uploadFile } from "@/lib/rich-text/upload";
import { cleanPastedHtml } from "@/lib/rich-text/word-paste";

export interface RichTextEditorProps {
  /** The id of the field's visible label (its Chinese name), which labels the editing area. */
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  /** The field's value when the editor starts (what the textarea holds by then). */
  readInitial: () => string;
  onChange: (html: string) => void;
  /** Called once the editor is on screen, so the fallback textarea can step aside. */
  onReady: () => void;
}

const btn = "rounded border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-brand aria-pressed:bg-brand aria-pressed:text-white disabled:opacity-50";
const input = "rounded border border-slate-400 px-2 py-1 text-sm";

/**
 * The WYSIWYG editor for a richText field (Tiptap on ProseMirror). Loaded lazily by
 * RichTextInput, which keeps a plain <textarea> carrying the HTML for the form.
 */
export default function RichTextEditor({ labelId, describedBy, invalid, readInitial, onChange, onReady }: RichTextEditorProps) {
  const toolbarRef = useRef<HTMLDivElement>(null);
  const countId = useId();
  const [initialHtml] = useState(readInitial);
  const editor = useEditor({
    extensions: [
      ...richTextExtensions(),
      // Esc leaves the text for the toolbar, so Tab inside lists and tables never traps the keyboard.
      Extension.create({ name: "escapeToToolbar", addKeyboardShortcuts: () => ({ Escape: () => { toolbarRef.current?.querySelector("button")?.focus(); return true; } }) }),
    ],
    content: initialHtml,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        "aria-describedby": [countId, describedBy].filter(Boolean).join(" "),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: "prose-article min-h-60 rounded-b border border-slate-400 bg-white p-3 focus:outline-2 focus:outline-brand",
        "data-testid": "rich-text",
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => onChange(htmlOf(e)),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      chars: e?.storage.characterCount.characters() ?? 0,
      inTable: e?.isActive("table") ?? false,
      canUndo: e?.can().undo() ?? false,
      canRedo: e?.can().redo() ?? false,
    }),
  });
  useEffect(() => {
    if (editor) onReady();
  }, [editor, onReady]);
  if (!editor) return null;
  return (
    <div>
      <div ref={toolbarRef} role="toolbar" aria-label="正文格式" aria-controls={undefined} className="flex flex-wrap items-center gap-1 rounded-t border border-b-0 border-slate-400 bg-slate-50 p-1">
        <BlockTypeSelect editor={editor} />
        <Mark editor={editor} name="bold" label="粗体" text="B" run={(c) => c.toggleBold()} />
        <Mark editor={editor} name="italic" label="斜体" text="I" run={(c) => c.toggleItalic()} />
        <Mark editor={editor} name="bulletList" label="项目符号列表" text="• 列表" run={(c) => c.toggleBulletList()} />
        <Mark editor={editor} name="orderedList" label="编号列表" text="1. 列表" run={(c) => c.toggleOrderedList()} />
        <button type="button" className={btn} onClick={() => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>插入表格</button>
        {state?.inTable ? (
          <>
            <button type="button" className={btn} onClick={() => editor.chain().focus().addRowAfter().run()}>加一行</button>
            <button type="button" className={btn} onClick={() => editor.chain().focus().addColumnAfter().run()}>加一列</button>
            <button type="button" className={btn} onClick={() => editor.chain().focus().deleteRow().run()}>删除行</button>
            <button type="button" className={btn} onClick={() => editor.chain().focus().deleteColumn().run()}>删除列</button>
            <button type="button" className={btn} onClick={() => editor.chain().focus().deleteTable().run()}>删除表格</button>
          </>
        ) : null}
        <LinkControl editor={editor} />
        <ImageControl editor={editor} />
        <DocxImport editor={editor} onChange={onChange} />
        <button type="button" className={btn} disabled={!state?.canUndo} onClick={() => editor.chain().focus().undo().run()}>撤销</button>
        <button type="button" className={btn} disabled={!state?.canRedo} onClick={() => editor.chain().focus().redo().run()}>重做</button>
      </div>
      <EditorContent editor={editor} />
      <p id={countId} className="mt-1 text-sm text-slate-600">字数：<span data-testid="rich-text-count">{state?.chars ?? 0}</span>（在正文中按 Esc 回到格式按钮）</p>
    </div>
  );
}

type Chain = ReturnType<Editor["chain"]>;

/** The HTML to store: nothing for an empty editor, and without the blank line the editor keeps after a table or picture. */
const htmlOf = (e: Editor) => (e.isEmpty ? "" : e.getHTML().replace(/(<p><\/p>)+$/, ""));

function Mark({ editor, name, label, text, run }: { editor: Editor; name: string; label: string; text: string; run: (c: Chain) => Chain }) {
  const active = useEditorState({ editor, selector: ({ editor: e }) => e.isActive(name) });
  return (
    <button type="button" className={btn} aria-label={label} title={label} aria-pressed={active} onClick={() => run(editor.chain().focus()).run()}>
      {text}
    </button>
  );
}

function BlockTypeSelect({ editor }: { editor: Editor }) {
  const level = useEditorState({ editor, selector: ({ editor: e }) => ([2, 3, 4] as const).find((l) => e.isActive("heading", { level: l })) ?? 0 });
  return (
    <select aria-label="段落样式" className={input} value={level} onChange={(e) => {
      const l = Number(e.target.value) as 0 | 2 | 3 | 4;
      const c = editor.chain().focus();
      (l === 0 ? c.setParagraph() : c.setHeading({ level: l })).run();
    }}>
      <option value={0}>正文段落</option>
      <option value={2}>一级标题</option>
      <option value={3}>二级标题</option>
      <option value={4}>三级标题</option>
    </select>
  );
}

function LinkControl({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const [href, setHref] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const apply = () => {
    const url = href.trim();
    if (!url) return void (editor.chain().focus().extendMarkRange("link").unsetLink().run(), setOpen(false));
    if (!SAFE_HREF.test(url)) return void setError("链接须以 http:// 、https:// 、mailto: 、tel: 或 / 开头");
    editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
    setOpen(false);
  };
  if (!open)
    return (
      <button type="button" className={btn} aria-pressed={editor.isActive("link")} onClick={() => { setHref(String(editor.getAttributes("link").href ?? "")); setError(null); setOpen(true); }}>链接</button>
    );
  return (
    <span className="flex flex-wrap items-center gap-1">
      <label htmlFor={id} className="text-sm">链接地址</label>
      <input id={id} className={input} value={href} autoFocus onChange={(e) => setHref(e.target.value)} placeholder="https://"
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined}
        onKeyDown={(e) => { if (e.key === "Enter") { e.preventDefault(); apply(); } if (e.key === "Escape") setOpen(false); }} />
      <button type="button" className={btn} onClick={apply}>确定</button>
      <button type="button" className={btn} onClick={() => setOpen(false)}>取消</button>
      {error ? <span id={`${id}-err`} role="alert" className="text-sm text-red-700">{error}</span> : null}
    </span>
  );
}

function ImageControl({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const [alt, setAlt] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  async function insert() {
    if (!file) return setError("请选择图片文件。");
    if (!alt.trim()) return setError("请填写图片说明（供读屏软件朗读）。");
    setBusy(true);
    setError(null);
    try {
      const stored = await uploadFile(file, "image");
      editor.chain().focus().setImage({ src: stored.url, alt: alt.trim() }).run();
      setOpen(false);
      setAlt("");
      setFile(null);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  if (!open) return <button type="button" className={btn} onClick={() => setOpen(true)}>插入图片</button>;
  return (
    <span className="flex flex-wrap items-center gap-1 rounded border border-slate-300 p-1" role="group" aria-label="插入图片">
      <label htmlFor={`${id}-file`} className="text-sm">图片文件</label>
      <input id={`${id}-file`} type="file" accept="image/png,image/jpeg,image/gif" className="text-sm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <label htmlFor={`${id}-alt`} className="text-sm">图片说明</label>
      <input id={`${id}-alt`} className={input} value={alt} onChange={(e) => setAlt(e.target.value)} maxLength={200} />
      <button type="button" className={btn} disabled={busy} onClick={() => void insert()}>{busy ? "正在上传……" : "上传并插入"}</button>
      <button type="button" className={btn} onClick={() => setOpen(false)}>取消</button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </span>
  );
}

function DocxImport({ editor, onChange }: { editor: Editor; onChange: (html: string) => void }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  async function load(file: File | undefined) {
    if (!file) return;
    if (!/\.docx$/i.test(file.name)) return setStatus({ ok: false, text: "只能导入 .docx 格式的 Word 文档；.doc 文件请先在 Word 或 WPS 中另存为 .docx。" });
    setBusy(true);
    setStatus(null);
    try {
      const { docxToHtml } = await import("@/lib/rich-text/docx-import");
      const { html, warnings } = await docxToHtml(file);
      // Into an empty editor the document replaces the blank line; otherwise it goes at the cursor.
      if (editor.isEmpty) editor.chain().focus().setContent(html).run();
      else editor.chain().focus().insertContent(html).run();
      onChange(htmlOf(editor));
      setStatus({ ok: true, text: [`已导入“${file.name}”。`, ...warnings].join("") });
    } catch (err) {
      console.error("docx import failed", err);
      setStatus({ ok: false, text: `“${file.name}”无法导入：${err instanceof Error && /上传|图片|文件/.test(err.message) ? err.message : "文件已损坏或不是 Word 文档。"}` });
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="flex items-center gap-1">
      <label htmlFor={id} className={`${btn} cursor-pointer focus-within:outline-2`}>{busy ? "正在导入……" : "导入Word文档"}</label>
      <input id={id} type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="sr-only" disabled={busy}
        onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ""; }} />
      {status ? <span role={status.ok ? "status" : "alert"} className={`text-sm ${status.ok ? "text-green-700" : "text-red-700"}`}>{status.text}</span> : null}
    </span>
  );
}
