// Demo 信息员 register (Art. 4): one named person and office phone per section, county bureau
// and unit. Demo data only; the system administrator keeps the real register at /staff/informants.
import { SECTIONS } from "./organisation";

const NAMES: Record<string, string> = {
  bgs: "陈晓丽", rsk: "林志强", xxtjk: "黄伟明", xck: "郑婷婷", yzk: "许俊杰", jkk: "吴秀珍", jcwsk: "蔡文辉",
  rcq: "杨丽娟", jdq: "李建华", jxx: "张海燕", hlx: "王振宇", pns: "刘晓燕", wsjds: "谢国栋", rmyy: "周敏", jkzx: "方慧琳",
};

export const DEMO_INFORMANTS = SECTIONS.filter((s) => s.kind !== "leadership").map((s, i) => ({
  sectionId: s.id,
  name: NAMES[s.id] ?? `${s.name}信息员`,
  officePhone: `0663-82${String(21000 + i * 37).padStart(5, "0")}`,
}));
