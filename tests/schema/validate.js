#!/usr/bin/env node
// Validates codeset output against one of schemas/json with ajv (JSON Schema draft 2020-12).
//   node validate.js SCHEMA.json FILE [--lines]
// --lines: FILE is JSON Lines; every line is validated. Exit 0 when valid, 1 when not (each error
// on standard error, naming the file, line and JSON pointer), 77 when ajv is not installed.
"use strict";
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const lines = args.includes("--lines");
const [schemaPath, filePath] = args.filter((a) => a !== "--lines");
if (!schemaPath || !filePath) {
  console.error("usage: node validate.js SCHEMA.json FILE [--lines]");
  process.exit(2);
}

let Ajv2020;
try {
  const modules = process.env.CODESET_SCHEMA_TOOLS ? path.join(process.env.CODESET_SCHEMA_TOOLS, "node_modules") : undefined;
  Ajv2020 = require(modules ? require.resolve("ajv/dist/2020", { paths: [modules] }) : "ajv/dist/2020");
} catch (error) {
  console.error("ajv is not installed (run tools/setup.sh test): " + error.message.split("\n")[0]);
  process.exit(77);
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
// The schemas beside it may be referred to ("common.schema.json#/$defs/date").
const folder = path.dirname(schemaPath);
for (const name of fs.readdirSync(folder))
  if (name.endsWith(".schema.json") && path.join(folder, name) !== path.join(folder, path.basename(schemaPath)))
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(folder, name), "utf8")));
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, "utf8")));
const text = fs.readFileSync(filePath, "utf8");
const documents = lines ? text.split("\n").filter((l) => l.length > 0) : [text];
let failures = 0;
documents.forEach((document, index) => {
  let value;
  try {
    value = JSON.parse(document);
  } catch (error) {
    console.error(`${filePath}${lines ? ":" + (index + 1) : ""}: not JSON: ${error.message}`);
    failures++;
    return;
  }
  if (!validate(value)) {
    failures++;
    for (const e of validate.errors.slice(0, 10))
      console.error(`${filePath}${lines ? ":" + (index + 1) : ""}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
  }
});
if (failures) {
  console.error(`${filePath}: ${failures} of ${documents.length} document(s) do not match ${path.basename(schemaPath)}`);
  process.exit(1);
}
console.log(`${filePath}: ${documents.length} document(s) match ${path.basename(schemaPath)}`);
