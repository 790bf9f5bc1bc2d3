// A record form posted without JavaScript: the browser sends the inputs' names and values
// (react-hook-form names them "title", "changes.0.op", …) and the clicked button as __action.
import type { TransitionInput } from "./transition";

type Tree = { [k: string]: Tree | string } | (Tree | string)[];

/** Nested names ("changes.0.op") become nested data; the __ fields say which step on which record. */
export function postedTransition(entries: Iterable<[string, FormDataEntryValue]>): TransitionInput & { done: string } {
  const data: Record<string, Tree | string> = {};
  const meta: Record<string, string> = {};
  for (const [name, raw] of entries) {
    if (typeof raw !== "string" || name.startsWith("$ACTION")) continue;
    if (name.startsWith("__")) {
      meta[name.slice(2)] = raw;
      continue;
    }
    const path = name.split(".");
    let node: Tree = data;
    path.forEach((key, i) => {
      const last = i === path.length - 1;
      const slot = node as Record<string, Tree | string>;
      if (last) slot[key] = raw;
      else {
        slot[key] ??= /^\d+$/.test(path[i + 1]!) ? [] : {};
        node = slot[key] as Tree;
      }
    });
  }
  for (const v of Object.values(data)) if (Array.isArray(v)) v.splice(0, v.length, ...v.filter((x) => x !== undefined));
  // Only a path inside the site: the page the form came from names where to go next.
  const done = /^\/(?![/\\])[\w\-/:]*$/.test(meta.done ?? "") ? meta.done! : "/staff/records/:id";
  return {
    formKey: meta.formKey ?? "",
    recordId: meta.recordId || null,
    version: meta.version ? Number(meta.version) : null,
    action: meta.action ?? "",
    data,
    opinion: meta.opinion ?? null,
    done,
  };
}
