import Link from "next/link";
import type { SnippetPart } from "@/lib/search/snippet";
import type { SearchHit } from "@/lib/search/search";
import { formatDateTime } from "@/lib/format";

/** Text parts rendered as escaped React text; only our own <mark> highlights. */
export function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i} className="bg-yellow-200 text-inherit">{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-slate-200" data-testid="search-results">
      {hits.map((h) => (
        <li key={h.id} className="py-3">
          <h2 className="text-lg">
            <Link href={`/articles/${h.id}`} className="text-brand hover:underline"><Highlighted parts={h.title} /></Link>
          </h2>
          <p className="mt-1 leading-7 text-slate-700"><Highlighted parts={h.snippet} /></p>
          <p className="mt-1 text-sm text-slate-600">
            <Link href={`/columns/${h.columnSlug}`} className="hover:underline">{h.columnName}</Link>
            <span aria-hidden="true"> · </span>
            <time dateTime={h.publishAt.toISOString()}>{formatDateTime(h.publishAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
