import { connection } from "next/server";
import { CaseList } from "@/components/case-list";
import { listPublishedCases } from "@/db/cases";

export default async function HomePage() {
  // Render per request: the build must never need a database.
  await connection();
  const cases = await listPublishedCases();

  return (
    <div className="space-y-12">
      <header className="prose-text space-y-4">
        <h1>ekip Knowledge Bank</h1>
        <p className="text-lg text-stone-800">
          The knowledge bank gathers the City Case Descriptions of the <em>ekip</em> partnership. In each case,
          local stakeholders in a European city take one policy area and work out what it could mean for
          innovation in their cultural and creative industries: the challenges and opportunities they see, an
          inventory of the actors and resources around them, an innovation portfolio they simulate together,
          and the conclusions and recommendations they draw from it.
        </p>
      </header>
      <section aria-labelledby="published-cases" className="space-y-4">
        <h2 id="published-cases">Published cases</h2>
        {cases.length > 0 ? (
          <CaseList cases={cases} />
        ) : (
          <p>There are no published cases yet.</p>
        )}
      </section>
    </div>
  );
}
