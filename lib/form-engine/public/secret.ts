// The server secret behind query codes and challenge tokens. PUBLIC_CASE_SECRET, or the older
// MAILBOX_SECRET (codes issued before keep working), or NEXTAUTH_SECRET.
export function publicSecret(): string {
  const s = process.env.PUBLIC_CASE_SECRET ?? process.env.MAILBOX_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("NEXTAUTH_SECRET (or PUBLIC_CASE_SECRET) is not set");
  return s;
}
