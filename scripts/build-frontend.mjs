// Builds the portal's static files from npm packages into moot/portal/build/ (not committed).
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "moot", "portal", "build");
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "moot"), { recursive: true });

const result = compile(join(root, "moot", "portal", "static_src", "moot.scss"), {
  style: "compressed",
  importers: [new (await import("sass")).NodePackageImporter(root)],
  quietDeps: true,
  silenceDeprecations: ["import", "mixed-decls", "global-builtin"],
});
writeFileSync(join(out, "moot", "moot.css"), result.css);

cpSync(join(govuk, "govuk-frontend.min.js"), join(out, "govuk", "govuk-frontend.min.js"));
cpSync(
  join(root, "node_modules", "htmx.org", "dist", "htmx.min.js"),
  join(out, "htmx", "htmx.min.js"),
);
cpSync(join(govuk, "assets", "images"), join(out, "govuk", "assets", "images"), { recursive: true });
// The API's documentation page (/api/v1/docs) runs Swagger UI from here, never from a CDN.
// With their source maps: the hashed static files (collectstatic) follow every sourceMappingURL.
for (const name of ["swagger-ui-bundle.js", "swagger-ui-bundle.js.map", "swagger-ui.css", "swagger-ui.css.map"]) {
  cpSync(join(root, "node_modules", "swagger-ui-dist", name), join(out, "swagger-ui", name));
}
// axe-core is used only by the browser tests, which read it from node_modules.
console.log(`front end built into ${out}`);
