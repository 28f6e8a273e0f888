/** How a full-text search reads its words (PostgreSQL's websearch syntax), said under the box that takes them. */
export function SearchHint({ id }: { id: string }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      Words are found with or without their accents and capitals, and an English word in any of its forms (“skills”
      finds “skilled”; words of other languages as written). <SearchSyntax phrase="public space" leftOut="bauhaus" />
    </p>
  );
}

/** How a search by name reads its words (lib/search/name-search.ts): as parts of a name, with the same syntax. */
export function NameSearchHint({ id }: { id: string }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      Each word is found as a part of a name, with or without its accents, capitals, spaces and punctuation (“saint
      etienne” finds “Saint-Etienne”). <SearchSyntax phrase="des mines" leftOut="museum" />
    </p>
  );
}

/** The syntax every search box of the site reads, said with examples that suit its box. */
function SearchSyntax({ phrase, leftOut }: { phrase: string; leftOut: string }) {
  return (
    <>
      Put a phrase in quotes (&quot;{phrase}&quot;), a minus before a word to leave it out (-{leftOut}), or OR between two
      words to find either.
    </>
  );
}
