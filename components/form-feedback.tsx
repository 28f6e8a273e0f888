/** The message of a form as a whole, announced when it changes; with an `id`, a script may move focus to it. */
export function FormMessage({ id, message, tone = "error", live = true }: { id?: string; message?: string; tone?: "error" | "success"; live?: boolean }) {
  // `live={false}` where focus is moved to the message: a focused live region is read twice.
  return (
    <div {...(live ? { "aria-live": "polite", role: "status" } : {})}>
      {message ? (
        <p id={id} tabIndex={id ? -1 : undefined} className={`rounded border-l-4 p-3 ${tone === "error" ? "border-red-700 bg-red-50 text-red-900" : "border-teal-700 bg-teal-50 text-teal-950"}`}>{message}</p>
      ) : null}
    </div>
  );
}

/** A field's errors, linked to the field with aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {errors.join(". ")}
    </p>
  );
}
