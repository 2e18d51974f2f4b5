// validate_openapi.mjs - validates openapi.yaml with a real OpenAPI validator
// (@apidevtools/swagger-parser: schema and $ref checks).
import { createRequire } from "node:module";
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const SwaggerParser = require("@apidevtools/swagger-parser");
const api = await SwaggerParser.validate(process.argv[2]);
console.log(`openapi.yaml valid: OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths`);
