import { connection } from "next/server";
import { PolicyAreaList } from "@/components/policy-area-list";
import { listPolicyAreas } from "@/db/policy-areas";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata = pageMetadata({
  title: "Policy areas",
  description: "The policy areas ekip cities assessed for their cultural and creative industries, with the cases and recommendations of each.",
  path: "/policy-areas",
});

export default async function PolicyAreasPage() {
  await connection();
  const policyAreas = await listPolicyAreas();
  return (
    <div className="space-y-8">
      <header className="prose-text space-y-3">
        <h1>Policy areas</h1>
        <p className="text-lg text-stone-800">
          Each City Case Description takes one policy area that the <em>ekip</em> research team investigated, and asks
          what it could mean for innovation in a city’s cultural and creative industries.
        </p>
      </header>
      {policyAreas.length > 0 ? <PolicyAreaList policyAreas={policyAreas} /> : <p>There are no policy areas yet.</p>}
    </div>
  );
}
