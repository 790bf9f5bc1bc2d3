// The 告知书 of 依申请公开: a text and the matching 条例 article for every outcome of table 三,
// the remedy sentence, and a PDF whose text carries the number, the applicant and the basis.
import { describe, expect, it } from "vitest";
import { checkLetterAndAuto } from "@/lib/form-engine/letters/checks";
import { composeLetter } from "@/lib/form-engine/letters/compose";
import { renderLetterPdf } from "@/lib/form-engine/pdf/letter";
import type { EventLike } from "@/lib/form-engine/records";
import type { FormDefinition } from "@/lib/form-engine/types";
import { pdfText } from "@/test/pdf-text";
import { disclosureRequest, OUTCOMES } from "./disclosure-request";

const def = disclosureRequest as FormDefinition & { letter: NonNullable<FormDefinition["letter"]> };
const lookups = { columns: new Map<string, string>(), sections: new Map<string, string>() };
const at = (iso: string, action: string, seq: number): EventLike => ({ seq, action, fromState: null, toState: "x", actorName: "", opinion: null, createdAt: new Date(iso), detail: null });
const events = [at("2026-09-27T02:00:00Z", "apply", 1), at("2026-09-28T02:00:00Z", "register", 2), at("2026-10-20T02:00:00Z", "reply", 3), at("2026-10-21T02:00:00Z", "approve", 4)];
const letter = (outcome: string) => composeLetter(def, {
  state: "answered", events, registrationNumber: "揭卫依申〔2026〕第0007号",
  data: { name: "林申请", description: "2025年度医疗机构校验结果", outcome, replyText: "具体答复见正文。", medium: "electronic", delivery: "email" },
}, lookups);

// The article each outcome rests on (条例 2019), as the brief of issue 12 lists them.
const ARTICLE: Record<string, RegExp> = {
  disclose: /第三十六条第（一）项、第（二）项/, partial: /第三十七条/,
  withhold_state_secret: /第十四条.*第三十六条第（三）项/, withhold_law_forbids: /第十四条/, withhold_security: /第十四条/,
  withhold_third_party: /第十五条/, withhold_internal: /第十六条第一款/, withhold_process: /第十六条第二款/, withhold_enforcement: /第十六条第二款/,
  withhold_query: /第三十六条第（三）项/, unable_not_held: /第三十六条第（四）项、第（五）项/, unable_needs_making: /第三十八条/, unable_unclear: /第三十条/,
  not_handled_petition: /第三十九条第一款/, not_handled_repeat: /第三十六条第（六）项/, not_handled_publication: /第三十九条第二款/,
  not_handled_mass: /第三十五条/, not_handled_confirm: /第三十六条第（六）项/, other_no_correction: /第三十条/, other_no_fee: /第四十二条/, other: /第三十六条/,
};

describe("告知书 of 依申请公开", () => {
  it("has one text with its legal basis for every outcome of table 三", () => {
    expect(Object.keys(ARTICLE).sort()).toEqual(OUTCOMES.map((o) => o.value).sort());
    for (const o of OUTCOMES) {
      const doc = letter(o.value);
      expect(doc.basis, o.value).toMatch(/^法律依据：《中华人民共和国政府信息公开条例》/);
      expect(doc.basis, o.value).toMatch(ARTICLE[o.value]!);
      expect(doc.facts).toContainEqual({ label: "处理结果", value: o.label });
      expect(doc.closing.join("")).toContain("如对本答复不服，可以在收到本告知书之日起60日内向揭阳市人民政府申请行政复议，或者在6个月内向有管辖权的人民法院提起行政诉讼。");
    }
  });

  it("fills the number, the applicant, the request, the receipt day and the day of 审核通过", () => {
    const doc = letter("disclose");
    expect(doc).toMatchObject({ number: "揭卫依申〔2026〕第0007号", salutation: "林申请：", date: "2026年10月21日", title: "政府信息公开申请答复告知书" });
    expect(doc.paragraphs[0]).toBe("本机关于2026年9月28日收到您提出的政府信息公开申请（揭卫依申〔2026〕第0007号），您申请获取“2025年度医疗机构校验结果”。现答复如下：");
    expect(doc.paragraphs[1]).toContain("（电子，电子邮件）");
  });

  it("prints in Chinese: the PDF's text carries the number, the applicant, the outcome, the basis and the remedy", async () => {
    const pdf = await renderLetterPdf(letter("withhold_process"));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = await pdfText(pdf);
    for (const s of ["政府信息公开申请答复告知书", "揭卫依申〔2026〕第0007号", "林申请", "2025年度医疗机构校验结果", "不予公开：属于四类过程性信息", "第十六条第二款", "申请行政复议", "提起行政诉讼"]) expect(text).toContain(s);
  });

  it("a definition whose letter misses an outcome's text, or names an unknown field, fails to load", () => {
    const fails: string[] = [];
    const broken = { ...def, letter: { ...def.letter, templates: def.letter.templates.slice(1), intro: "{field:nope}" } };
    checkLetterAndAuto(broken, (m) => void fails.push(m));
    expect(fails).toEqual(expect.arrayContaining(["letter has 0 texts for outcome=disclose; it needs exactly one", "letter refers to unknown field nope"]));
    const autoOnText: string[] = [];
    checkLetterAndAuto({ ...def, letter: undefined, actions: def.actions.map((a) => (a.auto ? { ...a, auto: { afterDateField: "correction" } } : a)) }, (m) => void autoOnText.push(m));
    expect(autoOnText).toEqual(["automatic action close_no_correction needs a date field, not correction"]);
  });
});
