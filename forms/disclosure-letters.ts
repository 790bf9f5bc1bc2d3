// The 政府信息公开申请答复告知书 of 依申请公开 (forms/disclosure-request.ts): one text and one legal
// basis per outcome of table 三 (条例 = 《中华人民共和国政府信息公开条例》2019), and the remedy
// sentence. Data only; the engine fills and prints it (lib/form-engine/letters/).
import type { LetterDef, LetterTemplate } from "@/lib/form-engine/letters/types";
import { SITE } from "@/lib/site";

const L = "《中华人民共和国政府信息公开条例》";
const t = (values: string[], body: string[], basis: string): LetterTemplate => ({ values, body, basis: `法律依据：${basis}。` });

const WITHHELD = "经审查，您申请获取的信息属于依法不予公开的政府信息，本机关决定不予公开。";
const UNABLE = "经审查，本机关无法向您提供所申请的政府信息。";
const NOT_HANDLED = "经审查，本机关对您的申请不予处理。";

export const DISCLOSURE_LETTER: LetterDef = {
  title: "政府信息公开申请答复告知书",
  issuer: SITE.name,
  staffIn: ["review", "answered", "closed_no_correction"],
  citizenIn: ["answered", "closed_no_correction"],
  datedBy: ["approve", "close_no_correction"],
  salutation: "{field:name}：",
  intro: "本机关于{receivedOn}收到您提出的政府信息公开申请（{number}），您申请获取“{field:description}”。现答复如下：",
  facts: [
    { label: "申请编号", value: "{number}" },
    { label: "申请人", value: "{field:name}" },
    { label: "收到申请日期", value: "{receivedOn}" },
    { label: "所需信息", value: "{field:description}" },
    { label: "处理结果", value: "{field:outcome}" },
  ],
  choiceField: "outcome",
  templates: [
    t(["disclose"], ["经审查，您申请获取的信息属于可以公开的政府信息，本机关决定予以公开，按您选择的提供形式和获取方式（{field:medium}，{field:delivery}）提供。"], `${L}第三十六条第（一）项、第（二）项`),
    t(["partial"], ["经审查，您申请获取的信息中含有不应当公开的内容，但能够作区分处理，本机关向您提供可以公开的部分，并对不予公开的部分说明理由。"], `${L}第三十七条、第三十六条第（二）项、第（三）项`),
    t(["withhold_state_secret"], [WITHHELD, "理由：所申请信息属于国家秘密。"], `${L}第十四条、第三十六条第（三）项`),
    t(["withhold_law_forbids"], [WITHHELD, "理由：法律、行政法规禁止公开所申请的信息。"], `${L}第十四条、第三十六条第（三）项`),
    t(["withhold_security"], [WITHHELD, "理由：所申请信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。"], `${L}第十四条、第三十六条第（三）项`),
    t(["withhold_third_party"], [WITHHELD, "理由：所申请信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，且第三方不同意公开。"], `${L}第十五条、第三十二条、第三十六条第（三）项`),
    t(["withhold_internal"], [WITHHELD, "理由：所申请信息属于人事管理、后勤管理、内部工作流程等内部事务信息。"], `${L}第十六条第一款、第三十六条第（三）项`),
    t(["withhold_process"], [WITHHELD, "理由：所申请信息属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。"], `${L}第十六条第二款、第三十六条第（三）项`),
    t(["withhold_enforcement"], [WITHHELD, "理由：所申请信息属于行政执法案卷信息。"], `${L}第十六条第二款、第三十六条第（三）项`),
    t(["withhold_query"], [WITHHELD, "理由：所申请信息属于行政查询事项，请按照相关规定的查询渠道办理。"], `${L}第三十六条第（三）项、第（七）项`),
    t(["unable_not_held"], [UNABLE, "理由：经检索，本机关不掌握（没有制作或者获取）所申请的政府信息。"], `${L}第三十六条第（四）项、第（五）项`),
    t(["unable_needs_making"], [UNABLE, "理由：本机关没有现成的所申请信息，您的申请需要本机关对现有政府信息进行加工、分析，本机关可以不予提供。"], `${L}第三十八条`),
    t(["unable_unclear"], [UNABLE, "理由：经补正后，申请内容仍然不明确，本机关无法确定您所需要的政府信息。"], `${L}第二十九条第二款第（三）项、第三十条`),
    t(["not_handled_petition"], [NOT_HANDLED, "理由：您以政府信息公开申请的形式进行信访、投诉、举报等活动，请按照《信访工作条例》等有关规定向有关机关提出。"], `${L}第三十九条第一款`),
    t(["not_handled_repeat"], [NOT_HANDLED, "理由：本机关已就您提出的政府信息公开申请作出答复，您重复申请公开相同政府信息，本机关不予重复处理。"], `${L}第三十六条第（六）项`),
    t(["not_handled_publication"], [NOT_HANDLED, "理由：您申请获取的是政府公报、报刊、书籍等公开出版物，可以通过公开发行渠道获取。"], `${L}第三十九条第二款`),
    t(["not_handled_mass"], [NOT_HANDLED, "理由：您申请公开政府信息的数量、频次明显超过合理范围，且未能说明理由或者理由不合理。"], `${L}第三十五条`),
    t(["not_handled_confirm"], [NOT_HANDLED, "理由：您要求本机关确认或者重新出具已经获取的信息，不属于政府信息公开申请的处理范围。"], `${L}第三十六条第（六）项、第（七）项`),
    t(["other_no_correction"], ["本机关已于补正期限届满前一次性告知您需要补正的事项和补正期限。您无正当理由逾期未补正，视为放弃申请，本机关不再处理您的政府信息公开申请。"], `${L}第三十条`),
    t(["other_no_fee"], ["您逾期未按收费通知的要求缴纳信息处理费，本机关不再处理您的政府信息公开申请。"], `${L}第四十二条，《政府信息公开信息处理费管理办法》`),
    t(["other"], ["本机关对您的申请作如下处理，具体见下文答复内容。"], `${L}第三十三条、第三十六条`),
  ],
  closing: [
    "{field:replyText}",
    `如对本答复不服，可以在收到本告知书之日起60日内向揭阳市人民政府申请行政复议，或者在6个月内向有管辖权的人民法院提起行政诉讼。`,
    "特此告知。",
  ],
};
