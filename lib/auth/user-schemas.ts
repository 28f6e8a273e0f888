import { z } from "zod";
import { slugSchema, cleanText } from "../case/schema";
import { MAX_PASSWORD, passwordSchema } from "./password";
import { roleSchema } from "./roles";

export const emailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@example.org" }).max(254, "Use at most 254 characters"));

/** What a person is called, shown beside their email address on the people page; may be left empty. */
export const personNameSchema = z.string({ error: "Enter a name, or leave it empty" }).overwrite(cleanText).max(200, "Use at most 200 characters");

/** A person changing the name they are shown by. */
export const nameChangeSchema = z.object({ name: personNameSchema });

/** A city editor edits the cases of one or more cities; the other roles have none. */
const hasCitiesIfCityEditor = (u: { role: string; citySlugs: string[] }) => u.role !== "city_editor" || u.citySlugs.length > 0;
const citiesMessage = { path: ["citySlugs"], message: "Choose at least one city for a city editor" };

export const newUserSchema = z
  .object({
    email: emailSchema,
    name: personNameSchema.default(""),
    role: roleSchema,
    citySlugs: z.array(slugSchema).default([]),
    password: passwordSchema,
  })
  .refine(hasCitiesIfCityEditor, citiesMessage);
export type NewUser = z.infer<typeof newUserSchema>;

export const userRoleSchema = z.object({ role: roleSchema, citySlugs: z.array(slugSchema).default([]) }).refine(hasCitiesIfCityEditor, citiesMessage);
export type UserRoleChange = z.infer<typeof userRoleSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(MAX_PASSWORD, `A password has at most ${MAX_PASSWORD} characters`),
});

/** A person changing their own password: the current one (to show it is them), the new one twice. */
export const passwordChangeSchema = z
  .object({
    current: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(MAX_PASSWORD, `A password has at most ${MAX_PASSWORD} characters`),
    password: passwordSchema,
    confirm: z.string({ error: "Enter the new password again" }),
  })
  .refine((p) => p.password === p.confirm, { path: ["confirm"], message: "The new password and its repetition differ" })
  .refine((p) => !p.current || p.password !== p.current, { path: ["password"], message: "Choose a new password other than the current one" });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;
