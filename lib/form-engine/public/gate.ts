// At most `n` submissions write at once in this process; the rest queue in order. A burst of
// letters then waits for a database connection here instead of timing out inside the
// transition's transaction (the pool has 10 connections, shared with every other page).
export function gate(n: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function run<T>(work: () => Promise<T>): Promise<T> {
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve));
    else active++;
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
