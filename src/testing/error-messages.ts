/**
 * Every business-rule message the services can throw, read from the source (for the test that holds each to an
 * English version, src/core/errors-en.test.ts). The TypeScript parser walks src/**.ts (not tests) and takes the
 * message argument of `new AppError(code, message)`, of `notFound(what, …)` / `forbidden(message)`, and of any
 * local helper that passes one of its parameters on as the message (`const fail = (m: string) => new AppError(…, m)`).
 * A message is returned as samples: its literal text with every `${…}` replaced by `7` (or, when the part is itself
 * literal — a string, a conditional or a `||`/`??` of strings — by each of its texts).
 * Messages that are not literal at all (a variable passed on from elsewhere) are returned as `dynamic`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundMessage {
  file: string;
  line: number;
  samples: string[];
  /** Source text of a message that is not literal. */
  dynamic?: string;
}

const MAX_SAMPLES = 16;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.includes(`${join('src', 'testing')}`)) out.push(path);
  }
  return out;
}

/** The texts an expression may have, or null when it is not literal. `part` marks a piece inside a template. */
let HOLE = '7';
/** notFound and the helpers that hand their argument to it: the message is "<what> tidak ditemukan". */
const SUFFIXED = new Set<string>(['notFound']);

function texts(node: ts.Expression, part: boolean): string[] | null {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return texts(node.expression, part);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) {
    let out = [node.head.text];
    for (const span of node.templateSpans) {
      const inner = texts(span.expression, true) ?? [HOLE];
      const next: string[] = [];
      for (const a of out) for (const b of inner) next.push(a + b + span.literal.text);
      out = next.slice(0, MAX_SAMPLES);
    }
    return out;
  }
  if (ts.isConditionalExpression(node)) {
    const a = texts(node.whenTrue, part);
    const b = texts(node.whenFalse, part);
    if (a && b) return [...a, ...b].slice(0, MAX_SAMPLES);
    if (part) return [...(a ?? [HOLE]), ...(b ?? [HOLE])].slice(0, MAX_SAMPLES);
    return null;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = texts(node.left, part) ?? (part ? [HOLE] : null);
    const b = texts(node.right, part) ?? (part ? [HOLE] : null);
    if (!a || !b) return null;
    return a.flatMap((x) => b.map((y) => x + y)).slice(0, MAX_SAMPLES);
  }
  if (
    ts.isBinaryExpression(node) &&
    (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
  ) {
    const b = texts(node.right, part);
    return b ? [HOLE, ...b] : part ? [HOLE] : null;
  }
  if (ts.isIdentifier(node)) {
    const init = constInitializer(node);
    if (init) return texts(init, part);
  }
  return part ? [HOLE] : null;
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string | null {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return null;
}

/** Helpers that hand one of their parameters to an error constructor as its message: name → parameter index. */
function wrappers(source: ts.SourceFile, known: Map<string, number>): Map<string, number> {
  const found = new Map<string, number>();
  const visit = (node: ts.Node) => {
    let name: string | null = null;
    let fn: ts.SignatureDeclaration | null = null;
    if (ts.isFunctionDeclaration(node) && node.name) {
      name = node.name.text;
      fn = node;
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      name = node.name.text;
      fn = node.initializer;
    }
    if (name && fn && !known.has(name)) {
      const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
      const body = (fn as ts.ArrowFunction).body ?? (fn as ts.FunctionDeclaration).body;
      const look = (n: ts.Node) => {
        if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && n.arguments) {
          const index = known.get(calleeName(n) ?? '');
          const arg = index === undefined ? undefined : n.arguments[index];
          if (arg && ts.isIdentifier(arg) && params.includes(arg.text)) {
            found.set(name!, params.indexOf(arg.text));
            if (calleeName(n) === 'notFound' || SUFFIXED.has(calleeName(n) ?? '')) SUFFIXED.add(name!);
          }
        }
        ts.forEachChild(n, look);
      };
      if (body) look(body);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function thrownMessages(root = 'src', hole = '7'): FoundMessage[] {
  HOLE = hole;
  const out: FoundMessage[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    if (!/AppError|notFound\(|forbidden\(/.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    // The constructors: AppError's message is its second argument; notFound's "what" and forbidden's message the first.
    const known = new Map<string, number>([
      ['AppError', 1],
      ['notFound', 0],
      ['forbidden', 0],
    ]);
    for (let round = 0; round < 3; round++) for (const [k, v] of wrappers(source, known)) known.set(k, v);
    const visit = (node: ts.Node) => {
      if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.arguments) {
        const name = calleeName(node);
        const index = name === null ? undefined : known.get(name);
        const arg = index === undefined ? undefined : node.arguments[index];
        const isWrapperParam = arg && ts.isIdentifier(arg) && isParameterOfEnclosing(arg);
        const bilingual = arg && ts.isCallExpression(arg) && calleeName(arg) === 'tr';
        if (arg && !isWrapperParam && !bilingual && !(name === 'AppError' && !ts.isNewExpression(node))) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const where = relative('.', file);
          let samples = texts(arg, false);
          if (samples && SUFFIXED.has(name!)) samples = samples.map((s) => `${s} tidak ditemukan`);
          out.push(samples ? { file: where, line, samples } : { file: where, line, samples: [], dynamic: arg.getText(source) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The initializer of the `const` this identifier names, when it is declared in the same file (a message built first, thrown after). */
function constInitializer(id: ts.Identifier): ts.Expression | null {
  let scope: ts.Node | undefined = id.parent;
  while (scope) {
    let found: ts.Expression | null = null;
    const look = (n: ts.Node) => {
      if (found) return;
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === id.text &&
        n.initializer &&
        n.pos < id.pos &&
        n.parent.flags & ts.NodeFlags.Const
      )
        found = n.initializer;
      else if (!ts.isFunctionLike(n) || n === scope) ts.forEachChild(n, look);
    };
    ts.forEachChild(scope, look);
    if (found) return found;
    if (ts.isSourceFile(scope)) return null;
    scope = scope.parent;
  }
  return null;
}

/** True when the identifier is a parameter of the function it is used in (a wrapper passing its message on). */
function isParameterOfEnclosing(id: ts.Identifier): boolean {
  let n: ts.Node | undefined = id.parent;
  while (n && !ts.isFunctionLike(n)) n = n.parent;
  return Boolean(n && (n as ts.SignatureDeclaration).parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === id.text));
}

/**
 * The messages a producer function writes (a function that returns the refusal, or fills `{ message }` objects, for
 * another to throw): the texts of its `return` expressions and of its `message:` properties. Texts written with
 * `tr(bahasa, english)` are bilingual already and not returned.
 */
export function producerMessages(file: string, fnName: string, hole = '7'): string[] {
  HOLE = hole;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  let found = false;
  const collect = (n: ts.Node) => {
    if (ts.isReturnStatement(n) && n.expression) out.push(...(literalOnly(n.expression) ?? []));
    if (ts.isArrowFunction(n) && !ts.isBlock(n.body)) out.push(...(literalOnly(n.body) ?? []));
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'message') out.push(...(literalOnly(n.initializer) ?? []));
    ts.forEachChild(n, collect);
  };
  const visit = (n: ts.Node) => {
    const name =
      (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
        ? n.name.text
        : null;
    if (name === fnName) {
      found = true;
      collect(n);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  if (!found) throw new Error(`${file}: no function ${fnName}`);
  return [...new Set(out)];
}

/** Texts of an expression that is a message (not a `tr(…)` call, not an object or null). */
function literalOnly(node: ts.Expression): string[] | null {
  if (ts.isCallExpression(node) && calleeName(node) === 'tr') return null;
  return texts(node, false)?.filter((t) => /[a-z]{3}/i.test(t)) ?? null;
}
