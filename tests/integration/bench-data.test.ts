import { execFile } from "node:child_process";
import { promisify } from "node:util";
import postgres from "postgres";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { importCases, getCaseDocument } from "@/db/cases";
import { getDb } from "@/db/client";
import { generateCases, SYNTHETIC_PREFIX } from "@/bench/synthetic/cases";
import { writeNewCases } from "@/bench/synthetic/bulk-write";
import { describeOnEachDatabase, POSTGRES_URL } from "../support/databases";

const run = promisify(execFile);
const TSX = ["node_modules/.bin/tsx", "--conditions=react-server"];

/** Everything a write leaves in the database, without ids and times. */
async function snapshot(slugs: string[]) {
  const db = getDb();
  const rows = (query: ReturnType<typeof sql>) => db.execute(query).then((r) => [...r]);
  return {
    documents: await Promise.all(slugs.map(async (slug) => {
      const { updatedAt: _u, publishedAt: _p, ...document } = (await getCaseDocument(slug))!;
      return document;
    })),
    cases: await rows(sql`select slug, status, version, focus, search_title, search_body, search_vector::text, published_at is not null as published from cases order by slug`),
    organisations: await rows(sql`select slug, name, match_key, aliases, merged_slugs, is_sample from organisations order by slug`),
    cities: await rows(sql`select slug, name, country_code, country_name, population, website, description, is_sample from cities order by slug`),
    policyAreas: await rows(sql`select slug, name, description, is_sample from policy_areas order by slug`),
    methods: await rows(sql`select slug, name, description from methods order by slug`),
    revisions: await rows(sql`select c.slug, r.version, r.document, r.message, r.author_id, r.author_email from case_revisions r join cases c on c.id = r.case_id order by c.slug`),
    statusChanges: await rows(sql`select c.slug, s.version, s.from_status, s.to_status, s.note, s.waived, s.author_id, s.author_email from case_status_changes s join cases c on c.id = s.case_id order by c.slug`),
    audit: await rows(sql`select actor_id, actor_email, action, subject, details, ip from audit_log order by subject, action`),
    revisionBumped: (await rows(sql`select revision > 0 as bumped from content_revision`))[0],
  };
}

describeOnEachDatabase("synthetic benchmark cases", () => {
  it("stores through the bulk path exactly what the product's writeCase stores", async () => {
    const documents = [...generateCases(6, 3)];
    const slugs = documents.map((d) => d.slug).sort();
    expect(slugs.every((s) => s.startsWith(SYNTHETIC_PREFIX))).toBe(true);
    await importCases(documents, { publish: true, message: "synthetic benchmark data" });
    const written = await snapshot(slugs);
    await getDb().execute(sql`delete from cases; delete from organisations; delete from cities; delete from policy_areas; delete from methods; delete from audit_log; delete from content_revision`);
    await writeNewCases(documents);
    expect(await snapshot(slugs)).toEqual(written);
  });
});

it.skipIf(!(await postgres(POSTGRES_URL, { max: 1, connect_timeout: 3 })`select 1`.then(() => true, () => false)))(
  "npm run bench:data, bench:growth and bench:growth-ab work end to end on PostgreSQL",
  async () => {
    const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
    const name = `ekip_bench_smoke_${process.pid}`;
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    await admin.unsafe(`create database ${name}`);
    try {
      await run(TSX[0]!, [...TSX.slice(1), "scripts/bench-data.ts", "--cases", "5", "--database-url", url.toString()]);
      const db = postgres(url.toString(), { max: 1 });
      const [counts] = await db`select count(*)::int as n, count(*) filter (where status = 'published' and slug like 'bench-%')::int as bench from cases`;
      await db.end();
      expect(counts).toEqual({ n: 5, bench: 5 });

      const { stdout } = await run(TSX[0]!, [...TSX.slice(1), "bench/growth.ts", "--sizes", "6,7", "--runs", "4", "--rounds", "2", "--max-wait", "0", "--admin-url", POSTGRES_URL]);
      expect(stdout).toContain("4 runs of each read at each size, in 2 rounds");
      expect(stdout.match(/^round \d of 2 done/gm)).toHaveLength(2);
      for (const read of ["searchCases: common words", "facet counts", "getComparison: 4 cases", "getCity", "listRecommendations"]) {
        expect(stdout).toMatch(new RegExp(`^\\| ${read}[^|]*(\\| [\\d.]+ ){4}\\| [\\d.]+`, "m"));
      }
      expect(stdout).toMatch(/Execution|\| 1 \|/);

      const growthUrl = new URL(POSTGRES_URL);
      growthUrl.pathname = "/ekip_growth_6";
      const ab = await run(TSX[0]!, [...TSX.slice(1), "bench/growth-ab.ts", "--before", url.toString(), "--after", growthUrl.toString(), "--rounds", "1", "--runs", "2"]);
      expect(ab.stdout).toMatch(/\| searchCases: common words \| [\d.]+ \| [\d.]+ \| [\d.]+ \| [\d.]+ \|/);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.unsafe(`drop database if exists ekip_growth_6 with (force)`);
      await admin.unsafe(`drop database if exists ekip_growth_7 with (force)`);
      await admin.end();
    }
  },
  60_000,
);
