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
});
