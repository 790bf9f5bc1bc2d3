import { expect, test, type Page } from "@playwright/test";
import { pasteRichText, signInAs, watchForScripts } from "./helpers";

// Issue 7 on a real approval record: rich text stays inert, another section cannot open it
// by its id, and the Art. 17 keyword check holds 推送 until the reviewer confirms.


test("XSS in rich text stays inert, section B cannot open section A's record, 推送 waits for the keyword confirmation", async ({ page }) => {
  const check = watchForScripts(page);
  await signInAs(page, "yzk");
  await page.goto("/staff/forms/publication-approval/new");
  await page.getByRole("radiogroup", { name: "是否涉密" }).getByLabel("否").check();
  await page.getByLabel("标题").fill(`关于内部资料整理的通知<script>window.__xss=1</script>`);
  await pasteRichText(page, "正文", `<p>正文</p><img src="x" onerror="window.__xss=2"><script>window.__xss=3</script><a href="javascript:window.__xss=4">链接</a><iframe src="javascript:window.__xss=5"></iframe>`);
  await page.getByLabel("栏目").selectOption({ label: "无偿献血" });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待科室领导审核");
  const recordPath = new URL(page.url()).pathname;
  const recordId = recordPath.split("/").pop()!;
  // The drafter is warned.
  await expect(page.getByTestId("classified-check")).toContainText("标题含“内部资料”");
  await check();

  // IDOR: 人事科's accounts get the same "not found" as for no record at all.
  for (const other of ["rsk", "rsk-kz"]) {
    await signInAs(page, other);
    const res = await page.goto(recordPath);
    expect(res?.status(), other).toBe(404);
    await expect(page.getByText("内部资料整理")).toHaveCount(0);
    expect((await page.request.get(`/api/records/${recordId}/pdf`)).status(), other).toBe(404);
  }

  await signInAs(page, "yzk-kz");
  await page.goto(recordPath);
  await check();
  await page.getByRole("button", { name: "审核通过", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待局分管领导审批");

  await signInAs(page, "fjz2");
  await page.goto(recordPath);
  await page.getByRole("button", { name: "批准", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("已批准，待推送");

  await signInAs(page, "yzk");
  await page.goto(recordPath);
  // Keep yzk's 推送 call (refused below), to replay it later as another section's account.
  let pushCall: { url: string; headers: Record<string, string>; body: string } | null = null;
  const capture = (r: import("@playwright/test").Request) => {
    if (r.method() === "POST" && r.headers()["next-action"]) pushCall = { url: r.url(), headers: r.headers(), body: r.postData() ?? "" };
  };
  page.on("request", capture);
  await page.getByRole("button", { name: "推送", exact: true }).click();
  await expect(page.getByText(/须经审核人确认不涉密后才能推送/).first()).toBeVisible();
  page.off("request", capture);
  expect(pushCall).not.toBeNull();
  await page.goto(recordPath);
  await expect(page.getByTestId("record-state")).toHaveText("已批准，待推送");
  // The drafter cannot confirm for themselves.
  await expect(page.getByRole("button", { name: "确认不涉密" })).toHaveCount(0);

  await signInAs(page, "yzk-kz");
  await page.goto(recordPath);
  await page.getByRole("button", { name: "确认不涉密" }).click();
  // The answer, or the refreshed panel, whichever the page shows first.
  await expect(page.getByTestId("classified-check")).toContainText(/已确认不涉密，可以推送|审核人已确认本信息不涉密/);

  // IDOR, acting: 人事科's publishing account replays the very same 推送 call by the record's id.
  await signInAs(page, "rsk");
  const { "content-length": _l, cookie: _c, ...headers } = pushCall!.headers;
  await page.request.post(pushCall!.url, { headers, data: pushCall!.body });

  await signInAs(page, "yzk");
  await page.goto(recordPath);
  await expect(page.getByTestId("record-state")).toHaveText("已批准，待推送");
  await page.getByRole("button", { name: "推送", exact: true }).click();
  await expect(page.getByTestId("record-state")).toHaveText("待信息统计科和宣传科审定");
  await check();

  // The confirmation is in the audit trail.
  await signInAs(page, "auditor");
  await page.goto(`/staff/audit?action=classified.confirm&object=${recordId}`);
  await expect(page.getByTestId("audit-total")).toHaveText("共 1 条");
  await expect(page.getByRole("cell", { name: "yzk-kz" })).toBeVisible();
});
