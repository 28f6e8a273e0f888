import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { expect, it } from "vitest";
import { connectDatabase } from "@/db/client";
import { MIGRATIONS_FOLDER } from "@/db/migrate";
import { describeOnEachDatabase, POSTGRES_URL } from "../support/databases";

const BEFORE = "0016_catalog_description_unset";

/** The migrations up to `tag`, in a folder of their own: a database as the release before this table left it. */
function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "ekip-migrations-"));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalFile, "utf8")) as { entries: Array<{ tag: string }> };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describeOnEachDatabase("migration 0017", (kind) => {
  it.runIf(kind === "postgres")("takes each change of status in the audit log to the case whose revision had its address then, at that version", async () => {
    const name = `ekip_backfill_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const { db, close } = connectDatabase(url.toString());
    const before = migrationsUpTo(BEFORE);
    const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
    try {
      await migrate(db, { migrationsFolder: before });
      await sql`insert into cities (id, slug, name, country_code, country_name) values (1, 'lund', 'Lund', 'SE', 'Sweden')`;
      await sql`insert into policy_areas (id, slug, name) values (1, 'ai', 'AI'), (2, 'neb', 'NEB'), (3, 'gt', 'GT')`;
      // Case 1 saved twice; case 3 took the address of case 2, deleted before (its revisions with it); case 4 has no revision.
      await sql`insert into cases (id, slug, city_id, policy_area_id, status) values (1, 'lund-ai', 1, 1, 'published'), (3, 'lund-neb', 1, 3, 'draft'), (4, 'lund-x', 1, 2, 'published')`;
      const revision = (caseId: number, version: number, slug: string, at: string) => sql`insert into case_revisions (case_id, version, document, created_at) values (${caseId}, ${version}, ${sql.json({ slug })}, ${at})`;
      await revision(1, 1, "lund-ai", "2026-01-01T10:00:00Z");
      await revision(1, 2, "lund-ai", "2026-01-03T10:00:00Z");
      await revision(3, 1, "lund-neb", "2026-02-01T10:00:00Z");
      const audit = (at: string, subject: string, details: object, email = "editor@example.org") =>
        sql`insert into audit_log (at, actor_email, action, subject, details) values (${at}, ${email}, 'case.status_changed', ${subject}, ${sql.json(details as never)})`;
      await audit("2026-01-02T10:00:00Z", "lund-ai", { from: "draft", to: "in_review" });
      await audit("2026-01-04T10:00:00Z", "lund-ai", { from: "in_review", to: "published", waiver: "As delivered", waived: ["No summary"] });
      await audit("2026-01-15T10:00:00Z", "lund-neb", { from: "draft", to: "published" }, "gone@example.org");
      await audit("2026-02-02T10:00:00Z", "lund-neb", { from: "draft", to: "in_review" });
      await audit("2026-02-03T10:00:00Z", "lund-x", { from: "draft", to: "published" });
      await audit("2026-02-04T10:00:00Z", "lund-ai", { from: "draft", to: "lost" });

      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const rows = await sql`select case_id, version, from_status, to_status, note, waived, author_email from case_status_changes order by created_at`;
      expect(rows.map((r) => ({ ...r }))).toEqual([
        { case_id: 1, version: 1, from_status: "draft", to_status: "in_review", note: "", waived: [], author_email: "editor@example.org" },
        { case_id: 1, version: 2, from_status: "in_review", to_status: "published", note: "As delivered", waived: ["No summary"], author_email: "editor@example.org" },
        { case_id: 3, version: 1, from_status: "draft", to_status: "in_review", note: "", waived: [], author_email: "editor@example.org" },
      ]);
      const [index] = await sql`select count(*)::int as n from pg_indexes where indexname = 'case_revisions_slug_tmp'`;
      expect(index!.n).toBe(0);
    } finally {
      await sql.end();
      await close();
      rmSync(before, { recursive: true, force: true });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
