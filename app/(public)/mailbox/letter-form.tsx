"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import { FieldInput, type Values } from "@/components/forms/field-input";
import { PrintButton } from "@/components/public/print-button";
import { CITIZEN_FIELDS, mailboxLetter } from "@/forms/mailbox-letter";
import { buildSchema, emptyData } from "@/lib/form-engine/schema";
import { getChallenge, sendLetter } from "./actions";

const BOXES = { leader: "领导信箱", opinion: "公众意见箱" } as const;
type Box = keyof typeof BOXES;

/** Generated once per filled-in form: a resend or a double click carries the same key. */
function newKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

const fields = mailboxLetter.fields.filter((f) => (CITIZEN_FIELDS as readonly string[]).includes(f.key));

export function LetterForm() {
  const params = useSearchParams();
  const box: Box = params.get("box") === "opinion" ? "opinion" : "leader";
  const key = useRef<string>("");
  const [challenge, setChallenge] = useState<{ question: string; token: string } | null>(null);
  const [answer, setAnswer] = useState("");
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const initial = Object.fromEntries(CITIZEN_FIELDS.map((k) => [k, emptyData(mailboxLetter, "")[k] ?? ""])) as Values;
  const methods = useForm<Values>({
    defaultValues: { ...initial, box },
    resolver: zodResolver(buildSchema(mailboxLetter, "full")) as unknown as Resolver<Values>,
  });
  const { register, handleSubmit, formState, setError, setValue } = methods;

  useEffect(() => {
    if (!key.current) key.current = newKey();
    void getChallenge().then(setChallenge);
  }, []);
  useEffect(() => setValue("box", box), [box, setValue]);

  async function send(data: Values, website: string) {
    if (busy || !challenge) return;
    setMessage(null);
    setAnswerError(null);
    if (!answer.trim()) {
      setAnswerError("请回答验证问题");
      return;
    }
    setBusy(true);
    const r = await sendLetter({ data, idempotencyKey: key.current, challengeToken: challenge.token, challengeAnswer: answer, website }).catch(() => null);
    setBusy(false);
    if (!r) {
      setMessage("网络异常，信件可能未提交。您填写的内容仍在页面上，请稍后再点“提交”（不会重复提交）。");
      return;
    }
    if (r.ok) {
      setCode(r.queryCode);
      return;
    }
    setMessage(r.message);
    setChallenge(r.challenge);
    setAnswer("");
    for (const [k, m] of Object.entries(r.fieldErrors ?? {})) {
      if (k === "challenge") setAnswerError(m);
      else setError(k, { message: m }, { shouldFocus: true });
    }
  }

  if (code) {
    return (
      <section aria-labelledby="sent-h" className="rounded border border-green-300 bg-green-50 p-4">
        <h2 id="sent-h" className="text-xl font-bold">您的来信已提交</h2>
        <p className="mt-2">请记下或打印您的查询码，凭查询码和联系电话后4位查询办理情况和答复：</p>
        <p className="my-3 font-mono text-3xl tracking-widest" data-testid="query-code">{code}</p>
        <p className="text-sm text-slate-700">查询码不含数字0、1和字母O、I、l，不区分大小写。局办公室将在收信后按规定办理，承办单位于15个工作日内答复。</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <PrintButton />
          <Link href="/mailbox/query" className="text-brand underline print:hidden">查询办理情况</Link>
        </div>
      </section>
    );
  }

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        aria-label={BOXES[box]}
        className="grid gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          const website = String(new FormData(e.currentTarget).get("website") ?? "");
          void handleSubmit((d) => send(d, website), () => setMessage("填写的内容有误，请按提示修改后再提交。"))();
        }}
      >
        {fields.map((f) => <FieldInput key={f.key} field={f} register={register} errors={formState.errors} options={{ columns: [], sections: [] }} />)}
        {/* People never see this field; bots that fill in every input do. */}
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">网址（请勿填写）</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className="mb-4">
          <label htmlFor="challenge" className="mb-1 block font-medium">验证问题：<span data-testid="challenge-question">{challenge?.question ?? "正在加载…"}</span><span className="text-red-700" aria-hidden> *</span></label>
          <input id="challenge" inputMode="numeric" autoComplete="off" value={answer} onChange={(e) => setAnswer(e.target.value)}
            aria-invalid={answerError ? true : undefined} aria-describedby={answerError ? "challenge-err" : "challenge-help"} className="w-32 rounded border border-slate-400 px-2 py-1.5" />
          <button type="button" className="ml-3 text-brand underline" onClick={() => { setAnswer(""); void getChallenge().then(setChallenge); }}>换一题</button>
          <p id="challenge-help" className="mt-1 text-sm text-slate-600">用于防止自动程序批量提交。题目为文字，读屏软件可以朗读。</p>
          {answerError ? <p id="challenge-err" role="alert" className="mt-1 text-sm text-red-700">{answerError}</p> : null}
        </div>
        {message ? <p role="alert" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p> : null}
        <div>
          <button type="submit" disabled={busy || !challenge} className="rounded bg-brand px-6 py-2 text-white disabled:opacity-60">{busy ? "正在提交…" : "提交"}</button>
        </div>
      </form>
    </FormProvider>
  );
}
