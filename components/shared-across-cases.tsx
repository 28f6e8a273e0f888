import Link from "next/link";
import type { RecurringTheme, SharedOrganisation, ThemeArea } from "@/db/compare";
import { THEME_AREA_NAMES, themeWords } from "@/lib/compare/theme-texts";

/** Themes in the first table of an area; the rest are folded under it. */
const SHOWN_THEMES = 12;

function ThemeTable({ themes, caseLabel, caption }: { themes: RecurringTheme[]; caseLabel: (slug: string) => string; caption: string }) {
  return (
    <table className="theme-table text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr><th scope="col">Words (one stem)</th><th scope="col">Cases</th><th scope="col">Mentions</th></tr>
      </thead>
      <tbody>
        {themes.map((t) => (
          <tr key={t.stem}>
            <td>{themeWords(t.words)}</td>
            <td>{t.cases.map(caseLabel).join(", ")}</td>
            <td className="tabular-nums">{t.mentions}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Props = { organisations: SharedOrganisation[]; themes: RecurringTheme[]; caseLabel: (slug: string) => string };

/** What the cases have in common: the same organisations, and words (by their stems) that recur. */
export function SharedAcrossCases({ organisations, themes, caseLabel }: Props) {
  return (
    <div className="space-y-6">
      <div>
        <h3>Organisations in more than one case</h3>
        {organisations.length ? (
          <ul className="list-disc pl-5">
            {organisations.map((o) => (
              <li key={o.slug}>
                <Link href={`/actors/${o.slug}`}>{o.name}</Link>: {o.cases.map(caseLabel).join(", ")}
              </li>
            ))}
          </ul>
        ) : (
          <p>No organisation appears in more than one of these cases.</p>
        )}
      </div>
      {(Object.keys(THEME_AREA_NAMES) as ThemeArea[]).map((area) => {
        const list = themes.filter((t) => t.area === area);
        const [first, rest] = [list.slice(0, SHOWN_THEMES), list.slice(SHOWN_THEMES)];
        const label = THEME_AREA_NAMES[area].toLowerCase();
        return (
          <div key={area}>
            <h3>Recurring themes: {THEME_AREA_NAMES[area]}</h3>
            {list.length ? (
              <ThemeTable themes={first} caseLabel={caseLabel} caption={`Words that recur in the ${label} of several cases${rest.length ? `: the ${first.length} that recur most` : ""}`} />
            ) : (
              <p>No word recurs across these cases here.</p>
            )}
            {rest.length ? (
              <details className="mt-2">
                <summary>{rest.length} more {rest.length === 1 ? "theme" : "themes"}, in fewer cases or mentioned less</summary>
                <ThemeTable themes={rest} caseLabel={caseLabel} caption={`More words that recur in the ${label} of several cases`} />
              </details>
            ) : null}
          </div>
        );
      })}
      <p className="text-sm text-stone-700">
        How recurring themes are found: every heading and item of the challenges and opportunities, and every closing recommendation (those in the table above), is split into words (a hyphenated word is one: “bio-based”) and each word is
        reduced to its English stem, ignoring accents and case, a British and an American spelling counting as one word (“organisation”, “organization”), with common words such as “the” or “and” left out (the
        same rules as the search), and so are a few words every policy text uses (“new”, “use”, “improve”, “ensure”...) and, in each case's texts, the names of two words or more that it gives organisations and people (an organisation the cases share is listed above instead). A stem counts as a recurring theme when it appears in at least two of the compared
        cases; “skills” and “skilled” share the stem “skill”. Themes are listed by the number of cases, then by how often
        they are mentioned.
      </p>
    </div>
  );
}
