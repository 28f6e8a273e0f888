import { ActionForm, type ActionState } from "./action-form";
import { TextField } from "./user-fields";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/** The form that gives a case a new address: what its city, policy area and focus suggest is offered first. */
export function CaseAddressForm({ action, suggested }: { action: Action; suggested?: string }) {
  return (
    <ActionForm action={action} idPrefix="address" className="max-w-xl space-y-4">
      <TextField id="address-slug" name="slug" label="New address: /cases/" defaultValue={suggested ?? ""} />
      <p className="text-sm text-stone-700">Lower-case letters, digits and single hyphens, such as lund-artificial-intelligence.</p>
      <button type="submit" className="rounded bg-teal-800 px-4 py-2 font-semibold text-white">Change the address</button>
    </ActionForm>
  );
}
