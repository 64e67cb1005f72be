import type { FieldProblem } from "../../../../shared/menu-editor/problems.ts";
import type { PanelProps } from "../types.ts";
import type { Draft } from "./draft.ts";
import type { EditorT } from "./words.ts";

/** What each part of the editor gets: the draft, a way to change it, its problems in words. */
export interface EditorPartProps {
  draft: Draft;
  change(fn: (d: Draft) => Draft): void;
  problems: readonly FieldProblem[];
  w: EditorT;
  call: PanelProps["call"];
  /** Store language shown in lists. */
  lang: string;
}
