// The bureau's organisation (DESIGN §2). Sections named in the source document are real;
// the rest are marked demo so that a real deployment can replace them.
import type { SectionKind } from "../../lib/generated/prisma/enums";

export interface SectionSeed {
  id: string;
  name: string;
  kind: SectionKind;
  overseer?: string; // username of the deputy director (bureau sections)
  reportsTo?: string; // city section handling the business (counties and units)
  alsoReportsTo?: string[]; // further city sections it reports to (ReportingLine); the reporter chooses
  enforcesLaw?: boolean;
  demo: boolean;
}

export const LEADERSHIP_ID = "ld";

export const SECTIONS: SectionSeed[] = [
  { id: "bgs", name: "局办公室", kind: "bureau_section", overseer: "fjz1", demo: false },
  { id: "rsk", name: "人事科", kind: "bureau_section", overseer: "fjz1", demo: false },
  { id: "xxtjk", name: "信息统计科", kind: "bureau_section", overseer: "fjz1", demo: false },
  { id: "xck", name: "宣传科", kind: "bureau_section", overseer: "fjz2", demo: false },
  { id: "yzk", name: "医政科", kind: "bureau_section", overseer: "fjz2", enforcesLaw: true, demo: false },
  { id: "jkk", name: "疾病预防控制科", kind: "bureau_section", overseer: "fjz3", enforcesLaw: true, demo: true },
  { id: "jcwsk", name: "基层卫生科", kind: "bureau_section", overseer: "fjz3", demo: true },
  { id: LEADERSHIP_ID, name: "局领导", kind: "leadership", demo: false },
  { id: "rcq", name: "榕城区卫生计生局", kind: "county_bureau", reportsTo: "jcwsk", demo: true },
  { id: "jdq", name: "揭东区卫生计生局", kind: "county_bureau", reportsTo: "jcwsk", demo: true },
  { id: "jxx", name: "揭西县卫生计生局", kind: "county_bureau", reportsTo: "jcwsk", demo: true },
  { id: "hlx", name: "惠来县卫生计生局", kind: "county_bureau", reportsTo: "jcwsk", demo: true },
  { id: "pns", name: "普宁市卫生计生局", kind: "county_bureau", reportsTo: "jcwsk", demo: true },
  { id: "wsjds", name: "市卫生监督所", kind: "affiliated_unit", reportsTo: "yzk", demo: false },
  { id: "rmyy", name: "市人民医院", kind: "affiliated_unit", reportsTo: "yzk", demo: true },
  { id: "jkzx", name: "市疾病预防控制中心", kind: "affiliated_unit", reportsTo: "jkk", alsoReportsTo: ["jcwsk"], demo: true },
];

/**
 * The bureau leaders (局领导, Art. 5): the director and the deputy directors, by account name.
 * Every one of them gives an opinion on an initial setup or a 大幅度调整 of the column table.
 */
export const LEADERS: { username: string; title: string }[] = [
  { username: "jz", title: "局长" },
  { username: "fjz1", title: "副局长（fjz1）" },
  { username: "fjz2", title: "副局长（fjz2）" },
  { username: "fjz3", title: "副局长（fjz3）" },
];

export const BUSINESS_SECTIONS = ["yzk", "jkk", "jcwsk"];
export const LAW_ENFORCING_SECTIONS = SECTIONS.filter((s) => s.enforcesLaw).map((s) => s.id);
