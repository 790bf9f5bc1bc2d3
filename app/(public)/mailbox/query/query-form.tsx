"use client";

import { useState } from "react";
import { queryLetter, type QueryOutcome } from "../actions";

export function QueryForm() {
  const [code, setCode] = useState("");
  const [last4, setLast4] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<QueryOutcome | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  return (
    <div className="grid gap-4">
      <form
        noValidate
        className="grid max-w-md gap-3"
        onSubmit={async (e) => {
          e.preventDefault();
          setMissing(!code.trim() ? "请填写查询码" : !/^\d{4}$/.test(last4.trim()) ? "请填写联系电话的后4位数字" : null);
          if (!code.trim() || !/^\d{4}$/.test(last4.trim())) return;
          setBusy(true);
          setResult(await queryLetter({ code, last4 }).catch(() => ({ ok: false as const, message: "网络异常，请稍后再试。" })));
          setBusy(false);
        }}
      >
        <div>
          <label htmlFor="code" className="mb-1 block font-medium">查询码</label>
          <input id="code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" className="w-full rounded border border-slate-400 px-2 py-1.5 font-mono" />
        </div>
        <div>
          <label htmlFor="last4" className="mb-1 block font-medium">联系电话后4位</label>
          <input id="last4" value={last4} onChange={(e) => setLast4(e.target.value)} inputMode="numeric" maxLength={4} autoComplete="off" className="w-32 rounded border border-slate-400 px-2 py-1.5" />
        </div>
        {missing ? <p role="alert" className="text-red-700">{missing}</p> : null}
        <div><button type="submit" disabled={busy} className="rounded bg-brand px-6 py-2 text-white disabled:opacity-60">查询</button></div>
      </form>
      {result && !result.ok ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{result.message}</p> : null}
      {result && result.ok ? (
        <section aria-labelledby="letter-h" className="rounded border border-slate-200 p-4" data-testid="query-result">
          <h2 id="letter-h" className="text-lg font-bold">{result.letter.subject}</h2>
          <dl className="mt-2 grid grid-cols-[7em_1fr] gap-y-1">
            <dt className="text-slate-600">信箱</dt><dd>{result.letter.box}</dd>
            <dt className="text-slate-600">受理时间</dt><dd>{result.letter.receivedAt}</dd>
            <dt className="text-slate-600">办理状态</dt><dd data-testid="query-state">{result.letter.state}</dd>
            {result.letter.declineReason ? (<><dt className="text-slate-600">不予受理理由</dt><dd className="whitespace-pre-wrap">{result.letter.declineReason}</dd></>) : null}
            {result.letter.reply ? (
              <>
                <dt className="text-slate-600">答复部门</dt><dd>{result.letter.reply.dept}</dd>
                <dt className="text-slate-600">答复时间</dt><dd>{result.letter.reply.at}</dd>
                <dt className="text-slate-600">答复内容</dt><dd className="whitespace-pre-wrap" data-testid="query-reply">{result.letter.reply.content}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
