import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { users } from "./people";

/** Every save of a case: the whole structured case as it was, who saved it, when, and why. */
export const caseRevisions = pgTable(
  "case_revisions",
  {
    id: serial("id").primaryKey(),
    caseId: integer("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    document: jsonb("document").notNull(),
    message: text("message").notNull().default(""),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorEmail: text("author_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("case_revisions_case_version_key").on(t.caseId, t.version), index("case_revisions_author_id_idx").on(t.authorId)],
);
