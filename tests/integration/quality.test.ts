import { expect, it } from "vitest";
import { listCasesToCheck } from "@/db/quality";
import { seedDatabase } from "@/db/seed";
import { ForbiddenError } from "@/lib/auth/roles";
import { checkCase } from "@/lib/quality/check-case";
import { describeOnEachDatabase } from "../support/databases";
import { person } from "../support/people";

describeOnEachDatabase("the cases to check", () => {
  it("are every case for an editor, the cases of their cities for a city editor, none for anyone else", async () => {
    await seedDatabase({ samples: true });
    const editor = await listCasesToCheck(await person("editor@example.org", "editor"));
    expect(editor.cases.map((c) => c.slug).sort()).toEqual([
      "ballyvara-artificial-intelligence", "porto-sereno-new-european-bauhaus", "saint-etienne-artificial-intelligence", "wierzbno-green-transition",
    ]);
    expect(editor.known.policyAreas).toContain("New European Bauhaus");
    const saintEtienne = editor.cases.find((c) => c.slug === "saint-etienne-artificial-intelligence")!;
    expect(checkCase(saintEtienne, editor.known).filter((p) => p.check === "other-place").map((p) => p.message)).toContain(
      "The summary section names the policy area New European Bauhaus, not this case's Artificial Intelligence",
    );
    const cityEditor = await listCasesToCheck(await person("wierzbno@example.org", "city_editor", ["wierzbno"]));
    expect(cityEditor.cases.map((c) => c.slug)).toEqual(["wierzbno-green-transition"]);
    await expect(listCasesToCheck(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
