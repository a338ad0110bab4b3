import type { SourcePos } from '../errors.js';
import type { Value } from './value.js';

export type Expr =
  | { kind: 'literal'; value: Value; pos: SourcePos }
  | { kind: 'template'; parts: TemplateNode[]; pos: SourcePos }
  | { kind: 'var'; name: string; pos: SourcePos }
  | { kind: 'getattr'; obj: Expr; name: string; pos: SourcePos }
  | { kind: 'index'; obj: Expr; key: Expr; pos: SourcePos }
  /** `obj[*].rest` / `obj.*.rest`: `each` is evaluated with the splat anchor bound to every element. */
  | { kind: 'splat'; obj: Expr; each: Expr; pos: SourcePos }
  | { kind: 'anchor'; pos: SourcePos }
  | { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean; pos: SourcePos }
  | { kind: 'tuple'; items: Expr[]; pos: SourcePos }
  | { kind: 'object'; items: ObjectItem[]; pos: SourcePos }
  | {
      kind: 'for';
      keyVar?: string;
      valVar: string;
      coll: Expr;
      keyExpr?: Expr;
      valExpr: Expr;
      cond?: Expr;
      group: boolean;
      pos: SourcePos;
    }
  | { kind: 'cond'; cond: Expr; then: Expr; else: Expr; pos: SourcePos }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: SourcePos }
  | { kind: 'unary'; op: '!' | '-'; operand: Expr; pos: SourcePos }
  | { kind: 'paren'; expr: Expr; pos: SourcePos };

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

/** An object constructor item. A bare identifier key is a literal string, as in HCL. */
export interface ObjectItem {
  key: Expr;
  value: Expr;
}

export type TemplateNode =
  | { kind: 'text'; value: string }
  | { kind: 'interp'; expr: Expr }
  | { kind: 'if'; cond: Expr; then: TemplateNode[]; else: TemplateNode[] }
  | { kind: 'for'; keyVar?: string; valVar: string; coll: Expr; body: TemplateNode[]; pos: SourcePos };

export interface Attribute {
  kind: 'attribute';
  name: string;
  expr: Expr;
  pos: SourcePos;
}

export interface Block {
  kind: 'block';
  type: string;
  labels: string[];
  labelPos: SourcePos[];
  body: Body;
  pos: SourcePos;
}

export interface Body {
  items: (Attribute | Block)[];
}
