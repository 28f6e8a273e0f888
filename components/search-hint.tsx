/** How a full-text search reads its words (PostgreSQL's websearch syntax), said under the box that takes them. */
export function SearchHint({ id }: { id: string }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      Words are found with or without their accents and capitals, and an English word in any of its forms (“skills”
      finds “skilled”; words of other languages as written). Put a phrase in quotes (&quot;public space&quot;), a minus before a
      word to leave it out (-bauhaus), or OR between two words to find either.
    </p>
  );
}
