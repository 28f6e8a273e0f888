import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { caseStatus } from "./enums";
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

/**
 * Every change of a case's status: from and to, at which version, who, when, and the note they left for the
 * case's history (the reason, when publishing despite serious problems: then `waived` lists them).
 */
export const caseStatusChanges = pgTable(
  "case_status_changes",
  {
    id: serial("id").primaryKey(),
    caseId: integer("case_id").notNull().references(() => cases.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fromStatus: caseStatus("from_status").notNull(),
    toStatus: caseStatus("to_status").notNull(),
    note: text("note").notNull().default(""),
    waived: text("waived").array().notNull().default(sql`'{}'::text[]`),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    authorEmail: text("author_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("case_status_changes_case_id_idx").on(t.caseId, t.createdAt), index("case_status_changes_author_id_idx").on(t.authorId)],
);
