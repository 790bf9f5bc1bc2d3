// Two PostgreSQL roles (issue 15 item 8): the owner runs migrations and owns every table; the
// app connects as a role without superuser or owner rights that may read and write the
// business tables but only INSERT and SELECT the append-only ones. Re-applied after every
// migration, so that new tables are covered.
import pg from "pg";

// Append-only tables: the app may add rows and read them, never change or remove one.
export const APPEND_ONLY_TABLES = ["audit_events", "form_events"];

export interface RoleOptions {
  /** Create the app role when missing (the embedded server, where the owner is a superuser). */
  create?: boolean;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The app role named in appUrl gets exactly the rights it needs on ownerUrl's database. */
export async function grantAppRole(ownerUrl: string, appUrl: string, opts: RoleOptions = {}): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const owner = decodeURIComponent(new URL(ownerUrl).username);
  if (!role || role === owner) return; // one role for both: nothing to separate (README warns)
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = (await client.query("SELECT rolsuper FROM pg_roles WHERE rolname = $1", [role])).rows[0] as { rolsuper: boolean } | undefined;
    if (!exists) {
      if (!opts.create) throw new Error(`PostgreSQL role ${role} (DATABASE_URL) does not exist; create it first (README "Database roles").`);
      await client.query(`CREATE ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal(decodeURIComponent(app.password))}`);
    } else if (exists.rolsuper) {
      throw new Error(`PostgreSQL role ${role} (DATABASE_URL) is a superuser; the app must connect as an ordinary role (README "Database roles").`);
    }
    const db = (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0]!.d;
    const schema = (await client.query<{ s: string }>("SELECT current_schema() AS s")).rows[0]!.s;
    const r = ident(role);
    const s = ident(schema);
    await client.query("BEGIN");
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(db)} TO ${r}`);
    // PostgreSQL before 15 lets everyone create tables in the public schema.
    await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM PUBLIC`);
    await client.query(`REVOKE CREATE ON SCHEMA ${s} FROM ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
    await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA ${s} FROM ${r}`);
    const present = (await client.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = $1", [schema])).rows.map((x) => x.t);
    for (const t of APPEND_ONLY_TABLES.filter((x) => present.includes(x))) await client.query(`REVOKE UPDATE, DELETE ON ${s}.${ident(t)} FROM ${r}`);
    if (present.includes("_prisma_migrations")) await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${s}."_prisma_migrations" FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${s} TO ${r}`);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** appUrl with the app role's credentials on the same server and database as ownerUrl. */
export function withCredentials(ownerUrl: string, user: string, password: string): string {
  const u = new URL(ownerUrl);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}
