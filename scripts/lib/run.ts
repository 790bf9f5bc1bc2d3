import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./paths";

export interface RunOptions {
  env?: Record<string, string | undefined>;
  quiet?: boolean;
}

/** Runs a command to completion; rejects with its exit code on failure. */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env: { ...process.env, ...opts.env },
      stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}${opts.quiet ? `\n${output.slice(-4000)}` : ""}`));
    });
  });
}

/** Starts a long-running command; the caller stops it. */
export function launch(cmd: string, args: string[], env: Record<string, string | undefined> = {}): ChildProcess {
  return spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: "inherit" });
}
