"use client";

import { useEffect, useState } from "react";

// 适老化 mode: larger text and higher contrast without browser zoom. The choice lives in
// localStorage and is applied as data-elder on <html> after hydration, so pages stay static
// and no inline script is needed (a content security policy without 'unsafe-inline' holds).
const KEY = "portal-elder-mode";

function apply(on: boolean) {
  if (on) document.documentElement.dataset.elder = "on";
  else delete document.documentElement.dataset.elder;
}

export function ElderModeToggle() {
  const [on, setOn] = useState(false);

  useEffect(() => {
    let stored = false;
    try {
      stored = localStorage.getItem(KEY) === "on";
    } catch {
      // storage blocked (private mode): the toggle still works for this page
    }
    apply(stored);
    setOn(stored);
  }, []);

  function toggle() {
    const next = !on;
    apply(next);
    setOn(next);
    try {
      localStorage.setItem(KEY, next ? "on" : "off");
    } catch {
      // see above
    }
  }

  return (
    <button type="button" onClick={toggle} aria-pressed={on} className="rounded border border-white/70 px-3 py-2 font-medium hover:bg-white/15">
      {on ? "退出长者模式" : "长者模式"}
    </button>
  );
}
