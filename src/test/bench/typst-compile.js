// Compiles one Typst file to PDF with the npm Typst compiler (@myriaddreamin/typst-ts-node-compiler),
// like `typst compile --font-path DIR IN OUT`. Resolved from NODE_PATH (typst.sh installs it into a
// temporary folder; nothing is committed). Exit 1 with the diagnostics when compilation fails.
// Usage: node typst-compile.js IN.typ OUT.pdf [--font-path DIR]...
'use strict';
const path = require('path');
const fs = require('fs');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const args = process.argv.slice(2);
const fontPaths = [];
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--font-path') fontPaths.push(path.resolve(args[++i]));
  else files.push(args[i]);
}
if (files.length !== 2) {
  console.error('usage: node typst-compile.js IN.typ OUT.pdf [--font-path DIR]...');
  process.exit(2);
}
const input = path.resolve(files[0]);
const compiler = NodeCompiler.create({ workspace: path.dirname(input), fontArgs: [{ fontPaths }] });
const result = compiler.compile({ mainFilePath: input });
if (!result.result) {
  const diags = result.takeDiagnostics();
  console.error(JSON.stringify(diags ? compiler.fetchDiagnostics(diags) : 'compilation failed', null, 1));
  process.exit(1);
}
// A fixed timestamp keeps the output reproducible.
fs.writeFileSync(files[1], compiler.pdf(result.result, { creationTimestamp: 0 }));
