import { TextAreaField } from "@/components/user-fields";

/**
 * A city's or policy area's description, in Markdown, with what the form showed beside it: a description left as
 * it was is not written, so one never set (null) stays unset, to be taken from the first published case.
 */
export function DescriptionField({ id, description, shownOn, about }: { id: string; description: string | null | undefined; shownOn: string; about: string }) {
  return (
    <>
      <input type="hidden" name="descriptionShown" value={description ?? ""} />
      <TextAreaField id={id} name="description" label="Description (optional)" defaultValue={description ?? ""}
        hint={description == null
          ? `Shown on ${shownOn}. Not set yet: it will be taken from the first published case that says something about ${about}, unless you write one.`
          : `Shown on ${shownOn}. Emptied, it stays empty.`} />
    </>
  );
}
