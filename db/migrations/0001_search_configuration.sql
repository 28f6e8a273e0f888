-- Accent- and case-insensitive English full-text search: "ecole superieure" finds "École supérieure".
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION ekip (COPY = english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION ekip ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
