// One definition field as a plain, uncontrolled input with a name and a default value, so the
// form posts and re-renders with what was typed even without JavaScript (public entries).
import type { DataField } from "@/lib/form-engine/types";

const inputClass = "w-full rounded border border-slate-400 px-2 py-1.5 focus:outline-2 focus:outline-brand";

export function PlainField({ field: f, value, error, idPrefix = "f" }: { field: DataField; value: string; error?: string; idPrefix?: string }) {
  const id = `${idPrefix}-${f.key}`;
  const describedBy = [error ? `${id}-err` : "", f.help ? `${id}-help` : ""].filter(Boolean).join(" ") || undefined;
  const common = { id, name: f.key, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } as const;
  const required = f.required === true ? <span className="text-red-700" aria-hidden> *</span> : null;
  const label = <label htmlFor={id} className="mb-1 block font-medium">{f.label}{required}</label>;
  const foot = (
    <>
      {f.help ? <p id={`${id}-help`} className="mt-1 text-sm text-slate-600">{f.help}</p> : null}
      {error ? <p id={`${id}-err`} className="mt-1 text-sm text-red-700" role="alert">{error}</p> : null}
    </>
  );
  switch (f.type) {
    case "yesNo":
      return (
        <fieldset className="mb-4" aria-describedby={describedBy}>
          <legend className="mb-1 font-medium">{f.label}{required}</legend>
          <div role="radiogroup" aria-label={f.label} className="flex gap-6">
            {[["yes", "是"], ["no", "否"]].map(([v, l]) => (
              <label key={v} className="flex items-center gap-1">
                <input type="radio" name={f.key} value={v} defaultChecked={value === v} /> {l}
              </label>
            ))}
          </div>
          {foot}
        </fieldset>
      );
    case "choice":
      return (
        <div className="mb-4">
          {label}
          <select {...common} defaultValue={value} className={inputClass}>
            <option value="">请选择</option>
            {f.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
          {foot}
        </div>
      );
    case "longText":
      return (
        <div className="mb-4">
          {label}
          <textarea {...common} rows={5} defaultValue={value} className={inputClass} />
          {foot}
        </div>
      );
    default:
      return (
        <div className="mb-4">
          {label}
          <input {...common} type={f.type === "date" ? "date" : "text"} inputMode={f.type === "number" ? "numeric" : undefined} defaultValue={value} className={inputClass} />
          {foot}
        </div>
      );
  }
}

