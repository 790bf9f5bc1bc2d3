// The whole picture of DESIGN §10 on one machine: nginx (deploy/nginx) in front of two
// `next start` instances of one production build on one PostgreSQL. Used by
// `npm run serve:cluster`, `test:cluster` and `bench:cluster`. nginx runs as a private
// instance (`-p <temporary prefix>`, its pid, logs, cache and temporary files inside), so it
// needs neither /etc/nginx changes nor a running system nginx.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderMain, renderSite } from "../../deploy/nginx/render";
import { ROOT, bin } from "./paths";
import { waitForHttp } from "./wait-http";

export interface ClusterOptions {
  databaseUrl: string;
  secret: string;
  distDir: string;
  ports: { proxy: number; a: number; b: number };
  /** Extra http-context nginx configuration (the benchmark's static-file server). */
  extraHttp?: string;
  /** Prefix the instances' and nginx's output with [a], [b], [nginx] (default) or drop it. */
  output?: "prefixed" | "quiet";
}

export interface Cluster {
  proxyUrl: string;
  aUrl: string;
  bUrl: string;
  prefix: string;
  stopInstance(which: "a" | "b"): Promise<void>;
  stop(): Promise<void>;
}

/** Debian's nginx binary, or a message saying how to install it. */
export function nginxBinary(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim();
  throw new Error("nginx 未安装 / nginx is not installed: apt-get install nginx-light");
}

function start(name: string, cmd: string, args: string[], env: Record<string, string>, output: "prefixed" | "quiet"): ChildProcess {
  // Its own process group, so that stopping it stops whatever it started, and nothing else.
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (output === "prefixed") {
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on("data", (d: Buffer) => {
        for (const line of d.toString().split("\n")) if (line.trim()) console.log(`[${name}] ${line}`);
      });
    }
  } else {
    child.stdout?.resume();
    child.stderr?.resume();
  }
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  // `next start` serves from a child process of its own group: wait until the group is gone,
  // so that the database is stopped only after every instance.
  const alive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  while (alive()) await new Promise((r) => setTimeout(r, 100));
  clearTimeout(timer);
}

/** Starts both instances, waits until they answer, then nginx in front of them. */
export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const nginx = nginxBinary();
  const output = o.output ?? "prefixed";
  const proxyUrl = `http://127.0.0.1:${o.ports.proxy}`;
  const env = {
    DATABASE_URL: o.databaseUrl,
    // One secret for both: a session signed in on one instance is valid on the other.
    NEXTAUTH_SECRET: o.secret,
    NEXTAUTH_URL: proxyUrl,
    // Behind exactly one proxy (this nginx): the client address is its X-Forwarded-For entry.
    TRUSTED_PROXY_HOPS: "1",
    NEXT_DIST_DIR: o.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const instances: Record<"a" | "b", ChildProcess> = {
    a: start("a", bin("next"), ["start", "-H", "127.0.0.1", "-p", String(o.ports.a)], { ...env, PORT: String(o.ports.a) }, output),
    b: start("b", bin("next"), ["start", "-H", "127.0.0.1", "-p", String(o.ports.b)], { ...env, PORT: String(o.ports.b) }, output),
  };
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
  let proxy: ChildProcess | null = null;
  const stop = async () => {
    await Promise.all([proxy ? stopProcess(proxy) : Promise.resolve(), stopProcess(instances.a), stopProcess(instances.b)]);
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    const aUrl = `http://127.0.0.1:${o.ports.a}`;
    const bUrl = `http://127.0.0.1:${o.ports.b}`;
    await Promise.all([waitForHttp(`${aUrl}/api/health`), waitForHttp(`${bUrl}/api/health`)]);

    for (const dir of ["cache", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"]) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
    const site = path.join(prefix, "portal.conf");
    fs.writeFileSync(
      site,
      renderSite({
        listen: `127.0.0.1:${o.ports.proxy}`,
        instances: [`127.0.0.1:${o.ports.a}`, `127.0.0.1:${o.ports.b}`],
        staticDir: path.join(ROOT, o.distDir, "static"),
        cacheDir: path.join(prefix, "cache"),
      }),
    );
    const conf = path.join(prefix, "nginx.conf");
    fs.writeFileSync(conf, renderMain(prefix, site, o.extraHttp));
    const test = spawnSync(nginx, ["-t", "-q", "-p", prefix, "-c", conf], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx configuration refused:\n${test.stderr}`);
    proxy = start("nginx", nginx, ["-p", prefix, "-c", conf, "-g", "daemon off;"], {}, output);
    await waitForHttp(`${proxyUrl}/api/health`, 30_000);
    return {
      proxyUrl,
      aUrl,
      bUrl,
      prefix,
      stopInstance: (which) => stopProcess(instances[which]),
      stop,
    };
  } catch (err) {
    const log = path.join(prefix, "error.log");
    if (fs.existsSync(log)) console.error(fs.readFileSync(log, "utf8").slice(-2000));
    await stop();
    throw err;
  }
}
