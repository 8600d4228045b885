// Minifies the static text of lit's css`` and html`` templates at build time, so the elements ship
// without the source's indentation. Expressions (`${…}`) are copied untouched; other template
// literals are left as they are. Used by the library build (vite) and the size bench (esbuild).

/**
 * Collapses CSS: no comments, single spaces, none around braces, semicolons, commas, `>` and `/`,
 * none after colons (a space *before* one, as in `a :hover`, is kept), none around a `*` that
 * multiplies (followed by a number, `(`, `var(` or `calc(`; `a *` is a selector), no leading zero
 * before a decimal point, no last semicolon in a block. Quoted strings are kept as they are.
 */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>/])\s*/g, '$1')
            .replace(/\s*\*\s*(?=\d|\.\d|\(|var\(|calc\()/g, '*')
            .replace(/:\s+/g, ':')
            .replace(/([\s:(,])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .replace(/;}/g, '}');
}

/** Collapses HTML white space to single spaces (a space between inline elements still renders). */
function minifyHtml(text) {
  return text.replace(/\s+/g, ' ');
}

/**
 * Reads the template literal whose body starts at `start` (just after the backtick) and returns
 * [its rewritten body including the closing backtick, the index after it].
 */
function readTemplate(code, start, minify) {
  let out = '';
  let text = '';
  let i = start;
  const flush = () => {
    out += minify ? minify(text) : text;
    text = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out + '`', i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [expr, next] = readExpression(code, i + 2);
      out += '${' + expr;
      i = next;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/**
 * Copies code from `start` — to the end (top level) or to the brace that closes an expression —
 * skipping strings and comments, and rewriting the templates it meets: tagged css``/html``/svg``
 * ones minified, others kept as they are (with their expressions scanned the same way).
 * Regular-expression literals are not recognised; element sources keep quotes and backticks out of them.
 */
function readCode(code, start, inExpression) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '"' || c === "'") {
      const end = skipString(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? code.length : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const stop = code.indexOf('*/', i + 2) + 2;
      out += code.slice(i, stop);
      i = stop;
    } else if (c === '`') {
      const tag = /\b(css|html|svg)\s*$/.exec(out)?.[1];
      const [body, after] = readTemplate(code, i + 1, tag ? (tag === 'css' ? minifyCss : minifyHtml) : null);
      out += '`' + body;
      i = after;
    } else if (inExpression && c === '{') {
      depth++;
      out += c;
      i++;
    } else if (inExpression && c === '}') {
      if (depth === 0) return [out + '}', i + 1];
      depth--;
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  if (inExpression) throw new Error('unterminated template expression');
  return [out, i];
}

const readExpression = (code, start) => readCode(code, start, true);

function skipString(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The source with every css``/html``/svg`` template's static text minified. */
export function minifyTemplates(code) {
  return readCode(code, 0, false)[0];
}

/** The same as a Vite/Rollup plugin, for the element sources. */
export function minifyTemplatesPlugin() {
  return {
    name: 'minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id.split('?')[0])) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}

/** The same as an esbuild plugin (the size bench bundles the sources with esbuild). */
export function minifyTemplatesEsbuild() {
  return {
    name: 'minify-lit-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: minifyTemplates(await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
