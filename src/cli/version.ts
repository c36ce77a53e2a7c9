import packageJson from "../../package.json";

/** The tool's name and version, as the package states them (the `tool`/`version` of --json). */
export const TOOL = { name: packageJson.name, version: packageJson.version };
