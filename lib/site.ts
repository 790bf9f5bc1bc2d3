// Site-wide facts shown in the header and footer (DESIGN §7). Values marked demo are
// placeholders until the bureau supplies its registered numbers.
export const SITE = {
  name: "揭阳市卫生和计划生育局",
  shortName: "揭阳市卫生计生局",
  domain: "www.jywjj.gov.cn",
  sponsor: "揭阳市卫生和计划生育局",
  organiser: "揭阳市卫生和计划生育局信息统计科",
  address: "广东省揭阳市榕城区（演示地址）",
  phone: "0663-0000000（演示）",
  siteCode: "4452000000（演示）", // 网站标识码
  icp: "粤ICP备00000000号（演示）",
  police: "粤公网安备 44520000000000号（演示）",
  onlineServiceHall: "https://www.gdzwfw.gov.cn/",
  correctionUrl: "/mailbox?box=opinion&category=correction",
} as const;
