"use client";

import { useContext } from "react";
import { SentValues } from "./action-form";
import { useFieldErrors } from "./user-fields";

/** Going ahead despite serious problems is a choice made on purpose (the `waive` box), the note giving the reason. */
export function WaiveField({ id, label, hint }: { id: string; label: string; hint: string }) {
  const error = useFieldErrors(id, "waive");
  const sent = useContext(SentValues)?.waive?.[0];
  return (
    <div className="flex flex-col gap-1">
      {error.message}
      <div className="flex items-start gap-2">
        <input id={id} name="waive" type="checkbox" value="yes" defaultChecked={sent === "yes"} aria-invalid={error.invalid}
          aria-describedby={[`${id}-hint`, error.describedBy].filter(Boolean).join(" ")} className="mt-1 h-5 w-5" />
        <label htmlFor={id} className="font-medium">{label}</label>
      </div>
      <p id={`${id}-hint`} className="text-sm text-stone-700">{hint}</p>
    </div>
  );
}
