import { z } from "zod";
import { FACETS } from "../case/schema";
import { pageFilterSchema, searchWordsParam, slugFilterSchema } from "../search/filter-fields";

export const ACTORS_PATH = "/actors";
export const ACTORS_PAGE_SIZE = 100;

/**
 * What the list of actors can be narrowed to: parts of the name (accents and case aside; lib/search/name-search.ts),
 * an OPSI facet an inventory gives the actor and a city whose inventories name it. Read leniently from the address:
 * a wrong value is left out, and said.
 */
export const actorFiltersSchema = z.object({
  q: searchWordsParam.trim().optional().describe("Parts of the organisation's name, or of a name a published case gives it (accents, case and punctuation aside): each word or phrase in quotes must be one, a word with a minus before it must not, OR between two finds either"),
  facet: z.enum(FACETS, { error: `one of ${FACETS.join(", ")}` }).optional().describe("An OPSI facet an inventory of a published case gives the organisation"),
  city: slugFilterSchema("City slug, e.g. saint-etienne: an actor an inventory of a published case of that city names"),
  page: pageFilterSchema(ACTORS_PAGE_SIZE),
});

/** The same filters for /api/v1/actors, which refuses a parameter it does not take instead of passing over it. */
export const actorApiFiltersSchema = z.strictObject(actorFiltersSchema.shape);

export type ActorFilters = z.infer<typeof actorFiltersSchema>;
