/** Shown instead of a page the signed-in account may not use (the server refuses the actions too). */
export function Forbidden() {
  return (
    <section className="rounded bg-white p-4 shadow-sm">
      <h1 className="mb-2 text-xl font-bold">无权访问</h1>
      <p role="alert">您的账号没有使用此功能的权限。如有需要，请联系系统管理员。</p>
    </section>
  );
}
