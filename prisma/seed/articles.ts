// A few demo articles in every list column, so that the portal is never empty. Marked demo.
export const DEMO_ARTICLES: Record<string, string[]> = {
  "gov-info": ["揭阳市卫生和计划生育局2016年政府信息公开工作年度报告", "揭阳市卫生和计划生育局政府信息公开指南", "揭阳市卫生和计划生育局政府信息公开目录"],
  policies: ["广东省医疗机构管理条例实施细则解读", "揭阳市医疗废物管理办法", "关于进一步加强传染病防治工作的通知"],
  notices: ["关于开展2016年度医师定期考核工作的通知", "关于公布全市预防接种门诊名单的公告", "关于做好国庆期间医疗卫生保障工作的通知"],
  news: ["市卫生计生局召开全市卫生计生工作会议", "我市启动家庭医生签约服务试点", "市卫生计生局开展食品安全宣传周活动"],
  business: ["全市医疗质量安全检查情况通报", "基层医疗卫生机构基本公共卫生服务项目考核方案", "全市免疫规划工作要点"],
  "medical-services": ["全市二级以上医院名录及服务时间", "市人民医院常见病诊疗费用公示", "全市医疗机构执业许可信息"],
  "population-stats": ["2016年上半年全市卫生资源统计简报", "2015年全市人口和计划生育统计公报", "全市医疗卫生机构床位数统计"],
  "credit-info": ["行政许可信息公示（2016年第8期）", "行政处罚信息公示（2016年第8期）", "公共场所卫生许可证核发信息"],
  guides: ["医疗机构执业登记办事指南", "医师执业注册办事指南", "公共场所卫生许可办事指南"],
  health: ["夏季如何预防登革热", "科学洗手六步法", "老年人秋季养生小常识"],
  themes: ["深化医药卫生体制改革专题", "健康揭阳行动专题", "创建国家卫生城市专题"],
  "family-planning": ["全面两孩政策问答", "计划生育奖励扶助政策解读", "孕前优生健康检查免费服务"],
  "blood-donation": ["无偿献血知识问答", "全市固定献血点地址及开放时间", "2016年无偿献血先进个人表彰名单"],
};

export function demoBody(title: string, columnName: string): string {
  return [
    `<p>（演示数据）${title}。本文为门户网站演示内容，用于展示“${columnName}”栏目的版式。</p>`,
    "<p>揭阳市卫生和计划生育局坚持以人民健康为中心，不断提高卫生计生服务水平，方便群众办事。</p>",
    "<p>如有疑问，请通过本网站“领导信箱”或“公众意见箱”与我们联系。</p>",
  ].join("\n");
}

/** A 办事指南 item's links into the online service hall and its materials (Art. 13). Demo. */
export function demoServiceGuide(title: string) {
  const hall = "https://www.gdzwfw.gov.cn/";
  const item = encodeURIComponent(title);
  return {
    applyUrl: `${hall}?item=${item}&action=apply`,
    consultUrl: `${hall}?item=${item}&action=consult`,
    progressUrl: `${hall}?item=${item}&action=progress`,
    resultUrl: `${hall}?item=${item}&action=result`,
    materials: [
      { name: "申请表", note: "原件1份", downloadUrl: `${hall}?item=${item}&form=application` },
      { name: "申请人身份证明", note: "复印件1份" },
      { name: "相关资质证明材料", note: "复印件1份，核验原件" },
    ],
  };
}
