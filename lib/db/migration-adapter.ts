import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const TEXT_OID = 25;

type Result = { fields?: { dataTypeID: number }[] } | undefined;

// prisma/orm#27403: the JS schema engine rejects catalog columns of type `name` (OID 19).
// Reporting them as text lets `migrate deploy` and `migrate status` run over the adapter.
function patchNameOids<T>(result: T): T {
  for (const field of (result as Result)?.fields ?? []) {
    if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

function wrapQuery<Q extends { query: (...args: never[]) => unknown }>(target: Q): void {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(patchNameOids) : out;
  };
}

class NameAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    wrapQuery(this);
    this.on("connect", (client) => wrapQuery(client));
  }
}

type ScriptAdapter = { executeScript(script: string): Promise<void>; underlyingDriver(): pg.Pool | pg.PoolClient };

// The adapter splits a migration script on every ";", which breaks PL/pgSQL function
// bodies. PostgreSQL's simple query protocol runs the whole script as one implicit
// transaction, so a migration applies entirely or not at all.
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const scripted = adapter as unknown as ScriptAdapter;
    scripted.executeScript = async (script: string) => {
      await scripted.underlyingDriver().query(script);
    };
    return adapter;
  }
}

export function migrationAdapter(connectionString: string): PrismaPg {
  if (!connectionString) throw new Error("DATABASE_URL is not set; start through the project's scripts.");
  return new WholeScriptPg(new NameAsTextPool({ connectionString, max: 2 }));
}
