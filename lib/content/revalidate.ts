import { revalidatePath } from "next/cache";

/**
 * Refreshes the static public pages an article appears on, after it is published, changed or
 * withdrawn. Called by effects after their transaction commits.
 */
export function revalidateArticle(article: { id: number; columnSlug: string }): void {
  revalidatePath(`/articles/${article.id}`);
  revalidatePath(`/columns/${article.columnSlug}`);
  revalidatePath("/");
}

/** Refreshes navigation and every column page after the column table changes. */
export function revalidateColumns(): void {
  revalidatePath("/", "layout");
}
