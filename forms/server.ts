// Server-only: registers every definition and the effects they name with the engine. Loaded
// once per server process by instrumentation.ts, and by the test setup and the scripts that
// drive the engine without Next.js.
import { registerEffect, registerForm } from "@/lib/form-engine/registry";
import { EFFECTS } from "./effects";
import { FORMS } from "./index";

for (const def of FORMS) registerForm(def);
for (const e of EFFECTS) registerEffect(e);
