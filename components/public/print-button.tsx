"use client";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-brand px-3 py-1 text-brand hover:bg-brand hover:text-white print:hidden">
      打印本页
    </button>
  );
}
