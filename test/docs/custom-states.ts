/**
 * The custom states the elements' code uses, found in their sources: `:state(x)` in any string or
 * template (CSS, selectors), `setStates(internals, { x: … })` and `….states.add('x')`. Comments do
 * not count.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface StateUse {
  state: string;
  /** `file:line`, relative to the directory searched. */
  where: string;
}

const STATE_SELECTOR = /:state\(\s*([\w-]+)\s*\)/g;

export function statesUsedIn(dir: string): StateUse[] {
  const uses: StateUse[] = [];
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const path = join(dir, file);
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const use = (state: string, node: ts.Node) => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      uses.push({ state, where: `${relative(dir, path)}:${line}` });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
        for (const [, state] of node.text.matchAll(STATE_SELECTOR)) use(state!, node);
      } else if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        if (name === 'setStates') {
          for (const arg of node.arguments.filter(ts.isObjectLiteralExpression)) {
            for (const property of arg.properties) {
              if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
                use(property.name.text, property);
              }
            }
          }
        } else if (
          name === 'add' &&
          ts.isPropertyAccessExpression(callee) &&
          /\bstates$/.test(callee.expression.getText(source)) &&
          node.arguments[0] &&
          ts.isStringLiteralLike(node.arguments[0])
        ) {
          use(node.arguments[0].text, node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
