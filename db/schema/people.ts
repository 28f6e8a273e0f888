import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { cities } from "./catalog";
import { timestamps } from "./columns";
import { role } from "./enums";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  /** Stored lower-case: one account per address, however it is typed. */
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  passwordHash: text("password_hash").notNull(),
  role: role("role").notNull(),
  isActive: boolean("is_active").notNull().default(true),
  /** Raised by "sign out everywhere", a password reset or a role change: older sessions stop working. */
  sessionVersion: integer("session_version").notNull().default(1),
  /** When the person last marked the dashboard's changes as seen: "what changed since I last looked". */
  changesSeenAt: timestamp("changes_seen_at", { withTimezone: true }),
  ...timestamps,
});

export const userCities = pgTable(
  "user_cities",
  {
    userId: integer("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    cityId: integer("city_id").notNull().references(() => cities.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("user_cities_key").on(t.userId, t.cityId), index("user_cities_city_id_idx").on(t.cityId)],
);

/**
 * Sessions signed out, by the id their token carries: a copy of the cookie (a request still in flight when
 * the person signed out, or a stolen one) is refused until the token would have expired anyway.
 */
export const endedSessions = pgTable("ended_sessions", {
  sessionId: uuid("session_id").primaryKey(),
  endedAt: timestamp("ended_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Failed sign-ins per account and per address, shared by every app instance. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  firstFailureAt: timestamp("first_failure_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Who, as they were known then (kept when the account is gone). */
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    subject: text("subject").notNull().default(""),
    details: jsonb("details").notNull().default(sql`'{}'::jsonb`),
    ip: text("ip"),
  },
  // The log is read newest first, whole or narrowed by subject, action or who (db/audit.ts).
  (t) => [
    index("audit_log_at_idx").on(t.at), index("audit_log_actor_id_idx").on(t.actorId),
    index("audit_log_subject_at_idx").on(t.subject, t.at), index("audit_log_action_at_idx").on(t.action.op("text_pattern_ops"), t.at),
    index("audit_log_actor_email_at_idx").on(sql`lower(${t.actorEmail})`, t.at),
  ],
);
