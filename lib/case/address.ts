import { z } from "zod";
import { slugSchema } from "./schema";

/** A case's new address, as its form sends it. */
export const addressChangeSchema = z.object({ slug: z.string().trim().pipe(slugSchema) });

/** Where an ekip editor changes a case's address. */
export const addressPath = (caseId: number) => `/edit/cases/${caseId}/address`;
