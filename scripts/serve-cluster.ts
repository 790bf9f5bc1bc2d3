// `npm run serve:cluster`: the production setup on one machine (README "Production setup"):
// nginx on port 8080 in front of two instances on 3001 and 3002, one production build, the
// embedded database (or DATABASE_URL). Ctrl+C stops all of it. CLUSTER_PORTS=8080,3001,3002
// changes the ports.
import { portInUse } from "../lib/db/embedded";
import { uploadDir } from "../lib/form-engine/uploads";
import { moveUploadsFromDisk } from "../lib/uploads/move-from-disk";
import { DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { seedAll } from "../prisma/seed/index";
import { authEnv } from "./lib/auth-env";
import { buildIfStale } from "./lib/build";
import { nginxBinary, startCluster } from "./lib/cluster";
import { migrateDeploy, openDatabase } from "./lib/database";

const [proxy = 8080, a = 3001, b = 3002] = (process.env.CLUSTER_PORTS ?? "").split(",").filter(Boolean).map(Number);

async function main() {
  nginxBinary();
  for (const port of [proxy, a, b]) {
    if (await portInUse(port)) throw new Error(`端口 ${port} 已被占用。请先停止占用该端口的程序，或用 CLUSTER_PORTS=8080,3001,3002 换端口。\nPort ${port} is in use.`);
  }
  const db = await openDatabase();
  try {
    await migrateDeploy(db.url);
    const moved = await moveUploadsFromDisk(db.url, uploadDir());
    if (moved) console.log(`Moved ${moved} uploaded files into the database.`);
    console.log(`Demo data ready (${await seedAll(db.url)}).`);
    const NEXTAUTH_SECRET = authEnv(proxy).NEXTAUTH_SECRET!;
    await buildIfStale({ DATABASE_URL: db.url, NEXTAUTH_SECRET }, ".next");
    const cluster = await startCluster({ databaseUrl: db.url, secret: NEXTAUTH_SECRET, distDir: ".next", ports: { proxy, a, b } });
    let stopping = false;
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      console.log("\nStopping nginx, both instances and the database …");
      await cluster.stop();
      await db.stop();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    console.log(
      [
        "",
        "揭阳市卫生和计划生育局门户网站 (cluster) is running:",
        `  through nginx   http://localhost:${proxy}/   (staff: http://localhost:${proxy}/login, password ${DEMO_PASSWORD})`,
        `  instance A      ${cluster.aUrl}/`,
        `  instance B      ${cluster.bUrl}/`,
        `  nginx prefix    ${cluster.prefix} (configuration, error.log, cache)`,
        "",
        "Press Ctrl+C to stop everything. Data is kept for the next start.",
      ].join("\n"),
    );
  } catch (err) {
    await db.stop();
    throw err;
  }
}

main().catch((err: Error) => {
  console.error(`\n启动失败 / start failed: ${err.message}`);
  process.exit(1);
});
