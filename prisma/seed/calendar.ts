import holidayData from "chinese-days/dist/chinese-days.json" with { type: "json" };

export interface CalendarSeedDay {
  date: Date;
  isWorkday: boolean;
  name: string;
}

// "National Day,国庆节,3" → "国庆节"
const chineseName = (raw: string) => raw.split(",")[1] ?? raw;

/** Statutory holidays and 调休 make-up working days from the State Council schedules. */
export function calendarSeed(): { days: CalendarSeedDay[]; years: number[] } {
  const days: CalendarSeedDay[] = [];
  const data = holidayData as { holidays: Record<string, string>; workdays: Record<string, string> };
  for (const [d, raw] of Object.entries(data.holidays)) days.push({ date: new Date(`${d}T00:00:00Z`), isWorkday: false, name: chineseName(raw) });
  for (const [d, raw] of Object.entries(data.workdays)) days.push({ date: new Date(`${d}T00:00:00Z`), isWorkday: true, name: `${chineseName(raw)}调休上班` });
  const years = [...new Set(days.map((d) => d.date.getUTCFullYear()))].sort();
  return { days, years };
}
