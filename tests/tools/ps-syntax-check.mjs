// Parses PowerShell scripts with the tree-sitter PowerShell grammar (WebAssembly, offline) and
// fails on any ERROR or MISSING node. Debian has no PowerShell; this is the closest check of the
// farm host scripts we can run here. Usage: node ps-syntax-check.mjs FILE.ps1...
// The packages are pinned in package.json / package-lock.json next to this file and installed
// into ./node_modules by scripts/install-deps.sh.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));

// Constructs that Windows PowerShell 5.1 accepts but this grammar rejects. Each entry names the
// construct, why it is valid PowerShell, and a test on the text of the ERROR node. Empty so far:
// the host scripts parse cleanly as written (one statement per line after a param() block).
const allowlist = [
    // { construct: '...', why: '...', matches: (text) => ... },
];

let Parser;
let Language;
try {
    ({ Parser, Language } = await import(require.resolve('web-tree-sitter')));
} catch (error) {
    console.error(`ps-syntax-check: web-tree-sitter is not installed in ${here}/node_modules ` +
                  `(run scripts/install-deps.sh): ${error.message}`);
    process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node ps-syntax-check.mjs FILE.ps1...');
    process.exit(2);
}

await Parser.init();
const grammar = require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm');
const language = await Language.load(grammar);
const parser = new Parser();
parser.setLanguage(language);

function problems(node, found) {
    if (node.isError || node.isMissing) {
        found.push(node);
        return found; // the children of an ERROR node repeat the same problem
    }
    for (const child of node.children)
        problems(child, found);
    return found;
}

let failures = 0;
let allowed = 0;
for (const file of files) {
    let source = readFileSync(file, 'utf8');
    if (source.charCodeAt(0) === 0xfeff)
        source = source.slice(1);
    const tree = parser.parse(source);
    let fileProblems = 0;
    for (const node of problems(tree.rootNode, [])) {
        const text = node.text.slice(0, 120).replace(/\s+/g, ' ');
        const entry = allowlist.find((item) => item.matches(node.text));
        const where = `${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
        if (entry) {
            ++allowed;
            console.log(`${where}: allowed (${entry.construct}): ${text}`);
            continue;
        }
        ++fileProblems;
        const kind = node.isMissing ? `MISSING ${node.type}` : 'ERROR';
        console.error(`${where}: ${kind}: ${text}`);
    }
    console.log(`${file}: ${fileProblems === 0 ? 'ok' : `${fileProblems} syntax problem(s)`}` +
                ` (${source.split('\n').length} lines)`);
    failures += fileProblems;
    tree.delete();
}
console.log(`ps-syntax-check: ${files.length} file(s), ${failures} problem(s), ${allowed} allowed`);
process.exit(failures === 0 ? 0 : 1);
