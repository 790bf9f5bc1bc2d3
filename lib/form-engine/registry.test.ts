import { describe, expect, it } from "vitest";
import { FORMS } from "@/forms";
import { publicationApproval } from "@/forms/publication-approval";
import { allForms, effectsOf, getForm, registerForm } from "./registry";

describe("the form registry", () => {
  it("refuses to answer before anything is registered, instead of answering with empty lists", () => {
    // This unit test file loads no server entry: the registry is as an unwired entry point finds it.
    expect(() => allForms()).toThrow(/no form definitions registered/);
  });

  it("registers every definition once, and refuses another definition under a taken key", () => {
    for (const def of FORMS) registerForm(def);
    registerForm(publicationApproval); // the same module evaluated twice registers the same object
    expect(allForms().map((d) => d.key)).toEqual(FORMS.map((d) => d.key));
    expect(getForm("publication-approval")).toBe(publicationApproval);
    expect(() => registerForm({ ...publicationApproval })).toThrow(/registered twice/);
  });

  it("names an effect nobody registered", () => {
    expect(() => effectsOf({ key: "x", label: "x", from: [], to: "draft", by: [], effects: ["nope"] })).toThrow(/unknown effect nope/);
  });
});

