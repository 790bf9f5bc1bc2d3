import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { pasteRichText, signInAs } from "./helpers";

// Issue 14: the 信息员's editor, in Chromium. Word paste and .docx import end up as clean,
// structured HTML in the stored record; reviewers see the item as the site will show it.
test.describe.configure({ timeout: 180_000 });


/** The stored 正文: the form's fallback textarea is filled from the saved record. */
async function storedBody(page: Page, recordPath: string): Promise<string> {
  await page.goto(recordPath);
  await expect(page.getByRole("toolbar", { name: "正文格式" })).toBeVisible();
  return page.locator("textarea#f-body").inputValue();
}

async function newDraft(page: Page, title: string, column: string) {
  await signInAs(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(title);
  await page.getByLabel("栏目").selectOption({ label: column });
}

async function save(page: Page): Promise<string> {
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");
  return new URL(page.url()).pathname;
}

// What Word (and WPS, which copies the same markup) puts on the clipboard.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{mso-style-parent:"";font-family:宋体;}</style></head><body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment--><h1><span style='font-family:黑体;mso-ascii-font-family:"Times New Roman"'>关于开展冬季爱国卫生运动的通知<o:p></o:p></span></h1>
<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'>各县（市、区）卫生计生局：<span></span><b style='mso-bidi-font-weight:normal'>请认真组织实施</b>。<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>清理卫生死角</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>开展病媒生物防制</span><o:p></o:p></p>
<!--[if gte mso 10]><style>table.MsoNormalTable{mso-style-name:普通表格;}</style><![endif]-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=200 valign=top style='width:150pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal><b><span style='font-family:宋体'>区县<o:p></o:p></span></b></p></td><td width=200 valign=top style='width:150pt'><p class=MsoNormal><b>完成时间</b></p></td></tr>
<tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'><td valign=top><p class=MsoNormal>榕城区</p></td><td valign=top><p class=MsoNormal>12月31日</p></td></tr></table>
<!--EndFragment--></body></html>`;

test("a Word clipboard pasted into 正文 is stored clean, with its heading, bold, list and table", async ({ page }) => {
  await newDraft(page, `冬季爱国卫生运动 ${Date.now()}`, "工作动态");
  await pasteRichText(page, "正文", WORD_HTML);
  const editor = page.locator("[contenteditable=true]");
  await expect(editor.locator("h2")).toHaveText("关于开展冬季爱国卫生运动的通知");
  await expect(page.getByTestId("rich-text-count")).not.toHaveText("0");
  const rec = await save(page);

  const body = await storedBody(page, rec);
  for (const dirt of ["mso-", "style=", "class=", "font-family", "<span", "o:p", "<!--", "<font", "lang="]) expect(body, dirt).not.toContain(dirt);
  expect(body).toContain("<h2>关于开展冬季爱国卫生运动的通知</h2>");
  expect(body).toContain("<strong>请认真组织实施</strong>");
  expect(body).toMatch(/<ol><li><p>清理卫生死角<\/p><\/li><li><p>开展病媒生物防制<\/p><\/li><\/ol>/);
  expect(body).toMatch(/<table><tbody><tr><td><p><strong>区县<\/strong><\/p><\/td><td><p><strong>完成时间<\/strong><\/p><\/td><\/tr><tr><td><p>榕城区<\/p><\/td>/);
});

// A 1×1 PNG, so the document carries a picture with alt text through the upload check.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

async function makeDocx(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    numbering: { config: [{ reference: "steps", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] }] },
    sections: [{
      children: [
        new Paragraph({ text: "2026年冬季流感防控工作方案", heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ children: [new TextRun("各单位要"), new TextRun({ text: "高度重视", bold: true }), new TextRun("流感防控工作。")] }),
        new Paragraph({ text: "加强哨点监测", numbering: { reference: "steps", level: 0 } }),
        new Paragraph({ text: "做好疫苗接种", numbering: { reference: "steps", level: 0 } }),
        new Table({ rows: [new TableRow({ children: [cell("区县"), cell("接种人数")] }), new TableRow({ children: [cell("普宁市"), cell("3200")] })] }),
        new Paragraph({ children: [new ImageRun({ type: "png", data: PNG, transformation: { width: 20, height: 20 }, altText: { name: "photo", title: "接种现场", description: "接种现场照片" } })] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

test("a .docx imported into 正文 keeps its heading, bold, numbered list, table and picture", async ({ page }) => {
  await newDraft(page, `冬季流感防控工作方案 ${Date.now()}`, "工作动态");
  await expect(page.getByRole("toolbar", { name: "正文格式" })).toBeVisible();
  await page.getByLabel("导入Word文档").setInputFiles({ name: "流感防控方案.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: await makeDocx() });
  await expect(page.getByRole("status").filter({ hasText: "已导入“流感防控方案.docx”" })).toBeVisible({ timeout: 30_000 });
  const rec = await save(page);

  const body = await storedBody(page, rec);
  expect(body).toContain("<h2>2026年冬季流感防控工作方案</h2>");
  expect(body).toContain("<strong>高度重视</strong>");
  expect(body).toMatch(/<ol><li><p>加强哨点监测<\/p><\/li><li><p>做好疫苗接种<\/p><\/li><\/ol>/);
  expect(body).toMatch(/<table><tbody><tr><td><p>区县<\/p><\/td>/);
  // Stored as the server's sanitizer writes it (<img … />), with no empty paragraphs around it.
  expect(body).toMatch(/<\/table><img src="\/api\/uploads\/[0-9a-f-]{36}\.png" alt="接种现场照片" \/>$/);
  expect(body).not.toContain("data:");
});

test("办事指南 fields only for the 办事指南 column; the reviewer sees the preview; axe on the record page, view and edit", async ({ page }) => {
  test.setTimeout(300_000);
  const title = `冬季爱国卫生运动简报 ${Date.now()}`;
  await newDraft(page, title, "工作动态");
  await expect(page.getByText("在线申办链接")).toHaveCount(0);
  await page.getByLabel("栏目").selectOption({ label: "办事指南" });
  await expect(page.getByLabel("在线申办链接")).toBeVisible();
  await page.getByLabel("在线申办链接").fill("https://www.gdzwfw.gov.cn/");
  await page.getByLabel("栏目").selectOption({ label: "工作动态" });
  await expect(page.getByText("在线申办链接")).toHaveCount(0);
  await pasteRichText(page, "正文", WORD_HTML);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  const rec = new URL(page.url()).pathname;

  // The reviewer: actions on top, the preview as the site renders it, no 办事指南, no director block.
  await signInAs(page, "yzk-kz");
  await page.goto(rec);
  const preview = page.getByTestId("article-preview");
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 2, name: "关于开展冬季爱国卫生运动的通知" })).toBeVisible();
  await expect(preview.getByRole("cell", { name: "榕城区" })).toBeVisible();
  await expect(preview).toContainText("来源：医政科");
  await expect(page.getByText("办事指南")).toHaveCount(0);
  await expect(page.getByText("在线申办链接")).toHaveCount(0);
  await expect(page.locator('[data-signoff="director"]')).toHaveCount(0);
  await expect(page.locator('[data-signoff="office"]')).toHaveCount(0);
  const axe = async (what: string) => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  };
  await axe("view");

  // Returned to the drafter, the record page is the form with the editor.
  await page.getByLabel("意见", { exact: true }).fill("请补充完成时间。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("草稿");
  await signInAs(page, "yzk");
  await page.goto(rec);
  await expect(page.getByRole("toolbar", { name: "正文格式" })).toBeVisible();
  await axe("edit");

  // Keyboard: Tab reaches the editor, Ctrl+B makes bold, Esc returns to the toolbar.
  const editor = page.getByRole("textbox", { name: "正文", exact: true });
  await expect(editor).toHaveAttribute("contenteditable", "true");
  await editor.press("Control+End");
  await editor.press("Enter");
  await page.keyboard.press("Control+b");
  await page.keyboard.type("补充：12月31日前完成");
  await expect(editor.locator("strong", { hasText: "补充：12月31日前完成" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("toolbar", { name: "正文格式" }).locator(":focus")).toHaveCount(1);
});

test("on a phone the action buttons stay on screen while the long form scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await newDraft(page, `手机端测试 ${Date.now()}`, "工作动态");
  const bar = page.getByTestId("action-bar");
  await page.mouse.wheel(0, 300);
  await expect(bar).toBeInViewport();
  await expect(bar.getByRole("button", { name: "保存草稿" })).toBeInViewport();
});

test("without JavaScript the form still posts, 正文 being a textarea that carries the HTML", async ({ page, browser }) => {
  await signInAs(page, "yzk");
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: test.info().project.use.baseURL });
  const p = await noJs.newPage();
  await p.goto("/staff/forms/publication-approval/new");
  // A refusal comes back to the form with its Chinese message.
  await p.getByRole("button", { name: "提交审核" }).click();
  await expect(p.getByRole("alert").filter({ hasText: "标题：请填写标题" })).toBeVisible();

  const title = `无脚本提交测试 ${Date.now()}`;
  await p.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await p.getByLabel("标题").fill(title);
  await p.getByLabel("正文").fill("<h2>小标题</h2><p>无脚本提交的<strong>正文</strong></p><script>window.__xss=1</script>");
  await p.getByLabel("栏目").selectOption({ label: "工作动态" });
  await p.getByRole("button", { name: "保存草稿" }).click();
  await expect(p.getByTestId("record-state")).toHaveText("草稿");
  await expect(p.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // The record page (still without JavaScript) shows the stored, sanitised HTML in the textarea.
  await expect(p.getByLabel("正文")).toHaveValue("<h2>小标题</h2><p>无脚本提交的<strong>正文</strong></p>");
  await expect(p.getByLabel("标题")).toHaveValue(title);
  await noJs.close();
});
