/** How a full-text search reads its words (PostgreSQL's websearch syntax), said under the box that takes them. */
export function SearchHint({ id }: { id: string }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      Any form of a word is found, with or without its accents. Put a phrase in quotes (&quot;public space&quot;), a minus before a
      word to leave it out (-bauhaus), or OR between two words to find either.
    </p>
  );
}
