/**
 * The template layer of the HCL native-syntax parser (hclsyntax's parser_template.go): quoted strings and heredocs
 * with `${…}` interpolations and `%{ if }`/`%{ for }` directives, `~` strip markers, escapes, and the indentation
 * `<<-` removes. Interpolations are expressions, parsed by the layer below (parser-expression.ts).
 */
import type { Expr, TemplateNode } from './ast.js';
import { ExpressionParser } from './parser-expression.js';

/** Characters that may start something other than literal text in a template. */
const PLAIN_QUOTED = /["\\$%\n]/g;
const PLAIN_HEREDOC = /[$%]/g;

export type TemplateMode = { kind: 'quoted' } | { kind: 'heredoc'; end: number } | { kind: 'raw'; end: number };

export abstract class TemplateParser extends ExpressionParser {
  /** Set by a `~}` strip marker: the next literal text loses its leading whitespace. */
  private stripNextLeading = false;

  protected parseQuotedTemplate(): Expr {
    const s = this.s;
    s.skipSpace();
    s.offset++; // opening quote
    // HCL ranges for a quoted template start inside the quotes.
    const p = this.pos();
    const { nodes } = this.parseTemplateSeq({ kind: 'quoted' }, []);
    s.offset++; // closing quote
    return { kind: 'template', parts: nodes, pos: p };
  }

  protected parseHeredoc(): Expr {
    const s = this.s;
    const p = this.pos();
    s.offset += 2;
    const indented = s.peekChar() === '-';
    if (indented) s.offset++;
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(s.src.slice(s.offset, s.offset + 200));
    if (!m) throw s.error('expected a heredoc marker identifier after "<<"');
    const marker = m[0];
    s.offset += marker.length;
    if (s.peekChar() === '\r') s.offset++;
    if (s.peekChar() !== '\n') throw s.error('expected a newline after the heredoc marker');
    s.offset++;
    const contentStart = s.offset;
    let lineStart = contentStart;
    let contentEnd = -1;
    let afterEnd = -1;
    while (lineStart <= s.src.length) {
      let nl = s.src.indexOf('\n', lineStart);
      if (nl < 0) nl = s.src.length;
      if (s.src.slice(lineStart, nl).trim() === marker) {
        contentEnd = lineStart;
        afterEnd = nl;
        break;
      }
      if (nl >= s.src.length) break;
      lineStart = nl + 1;
    }
    if (contentEnd < 0)
      throw s.error(`unterminated heredoc; expected a line containing only "${marker}"`, contentStart);
    s.pushNewlines(false);
    const { nodes } = this.parseTemplateSeq({ kind: 'heredoc', end: contentEnd }, []);
    s.popNewlines();
    s.offset = afterEnd;
    if (indented) stripHeredocIndent(nodes, s.src.slice(contentStart, contentEnd));
    return { kind: 'template', parts: nodes, pos: p };
  }

  /**
   * Parses template parts until the end of the template or one of the `terminators` directives
   * (`else`, `endif`, `endfor`), which is consumed and returned.
   */
  parseTemplateSeq(mode: TemplateMode, terminators: string[]): { nodes: TemplateNode[]; ended?: string } {
    return this.nested(() => this.parseTemplateSeqInner(mode, terminators));
  }

  private parseTemplateSeqInner(mode: TemplateMode, terminators: string[]): { nodes: TemplateNode[]; ended?: string } {
    const s = this.s;
    const nodes: TemplateNode[] = [];
    let text = '';
    const flush = () => {
      if (text === '') return;
      if (this.stripNextLeading) {
        text = text.replace(/^\s+/, '');
        this.stripNextLeading = false;
      }
      if (text !== '') nodes.push({ kind: 'text', value: text });
      text = '';
    };
    const stripPrevious = () => {
      flush();
      const last = nodes[nodes.length - 1];
      if (last && last.kind === 'text') {
        last.value = last.value.replace(/\s+$/, '');
        if (last.value === '') nodes.pop();
      }
    };
    for (;;) {
      const atEnd = mode.kind === 'quoted' ? s.eof() || s.peekChar() === '"' : s.offset >= mode.end;
      if (atEnd) {
        if (mode.kind === 'quoted' && s.eof()) throw s.error('unterminated string; expected a closing "\\""');
        if (terminators.length > 0) {
          throw s.error(`unterminated template directive; expected %{ ${terminators[terminators.length - 1]} }`);
        }
        flush();
        return { nodes };
      }
      const c = s.peekChar();
      if (s.startsWith('$${')) {
        text += '${';
        s.offset += 3;
        continue;
      }
      if (s.startsWith('%%{')) {
        text += '%{';
        s.offset += 3;
        continue;
      }
      if (s.startsWith('${')) {
        s.offset += 2;
        if (s.peekChar() === '~') {
          s.offset++;
          stripPrevious();
        } else flush();
        s.pushNewlines(false);
        const expr = this.parseExpr();
        s.skipSpace();
        if (s.peekChar() === '~') {
          s.offset++;
          this.stripNextLeading = true;
        }
        s.expect('}', 'to close the interpolation "${"');
        s.popNewlines();
        nodes.push({ kind: 'interp', expr });
        continue;
      }
      if (s.startsWith('%{')) {
        const tagOffset = s.offset;
        s.offset += 2;
        if (s.peekChar() === '~') {
          s.offset++;
          stripPrevious();
        } else flush();
        s.pushNewlines(false);
        const keyword = s.identifier();
        if (keyword !== undefined && terminators.includes(keyword)) {
          this.closeDirective(keyword);
          s.popNewlines();
          return { nodes, ended: keyword };
        }
        if (keyword === 'if') {
          const cond = this.parseExpr();
          this.closeDirective('if');
          s.popNewlines();
          const then = this.parseTemplateSeq(mode, ['else', 'endif']);
          let els: TemplateNode[] = [];
          if (then.ended === 'else') els = this.parseTemplateSeq(mode, ['endif']).nodes;
          nodes.push({ kind: 'if', cond, then: then.nodes, else: els });
          continue;
        }
        if (keyword === 'for') {
          const fp = this.pos(tagOffset);
          let keyVar: string | undefined;
          let valVar = s.identifier();
          if (valVar === undefined) throw s.error('expected an iterator variable name after "for"');
          if (s.accept(',')) {
            keyVar = valVar;
            valVar = s.identifier();
            if (valVar === undefined) throw s.error('expected a value variable name after ","');
          }
          if (s.identifier() !== 'in') throw s.error('expected "in" in template for directive');
          const coll = this.parseExpr();
          this.closeDirective('for');
          s.popNewlines();
          const body = this.parseTemplateSeq(mode, ['endfor']);
          nodes.push({ kind: 'for', keyVar, valVar, coll, body: body.nodes, pos: fp });
          continue;
        }
        throw s.error(
          keyword === undefined
            ? 'expected a template directive keyword (if, for) after "%{"'
            : `unexpected template directive "${keyword}"${terminators.length ? `; expected ${terminators.join(' or ')}` : ''}`,
          tagOffset,
        );
      }
      if (mode.kind === 'quoted') {
        if (c === '\n') throw s.error('unterminated string; a quoted string cannot contain a newline (use a heredoc)');
        if (c === '\\') {
          text += this.readEscape();
          continue;
        }
      }
      // Copy the run of ordinary characters in one go.
      const special = mode.kind === 'quoted' ? PLAIN_QUOTED : PLAIN_HEREDOC;
      special.lastIndex = s.offset + 1;
      const run = special.exec(s.src);
      let end = run ? run.index : s.src.length;
      if (mode.kind !== 'quoted') end = Math.min(end, mode.end);
      text += s.src.slice(s.offset, end);
      s.offset = end;
    }
  }

  private closeDirective(keyword: string): void {
    const s = this.s;
    s.skipSpace();
    if (s.peekChar() === '~') {
      s.offset++;
      this.stripNextLeading = true;
    }
    s.expect('}', `to close the %{ ${keyword} } directive`);
  }

  private readEscape(): string {
    const s = this.s;
    const start = s.offset;
    s.offset++;
    const e = s.peekChar();
    s.offset++;
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const len = e === 'u' ? 4 : 8;
        const hex = s.src.slice(s.offset, s.offset + len);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== len)
          throw s.error(`invalid \\${e} escape; expected ${len} hex digits`, start);
        s.offset += len;
        const cp = parseInt(hex, 16);
        // hclsyntax refuses what UTF-8 cannot encode (utf8.RuneLen -1): beyond U+10FFFF and the surrogates
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
          throw s.error(
            `invalid escape sequence: cannot encode character U+${cp.toString(16).padStart(4, '0')} in UTF-8`,
            start,
          );
        return String.fromCodePoint(cp);
      }
      default:
        throw s.error(`invalid escape sequence "\\${e}"; expected one of \\n \\r \\t \\" \\\\ \\u \\U`, start);
    }
  }
}

/** `<<-` heredocs drop the common leading whitespace of their lines. */
function stripHeredocIndent(nodes: TemplateNode[], raw: string): void {
  let min = Infinity;
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const ws = /^[ \t]*/.exec(line)![0].length;
    min = Math.min(min, ws);
  }
  if (!isFinite(min) || min === 0) return;
  let atLineStart = true;
  const visit = (list: TemplateNode[]) => {
    for (const n of list) {
      if (n.kind === 'text') {
        let out = '';
        let i = 0;
        const v = n.value;
        while (i < v.length) {
          if (atLineStart) {
            let k = 0;
            while (k < min && (v[i] === ' ' || v[i] === '\t')) {
              i++;
              k++;
            }
            atLineStart = false;
            if (i >= v.length) break;
          }
          const ch = v[i];
          out += ch;
          if (ch === '\n') atLineStart = true;
          i++;
        }
        n.value = out;
      } else if (n.kind === 'interp') {
        atLineStart = false;
      } else if (n.kind === 'if') {
        visit(n.then);
        visit(n.else);
      } else {
        visit(n.body);
      }
    }
  };
  visit(nodes);
}
