import type { Database } from "./client";

/** A transaction of the app's database: what the write functions of db/ take to join one. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
