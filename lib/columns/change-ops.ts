// The kinds of change a column table change can make: the column assignment form offers them
// (forms/column-assignment.ts) and apply.ts carries them out.
export const CHANGE_OPS = [
  { value: "add", label: "新增栏目" },
  { value: "rename", label: "更名" },
  { value: "move", label: "移动（更换上级栏目）" },
  { value: "section", label: "更换责任科室" },
  { value: "interval", label: "更改更新周期" },
  { value: "hide", label: "隐藏" },
  { value: "show", label: "显示" },
  { value: "remove", label: "删除" },
  { value: "topic", label: "申请专题专栏（第六条）" },
] as const;
export type ChangeOp = (typeof CHANGE_OPS)[number]["value"];
