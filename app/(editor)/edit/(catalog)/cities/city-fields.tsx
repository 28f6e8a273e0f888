import { TextField } from "@/components/user-fields";
import { DescriptionField } from "../description-field";

type City = { name: string; countryCode: string; countryName: string; population: number | null; website: string | null; description: string | null };

/** The fields of a city a person may change (its slug is set once, when it is added). */
export function CityFields({ idPrefix, city }: { idPrefix: string; city?: City }) {
  return (
    <>
      <TextField id={`${idPrefix}-name`} name="name" label="Name" defaultValue={city?.name} />
      <div className="flex flex-wrap gap-4">
        <TextField id={`${idPrefix}-countryCode`} name="countryCode" label="Country code (two letters, such as FR)" defaultValue={city?.countryCode} />
        <TextField id={`${idPrefix}-countryName`} name="countryName" label="Country" defaultValue={city?.countryName} />
      </div>
      <TextField id={`${idPrefix}-population`} name="population" label="Population (optional)" defaultValue={city?.population?.toString()} />
      <TextField id={`${idPrefix}-website`} name="website" label="Website (optional)" type="url" defaultValue={city?.website ?? undefined} />
      <DescriptionField id={`${idPrefix}-description`} description={city?.description} shownOn="the city's public page, in Markdown" about="the city" />
    </>
  );
}
