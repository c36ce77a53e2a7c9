// Offline checks of an Office add-in XML manifest: the rules Microsoft's validator applies that
// matter for a task-pane add-in with ribbon commands. Used by test/manifest.test.ts and, for the
// built copy, by `npx tsx scripts/manifest-check.ts dist/manifest.xml`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpaneOverrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** Children of a TaskPaneApp OfficeApp, in the order the schema's sequence demands. */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
] as const;

const REQUIRED_CHILDREN = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "DefaultSettings",
  "Permissions",
];

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const RESOURCE_COLLECTIONS = ["Images", "Urls", "ShortStrings", "LongStrings"] as const;
type ResourceCollection = (typeof RESOURCE_COLLECTIONS)[number];

/** Which resource collection a `resid` on an element of this name must point into. */
const RESID_TARGET: Record<string, ResourceCollection> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

const MAX_LENGTH = { displayName: 125, description: 250, shortString: 125, longString: 250, resid: 32 };
const RIBBON_ICON_SIZES = [16, 32, 80];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;

export interface CheckOptions {
  /** Reads a file of the add-in's site by its path relative to the manifest's base URL. */
  readFile?: (relativePath: string) => Uint8Array | undefined;
  /** Locales every localizable string must carry an override for. */
  overrideLocales?: string[];
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function parseManifest(xml: string): Element {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  });
  const root = parser.parseFromString(xml, "text/xml").documentElement;
  if (!root) throw new Error("no root element");
  return root;
}

function childElements(parent: Element, localName?: string): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (!localName || (node as Element).localName === localName)) result.push(node as Element);
  }
  return result;
}

