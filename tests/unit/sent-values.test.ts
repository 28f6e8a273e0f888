import { describe, expect, it } from "vitest";
import { sentValues } from "@/lib/sent-values";

describe("what a refused form sent, to fill it again", () => {
  it("keeps each text field's values, in order, and leaves out passwords, files and React's own fields", () => {
    const form = new FormData();
    form.append("email", "new@example.org");
    form.append("citySlugs", "lund");
    form.append("citySlugs", "porto-sereno");
    form.append("password", "a secret password");
    form.append("current", "the old one");
    form.append("$ACTION_REF_1", "");
    form.append("upload", new Blob(["x"]), "x.md");
    expect(sentValues(form)).toEqual({ email: ["new@example.org"], citySlugs: ["lund", "porto-sereno"] });
  });

  it("keeps fields named as an object's own properties, as sent, without touching any object's prototype", () => {
    const form = new FormData();
    for (const name of ["toString", "__proto__", "constructor", "hasOwnProperty"]) form.append(name, `sent as ${name}`);
    const sent = sentValues(form);
    expect(Object.keys(sent)).toEqual(["toString", "__proto__", "constructor", "hasOwnProperty"]);
    expect(Object.getPrototypeOf(sent)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(sent, "__proto__")?.value).toEqual(["sent as __proto__"]);
    expect(sent.toString).toEqual(["sent as toString"]);
    expect(({} as Record<string, unknown>).toString).toBe(Object.prototype.toString);
  });
});
