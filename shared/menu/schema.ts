// The menu file's structure (docs/menu-format.md, version 1) as zod schemas.
// Structural rules live here; rules that relate one part of the file to another
// (unique ids, references, languages, defaults) live in validate.ts.
import { z } from "zod";

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

export const idSchema = z.string().regex(ID_PATTERN, "must match ^[a-z0-9][a-z0-9_-]*$");
export const priceSchema = z.number().int("must be an integer").min(0, "must not be negative");
/** Per-language text: `{ "ko": "...", "en": "..." }`. */
export const textSchema = z
  .record(z.string(), z.string().min(1, "must not be empty"))
  .refine((t) => Object.keys(t).length > 0, "needs at least one language");
export const aliasesSchema = z.record(z.string(), z.array(z.string().min(1, "must not be empty")));

export const choiceSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: aliasesSchema.optional(),
  price: z.number().int("must be an integer").optional(),
});

export const groupSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  aliases: aliasesSchema.optional(),
  select: z.enum(["one", "many", "count"]),
  default: z.union([idSchema, z.number().int()]).optional(),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
  unitPrice: z.number().int("must be an integer").optional(),
  choices: z.array(choiceSchema).optional(),
});

export const optionValueSchema = z.union([idSchema, z.number().int(), z.array(idSchema)]);

export const itemGroupRefSchema = z.union([
  idSchema,
  z.strictObject({
    group: idSchema,
    choices: z.array(idSchema).min(1).optional(),
    default: z.union([idSchema, z.number().int()]).optional(),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  }),
]);

export const itemAliasSchema = z.union([
  z.string().min(1, "must not be empty"),
  z.strictObject({ text: z.string().min(1), options: z.record(z.string(), optionValueSchema) }),
]);

export const itemSchema = z.strictObject({
  id: idSchema,
  category: idSchema,
  name: textSchema,
  aliases: z.record(z.string(), z.array(itemAliasSchema)).optional(),
  description: textSchema.optional(),
  price: priceSchema,
  optionGroups: z.array(itemGroupRefSchema).optional(),
  image: z.string().optional(),
  soldOut: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});

export const categorySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  image: z.string().optional(),
});

export const menuSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  store: z.strictObject({
    id: idSchema,
    name: textSchema,
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code like KRW"),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, "must be a two-letter language code"))
      .min(1, "needs at least one language"),
  }),
  orderOptions: z.array(groupSchema).optional(),
  optionGroups: z.array(groupSchema),
  categories: z.array(categorySchema),
  items: z.array(itemSchema).min(1, "needs at least one item"),
});

export type Text = z.infer<typeof textSchema>;
export type Aliases = z.infer<typeof aliasesSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type OptionGroup = z.infer<typeof groupSchema>;
export type ItemGroupRef = z.infer<typeof itemGroupRefSchema>;
export type ItemAlias = z.infer<typeof itemAliasSchema>;
export type MenuItem = z.infer<typeof itemSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Menu = z.infer<typeof menuSchema>;
/** A chosen option: a choice id ("one"), a count ("count") or choice ids ("many"). */
export type OptionValue = z.infer<typeof optionValueSchema>;