function descendants(root: Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

function allElements(root: Element): Element[] {
  return Array.from(root.getElementsByTagName("*"));
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

function nameOf(element: Element): string {
  return element.localName ?? element.nodeName;
}

function describe(element: Element): string {
  const id = element.getAttribute("id");
  return id ? `${nameOf(element)} "${id}"` : nameOf(element);
}

/** The URL every add-in page and asset is served under: the folder of the default task pane page. */
export function baseUrl(root: Element): string | undefined {
  const source = descendants(root, NS.app, "SourceLocation")[0]?.getAttribute("DefaultValue");
  if (!source || !URL.canParse(source)) return undefined;
  return new URL(".", source).href;
}

export function functionNames(root: Element): string[] {
  return descendants(root, NS.taskpaneOverrides, "FunctionName").map((element) => element.textContent?.trim() ?? "");
}

/** The requirement sets the manifest declares, by name, with their minimum versions. */
export function requirementSets(root: Element): Map<string, string> {
  const sets = new Map<string, string>();
  for (const requirements of childElements(root, "Requirements")) {
    for (const holder of childElements(requirements, "Sets")) {
      const fallback = holder.getAttribute("DefaultMinVersion") ?? "";
      for (const set of childElements(holder, "Set")) {
        sets.set(set.getAttribute("Name") ?? "", set.getAttribute("MinVersion") ?? fallback);
      }
    }
  }
  return sets;
}

function checkRequirements(root: Element, problems: string[]): void {
  for (const [name, version] of requirementSets(root)) {
    if (name === "") problems.push("a requirement Set has no Name");
    else if (!/^\d+\.\d+$/.test(version)) problems.push(`requirement Set ${name} has no MinVersion of the form n.n`);
  }
}

export function checkManifest(xml: string, options: CheckOptions = {}): string[] {
  let root: Element;
  try {
    root = parseManifest(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const overrideLocales = options.overrideLocales ?? ["en-US"];

  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app) {
    return [`root element must be OfficeApp in ${NS.app}`];
  }
  if (xsiType(root) !== "TaskPaneApp") problems.push(`OfficeApp xsi:type must be TaskPaneApp, not ${xsiType(root)}`);

  checkOrder(root, problems);
  const text = (name: string): string => childElements(root, name)[0]?.textContent?.trim() ?? "";
  if (!GUID.test(text("Id"))) problems.push(`Id "${text("Id")}" is not a GUID`);
  if (!VERSION.test(text("Version"))) problems.push(`Version "${text("Version")}" is not of the form n.n.n.n`);
  if (!PERMISSIONS.includes(text("Permissions"))) problems.push(`Permissions "${text("Permissions")}" is not valid`);
  const defaultLocale = text("DefaultLocale");

  checkLocalized(childElements(root, "DisplayName"), MAX_LENGTH.displayName, NS.app, overrideLocales, problems);
  checkLocalized(childElements(root, "Description"), MAX_LENGTH.description, NS.app, overrideLocales, problems);
  checkUrls(root, problems);
  checkRequirements(root, problems);

  const base = baseUrl(root);
  if (!base) problems.push("DefaultSettings/SourceLocation is missing or not a URL");

  const iconSize = (element: Element | undefined, size: number): void => {
    const url = element?.getAttribute("DefaultValue");
    if (element && url && base) checkImage(url, size, size, describe(element), base, options, problems);
  };
  iconSize(childElements(root, "IconUrl")[0], 32);
  iconSize(childElements(root, "HighResolutionIconUrl")[0], 64);

  for (const overrides of childElements(root, "VersionOverrides")) {
    if (overrides.namespaceURI !== NS.taskpaneOverrides || xsiType(overrides) !== "VersionOverridesV1_0") {
      problems.push(`a TaskPaneApp takes only VersionOverridesV1_0 in ${NS.taskpaneOverrides}`);
      continue;
    }
    checkOverrides(overrides, base, defaultLocale, overrideLocales, options, problems);
  }
  return problems;
}

function checkOrder(root: Element, problems: string[]): void {
  const names = childElements(root).map(nameOf);
  let last = -1;
  for (const name of names) {
    const index = (OFFICE_APP_ORDER as readonly string[]).indexOf(name);
    if (index < 0) problems.push(`OfficeApp has an unknown child <${name}>`);
    else if (index === last) problems.push(`OfficeApp has <${name}> more than once`);
    else if (index < last)
      problems.push(`OfficeApp child <${name}> is out of order (schema order: ${OFFICE_APP_ORDER.join(", ")})`);
    else last = index;
  }
  for (const name of REQUIRED_CHILDREN) {
    if (!names.includes(name)) problems.push(`OfficeApp lacks <${name}>`);
  }
}

/** DefaultValue plus Override Values of a DisplayName/Description/bt:String, with length limits. */
function checkLocalized(elements: Element[], max: number, ns: string, locales: string[], problems: string[]): void {
  for (const element of elements) {
    const values = [element.getAttribute("DefaultValue") ?? ""];
    const overrides = childElements(element, "Override").filter((child) => child.namespaceURI === ns);
    values.push(...overrides.map((child) => child.getAttribute("Value") ?? ""));
    for (const value of values) {
      if (value.trim() === "") problems.push(`${describe(element)} has an empty value`);
      if (value.length > max) problems.push(`${describe(element)} value is ${value.length} characters, over ${max}`);
    }
    const present = overrides.map((child) => (child.getAttribute("Locale") ?? "").toLowerCase());
    for (const locale of locales) {
      if (!present.includes(locale.toLowerCase())) problems.push(`${describe(element)} has no ${locale} override`);
    }
  }
}

function checkUrls(root: Element, problems: string[]): void {
  for (const element of allElements(root)) {
    const values: string[] = [];
    for (const attribute of Array.from(element.attributes)) {
      if (!attribute.name.startsWith("xmlns")) values.push(attribute.value);
    }
    if (childElements(element).length === 0) values.push(element.textContent?.trim() ?? "");
    for (const value of values) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) continue;
      if (!value.startsWith("https://") || !URL.canParse(value))
        problems.push(`${describe(element)}: "${value}" is not an https URL`);
    }
  }
  for (const domain of descendants(root, NS.app, "AppDomain")) {
    const value = domain.textContent?.trim() ?? "";
    if (!URL.canParse(value) || new URL(value).origin !== value.replace(/\/$/, "")) {
      problems.push(`AppDomain "${value}" must be an origin (scheme and host only)`);
    }
  }
}

function checkImage(
  url: string,
  width: number,
  height: number,
  what: string,
  base: string,
  options: CheckOptions,
  problems: string[],
): void {
  if (!url.startsWith(base)) {
    problems.push(`${what}: ${url} is not served by the add-in (outside ${base})`);
    return;
  }
  if (!options.readFile) return;
  const relativePath = decodeURI(url.slice(base.length));
  const bytes = options.readFile(relativePath);
  if (!bytes) {
    problems.push(`${what}: file ${relativePath} does not exist`);
    return;
  }
  const size = pngSize(bytes);
  if (!size) problems.push(`${what}: ${relativePath} is not a PNG`);
  else if (size.width !== width || size.height !== height) {
    problems.push(`${what}: ${relativePath} is ${size.width}x${size.height}, expected ${width}x${height}`);
  }
}

function checkOverrides(
  overrides: Element,
  base: string | undefined,
  defaultLocale: string,
  locales: string[],
  options: CheckOptions,
  problems: string[],
): void {
  const resources = childElements(overrides, "Resources")[0];
  const ids = new Map<string, ResourceCollection>();
  const byCollection = new Map<ResourceCollection, Element[]>();
  for (const collection of RESOURCE_COLLECTIONS) {
    const holder = resources ? descendants(resources, NS.bt, collection)[0] : undefined;
    const items = holder ? childElements(holder) : [];
    byCollection.set(collection, items);
    for (const item of items) {
      const id = item.getAttribute("id") ?? "";
      if (id === "") problems.push(`a resource in bt:${collection} has no id`);
      else if (ids.has(id)) problems.push(`resource id "${id}" is used more than once`);
      else ids.set(id, collection);
      if (id.length > MAX_LENGTH.resid) problems.push(`resource id "${id}" is over ${MAX_LENGTH.resid} characters`);
    }
  }

  for (const element of allElements(overrides)) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    const expected = RESID_TARGET[nameOf(element)];
    const found = ids.get(resid);
    if (!found) problems.push(`${nameOf(element)} refers to resid "${resid}", which is not defined`);
    else if (expected && found !== expected) {
      problems.push(`${nameOf(element)} refers to "${resid}" in bt:${found}; it must be in bt:${expected}`);
    }
  }

  for (const image of byCollection.get("Images") ?? []) {
    const id = image.getAttribute("id") ?? "";
    const match = /(\d+)x(\d+)$/.exec(id);
    if (!match) problems.push(`image id "${id}" does not end in its size (e.g. Icon.16x16)`);
    const url = image.getAttribute("DefaultValue") ?? "";
    if (match && base) checkImage(url, Number(match[1]), Number(match[2]), `bt:Image "${id}"`, base, options, problems);
  }
  for (const icon of descendants(overrides, NS.taskpaneOverrides, "Icon")) {
    const images = childElements(icon, "Image");
    const sizes = images.map((image) => Number(image.getAttribute("size")));
    for (const size of RIBBON_ICON_SIZES) {
      if (!sizes.includes(size)) problems.push(`an Icon of ${describe(icon.parentNode as Element)} lacks size ${size}`);
    }
    for (const image of images) {
      const id = image.getAttribute("resid") ?? "";
      const match = /(\d+)x(\d+)$/.exec(id);
      if (match && match[1] !== image.getAttribute("size")) {
        problems.push(`bt:Image size="${image.getAttribute("size")}" refers to "${id}"`);
      }
    }
  }

  const strings: [ResourceCollection, number][] = [
    ["ShortStrings", MAX_LENGTH.shortString],
    ["LongStrings", MAX_LENGTH.longString],
  ];
  for (const [collection, max] of strings) {
    checkLocalized(byCollection.get(collection) ?? [], max, NS.bt, locales, problems);
    for (const item of byCollection.get(collection) ?? []) {
      for (const override of childElements(item, "Override")) {
        if (override.getAttribute("Locale")?.toLowerCase() === defaultLocale.toLowerCase()) {
          problems.push(`${describe(item)} overrides its own default locale ${defaultLocale}`);
        }
      }
    }
  }

  const controlIds = descendants(overrides, NS.taskpaneOverrides, "Control").map((c) => c.getAttribute("id") ?? "");
  const groupIds = descendants(overrides, NS.taskpaneOverrides, "Group").map((g) => g.getAttribute("id") ?? "");
  for (const [i, id] of [...controlIds, ...groupIds].entries()) {
    if (id === "") problems.push("a Group or Control has no id");
    else if ([...controlIds, ...groupIds].indexOf(id) !== i)
      problems.push(`Group/Control id "${id}" is used more than once`);
  }

  for (const formFactor of descendants(overrides, NS.taskpaneOverrides, "DesktopFormFactor")) {
    const actions = descendants(formFactor, NS.taskpaneOverrides, "Action");
    const executes = actions.filter((action) => xsiType(action) === "ExecuteFunction");
    if (executes.length > 0 && childElements(formFactor, "FunctionFile").length === 0) {
      problems.push("an ExecuteFunction action needs a FunctionFile in its DesktopFormFactor");
    }
    for (const action of executes) {
      const name = childElements(action, "FunctionName")[0]?.textContent?.trim() ?? "";
      if (!/^[A-Za-z_$][\w$.]*$/.test(name)) problems.push(`FunctionName "${name}" is not a function name`);
    }
    for (const action of actions.filter((a) => xsiType(a) === "ShowTaskpane")) {
      if (childElements(action, "SourceLocation").length === 0)
        problems.push("a ShowTaskpane action lacks SourceLocation");
    }
  }
}

/** Reads files relative to a folder, for checkManifest's readFile option. */
export function folderReader(folder: string): (relativePath: string) => Uint8Array | undefined {
  return (relativePath) => {
    const file = join(folder, relativePath);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
}

if (require.main === module) {
  const file = resolve(process.argv[2] ?? "manifest.xml");
  const problems = checkManifest(readFileSync(file, "utf8"), { readFile: folderReader(dirname(file)) });
  for (const problem of problems) console.error(`${file}: ${problem}`);
  console.log(problems.length === 0 ? `${file}: no problems` : `${file}: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
