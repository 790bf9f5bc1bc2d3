// A grouped bar chart drawn as SVG on the server with d3-scale: no script reaches the browser.
import { scaleBand, scaleLinear } from "d3-scale";

export interface BarSeries { key: string; label: string; color: string }

export function BarChart({ title, categories, series, values }: { title: string; categories: string[]; series: BarSeries[]; values: (category: string, key: string) => number }) {
  const width = 720, height = 260, left = 32, bottom = 70, top = 24;
  const max = Math.max(1, ...categories.flatMap((c) => series.map((s) => values(c, s.key))));
  const x = scaleBand().domain(categories).range([left, width - 8]).padding(0.2);
  const inner = scaleBand().domain(series.map((s) => s.key)).range([0, x.bandwidth()]).padding(0.05);
  const y = scaleLinear().domain([0, max]).nice().range([height - bottom, top]);
  return (
    <figure className="overflow-x-auto">
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full min-w-[560px]">
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={left} x2={width - 8} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={left - 4} y={y(t) + 4} fontSize="10" textAnchor="end" fill="#475569">{t}</text>
          </g>
        ))}
        {categories.map((c) => (
          <g key={c} transform={`translate(${x(c) ?? 0},0)`}>
            {series.map((s) => {
              const v = values(c, s.key);
              return (
                <rect key={s.key} x={inner(s.key)} y={y(v)} width={inner.bandwidth()} height={y(0) - y(v)} fill={s.color}>
                  <title>{`${c} ${s.label}：${v}`}</title>
                </rect>
              );
            })}
            <text x={x.bandwidth() / 2} y={height - bottom + 12} fontSize="10" textAnchor="end" transform={`rotate(-35 ${x.bandwidth() / 2} ${height - bottom + 12})`} fill="#334155">{c}</text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-3 text-sm">
        <span className="font-bold">{title}</span>
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1"><span className="inline-block h-3 w-3" style={{ background: s.color }} />{s.label}</span>
        ))}
      </figcaption>
    </figure>
  );
}
