import { z } from "zod";
import { FACETS } from "../case/schema";
import { pageFilterSchema, searchWordsParam } from "../search/filter-fields";

export const ACTORS_PATH = "/actors";
export const ACTORS_PAGE_SIZE = 100;

/**
 * What the list of actors can be narrowed to: a part of the name (accents and case aside) and an OPSI facet
 * an inventory gives the actor. Read leniently from the address: a wrong value is left out, and said.
 */
export const actorFiltersSchema = z.object({
  q: searchWordsParam.trim().optional(),
  facet: z.enum(FACETS, { error: `one of ${FACETS.join(", ")}` }).optional(),
  page: pageFilterSchema(ACTORS_PAGE_SIZE),
});

export type ActorFilters = z.infer<typeof actorFiltersSchema>;
