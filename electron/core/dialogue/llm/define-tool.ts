// A model tool is one object: its name, what it is for, its arguments as a zod
// schema and what it does (livekit agents' tool_context.ts is the model). The JSON
// schema the model sees is generated from the same zod schema, in the shape strict
// mode wants: every property required (null for "not said"), no extra properties,
// nullable types as ["string", "null"].
//
// What the model is told and what is checked differ on purpose in one place: menu ids
// and quantity ranges are told to the model (`toldModel`: enums and bounds in its
// schema, so a model that follows the schema only names things that exist), but the
// arguments are not refused for them here; the cart refuses them and says why (sold
// out, not on the menu, too many), and that reason goes back to the model.
import { z } from "zod";
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { CartError } from "../../cart/cart.ts";
import type { ToolDef } from "../../providers/chat.ts";

/** JSON-schema keywords the model is told about a value that the cart, not the parser, enforces. */
const modelHints = z.registry<Record<string, unknown>>();

/** `schema` as parsed, with `hint` (description, enum, minimum, ...) added to what the model is told. */
export function toldModel<S extends z.ZodType>(schema: S, hint: Record<string, unknown>): S {
  modelHints.add(schema, hint);
  return schema;
}

/** The strict-mode JSON schema of a zod arguments schema. */
export function strictJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { metadata: modelHints }) as JsonNode;
  delete json.$schema;
  return strictify(json);
}

type JsonNode = Record<string, unknown>;

/** Rewrites a generated schema (depth first) into the shape strict mode takes. */
function strictify(node: JsonNode): JsonNode {
  for (const [key, value] of Object.entries(node)) {
    if (key === "enum") continue;
    if (Array.isArray(value)) node[key] = value.map((v) => (isNode(v) ? strictify(v) : v));
    else if (isNode(value)) node[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isNode(v) ? strictify(v) : v])) : strictify(value);
  }
  // nullable → one schema whose type includes "null".
  const anyOf = node.anyOf as JsonNode[] | undefined;
  if (anyOf?.length === 2 && anyOf.some((s) => s.type === "null")) {
    const inner = anyOf.find((s) => s.type !== "null")!;
    delete node.anyOf;
    Object.assign(node, { ...inner, ...node, type: [inner.type, "null"].flat() });
  }
  // "null = not said" must be a value the enum allows too.
  if (Array.isArray(node.type) && node.type.includes("null") && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
  // Integers without a stated range: zod's safe-integer bounds say nothing to a model.
  if (node.minimum === Number.MIN_SAFE_INTEGER) delete node.minimum;
  if (node.maximum === Number.MAX_SAFE_INTEGER) delete node.maximum;
  if (node.type === "object") {
    node.properties ??= {};
    node.required = Object.keys(node.properties as JsonNode);
    node.additionalProperties = false;
  }
  return node;
}

const isNode = (v: unknown): v is JsonNode => typeof v === "object" && v !== null && !Array.isArray(v);

/** What a tool gets when it runs: the turn's tool runner and a way to refuse. */
export interface ToolCallContext<Run> {
  run: Run;
  /** Refuse the call: recorded as a failure (with the cart's error, when it refused) and returned to the model. */
  fail: (code: string, message: string, error?: CartError) => string;
}

export interface ToolSpec<Name extends string, S extends z.ZodType, Run> {
  name: Name;
  description: string;
  /** The arguments for a menu (menu ids go into the model's schema as enums). */
  parameters: (menu: MenuModel) => S;
  /** Offered to the model only on menus where this holds (default: always). */
  offeredOn?: (menu: MenuModel) => boolean;
  /** Carries out a call with parsed arguments; returns the tool result text for the model. */
  execute: (args: z.infer<S>, ctx: ToolCallContext<Run>) => string;
}

/** A tool bound to one menu: what the model is sent, and how a call is parsed and run. */
export interface BoundTool<Run> {
  def: ToolDef;
  call(rawArgs: unknown, ctx: ToolCallContext<Run>): string;
}

export interface ModelTool<Name extends string, Run> {
  readonly name: Name;
  offeredOn(menu: MenuModel): boolean;
  bind(menu: MenuModel): BoundTool<Run>;
}

export function defineTool<Name extends string, S extends z.ZodType, Run>(spec: ToolSpec<Name, S, Run>): ModelTool<Name, Run> {
  return {
    name: spec.name,
    offeredOn: (menu) => spec.offeredOn?.(menu) ?? true,
    bind(menu) {
      const schema = spec.parameters(menu);
      return {
        def: { name: spec.name, description: spec.description, parameters: strictJsonSchema(schema), strict: true },
        call(rawArgs, ctx) {
          const parsed = schema.safeParse(rawArgs);
          if (!parsed.success) {
            const why = parsed.error.issues.map((i) => `${i.path.join(".") || "(args)"}: ${i.message}`).join("; ");
            return ctx.fail("invalid-arguments", `bad arguments (${why}); nothing was changed`);
          }
          return spec.execute(parsed.data, ctx);
        },
      };
    },
  };
}
