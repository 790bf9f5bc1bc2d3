// The column table of Art. 10, grouped as citizens look for things (信息公开, 办事服务,
// 互动交流, 健康知识, 专题专栏). Update intervals are the bureau's own requirement, in days.
import type { ColumnGroup, ColumnKind } from "../../lib/generated/prisma/enums";
import { BUSINESS_SECTIONS, LAW_ENFORCING_SECTIONS } from "./organisation";

export interface ColumnSeed {
  slug: string;
  name: string;
  group: ColumnGroup;
  kind: ColumnKind;
  sections: string[];
  entrusted?: string[]; // units entrusted with the column (Art. 10 (八))
  updateIntervalDays?: number;
  externalUrl?: string;
  pageBody?: string;
  description: string;
}

export const COLUMNS: ColumnSeed[] = [
  { slug: "gov-info", name: "政府信息公开", group: "disclosure", kind: "list", sections: ["bgs"], updateIntervalDays: 30, description: "本局主动公开的政府信息。" },
  { slug: "functions", name: "机构职能", group: "disclosure", kind: "page", sections: ["rsk"], description: "本局的主要职责、内设机构和联系方式。",
    pageBody: "<h2>主要职责</h2><p>贯彻执行国家、省有关卫生和计划生育工作的法律法规和方针政策，统筹规划全市卫生和计划生育服务资源配置。</p><h2>内设机构</h2><p>局办公室、人事科、信息统计科、宣传科、医政科等。</p>" },
  { slug: "policies", name: "政策法规", group: "disclosure", kind: "list", sections: LAW_ENFORCING_SECTIONS, updateIntervalDays: 90, description: "卫生计生法律法规、规章和规范性文件。" },
  { slug: "notices", name: "通知公告", group: "disclosure", kind: "list", sections: BUSINESS_SECTIONS, updateIntervalDays: 30, description: "本局发布的通知、公告和公示。" },
  { slug: "news", name: "工作动态", group: "disclosure", kind: "list", sections: BUSINESS_SECTIONS, updateIntervalDays: 7, description: "全市卫生计生工作动态。" },
  { slug: "business", name: "业务管理", group: "disclosure", kind: "list", sections: BUSINESS_SECTIONS, updateIntervalDays: 90, description: "医政、疾控、基层卫生等业务管理信息。" },
  { slug: "medical-services", name: "医疗服务信息公开", group: "disclosure", kind: "list", sections: ["yzk"], updateIntervalDays: 90, description: "医疗机构、医疗服务价格和服务质量信息。" },
  { slug: "population-stats", name: "卫生人口信息", group: "disclosure", kind: "list", sections: ["xxtjk"], updateIntervalDays: 90, description: "卫生资源、人口和计划生育统计信息。" },
  { slug: "credit-info", name: "信用信息双公示", group: "disclosure", kind: "list", sections: [], entrusted: ["wsjds"], updateIntervalDays: 30, description: "行政许可和行政处罚信息双公示（委托市卫生监督所）。" },
  { slug: "guides", name: "办事指南", group: "services", kind: "list", sections: BUSINESS_SECTIONS, updateIntervalDays: 180, description: "行政许可和公共服务事项的办事指南。" },
  { slug: "on-request", name: "依申请公开", group: "services", kind: "page", sections: ["bgs"], description: "依申请公开政府信息的受理机构、方式和流程。",
    pageBody: "<h2>受理机构</h2><p>揭阳市卫生和计划生育局办公室。</p><h2>申请方式</h2><p>申请人可通过信函、当面提交等方式提出申请，本局自收到申请之日起20个工作日内予以答复。</p>" },
  { slug: "service-pledge", name: "服务承诺", group: "services", kind: "page", sections: ["bgs"], description: "本局的服务承诺。",
    pageBody: "<p>本局承诺：首问负责、一次告知、限时办结、文明服务。对公众来信在15个工作日内答复。</p>" },
  { slug: "leader-mailbox", name: "领导信箱", group: "interaction", kind: "link", sections: ["bgs"], externalUrl: "/mailbox?box=leader", description: "给局领导写信。" },
  { slug: "opinion-box", name: "公众意见箱", group: "interaction", kind: "link", sections: ["bgs"], externalUrl: "/mailbox?box=opinion", description: "提出意见和建议。" },
  { slug: "health", name: "健康知识", group: "health", kind: "list", sections: ["xck"], updateIntervalDays: 30, description: "权威、实用的健康科普知识。" },
  { slug: "themes", name: "主题通道", group: "topics", kind: "list", sections: ["xck"], updateIntervalDays: 90, description: "围绕阶段性重点工作的专题信息。" },
  { slug: "family-planning", name: "计生宣传栏", group: "topics", kind: "list", sections: ["xck"], updateIntervalDays: 90, description: "计划生育政策宣传。" },
  { slug: "blood-donation", name: "无偿献血", group: "topics", kind: "list", sections: ["yzk"], updateIntervalDays: 90, description: "无偿献血政策、献血点和献血知识。" },
];
