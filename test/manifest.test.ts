import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  NS,
  OFFICE_APP_ORDER,
  checkManifest,
  folderReader,
  functionNames,
  parseManifest,
  pngSize,
  requirementSets,
} from "../scripts/manifest-check";
import { API } from "../src/hosts/excel";

const root = join(__dirname, "..");
const manifestXml = readFileSync(join(root, "manifest.xml"), "utf8");
const readFile = folderReader(root);
const DEV_URL = "https://localhost:3000/";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require("../webpack.config.js") as {
  productionManifest: (xml: string, url: string) => string;
};

/** A minimal valid manifest; each broken case below changes one thing in it. */
function smallManifest(parts: { order?: string[]; strings?: string; images?: string; icon?: string } = {}): string {
  const elements: Record<string, string> = {
    Id: "<Id>6d2f3f4e-1111-4222-8333-944455556666</Id>",
    Version: "<Version>1.0.0.0</Version>",
    ProviderName: "<ProviderName>测试</ProviderName>",
    DefaultLocale: "<DefaultLocale>zh-CN</DefaultLocale>",
    DisplayName: '<DisplayName DefaultValue="测试"><Override Locale="en-US" Value="Test"/></DisplayName>',
    Description: '<Description DefaultValue="说明"><Override Locale="en-US" Value="About"/></Description>',
    IconUrl: `<IconUrl DefaultValue="${DEV_URL}assets/icon-32.png"/>`,
    HighResolutionIconUrl: `<HighResolutionIconUrl DefaultValue="${DEV_URL}assets/icon-64.png"/>`,
    SupportUrl: `<SupportUrl DefaultValue="${DEV_URL}support.html"/>`,
    DefaultSettings: `<DefaultSettings><SourceLocation DefaultValue="${DEV_URL}taskpane.html"/></DefaultSettings>`,
    Permissions: "<Permissions>ReadWriteDocument</Permissions>",
  };
  const order = parts.order ?? Object.keys(elements);
  const icon =
    parts.icon ??
    '<bt:Image size="16" resid="Icon.16x16"/><bt:Image size="32" resid="Icon.32x32"/><bt:Image size="80" resid="Icon.80x80"/>';
  const images =
    parts.images ??
    `<bt:Image id="Icon.16x16" DefaultValue="${DEV_URL}assets/icon-16.png"/>` +
      `<bt:Image id="Icon.32x32" DefaultValue="${DEV_URL}assets/icon-32.png"/>` +
      `<bt:Image id="Icon.80x80" DefaultValue="${DEV_URL}assets/icon-80.png"/>`;
  const strings =
    parts.strings ??
    '<bt:String id="Label" DefaultValue="校验"><bt:Override Locale="en-US" Value="Check"/></bt:String>';
  const overrides = `
    <VersionOverrides xmlns="${NS.taskpaneOverrides}" xsi:type="VersionOverridesV1_0">
      <Hosts><Host xsi:type="Workbook"><DesktopFormFactor>
        <ExtensionPoint xsi:type="PrimaryCommandSurface"><OfficeTab id="TabHome"><Group id="G">
          <Label resid="Label"/><Icon>${icon}</Icon>
          <Control xsi:type="Button" id="B"><Label resid="Label"/><Icon>${icon}</Icon>
            <Action xsi:type="ShowTaskpane"><SourceLocation resid="Taskpane.Url"/></Action></Control>
        </Group></OfficeTab></ExtensionPoint>
      </DesktopFormFactor></Host></Hosts>
      <Resources>
        <bt:Images>${images}</bt:Images>
        <bt:Urls><bt:Url id="Taskpane.Url" DefaultValue="${DEV_URL}taskpane.html"/></bt:Urls>
        <bt:ShortStrings>${strings}</bt:ShortStrings>
      </Resources>
    </VersionOverrides>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OfficeApp xmlns="${NS.app}" xmlns:xsi="${NS.xsi}" xmlns:bt="${NS.bt}" xsi:type="TaskPaneApp">
  ${order.map((name) => elements[name]).join("\n  ")}
  ${overrides}
</OfficeApp>`;
}

describe("pngSize", () => {
  it("reads width and height from the IHDR chunk of assets/icon-80.png", () => {
    expect(pngSize(readFileSync(join(root, "assets/icon-80.png")))).toEqual({ width: 80, height: 80 });
  });

  it("returns undefined for bytes that are not a PNG", () => {
    expect(pngSize(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
  });
});

describe("the manifest checker", () => {
  it("accepts the small valid manifest", () => {
    expect(checkManifest(smallManifest(), { readFile })).toEqual([]);
  });

  it("reports XML that is not well-formed", () => {
    expect(checkManifest("<OfficeApp><Id></OfficeApp>")[0]).toMatch(/not well-formed/);
  });

  it("reports OfficeApp children out of schema order", () => {
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "Description", "DisplayName"];
    const rest = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "DefaultSettings", "Permissions"];
    expect(checkManifest(smallManifest({ order: [...order, ...rest] }))).toContainEqual(
      expect.stringMatching(/<DisplayName> is out of order/),
    );
  });

  it("reports a missing required child", () => {
    const order = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl"];
    const problems = checkManifest(smallManifest({ order: [...order, "DefaultSettings", "Permissions"] }));
    expect(problems).toContain("OfficeApp lacks <HighResolutionIconUrl>");
    expect(problems).toContain("OfficeApp lacks <SupportUrl>");
  });

  it("reports an Id that is not a GUID and a three-part Version", () => {
    const xml = smallManifest().replace("6d2f3f4e-1111-4222-8333-944455556666", "jixiao").replace("1.0.0.0", "1.0.0");
    const problems = checkManifest(xml);
    expect(problems).toContain('Id "jixiao" is not a GUID');
    expect(problems).toContain('Version "1.0.0" is not of the form n.n.n.n');
  });

  it("reports a duplicate resource id and a resid that is not defined", () => {
    const strings =
      '<bt:String id="Label" DefaultValue="校验"><bt:Override Locale="en-US" Value="Check"/></bt:String>' +
      '<bt:String id="Label" DefaultValue="清除"><bt:Override Locale="en-US" Value="Clear"/></bt:String>';
    const xml = smallManifest({ strings }).replace('<Label resid="Label"/><Icon>', '<Label resid="Missing"/><Icon>');
    const problems = checkManifest(xml);
    expect(problems).toContain('resource id "Label" is used more than once');
    expect(problems).toContain('Label refers to resid "Missing", which is not defined');
  });

  it("reports a resid that points into the wrong resource collection", () => {
    const xml = smallManifest().replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Label"/>');
    expect(checkManifest(xml)).toContain('SourceLocation refers to "Label" in bt:ShortStrings; it must be in bt:Urls');
  });

  it("reports an http URL", () => {
    const xml = smallManifest().replace(`${DEV_URL}support.html`, "http://localhost:3000/support.html");
    expect(checkManifest(xml)).toContain('SupportUrl: "http://localhost:3000/support.html" is not an https URL');
  });

  it("reports an icon whose file is missing or has the wrong pixel size", () => {
    const images =
      `<bt:Image id="Icon.16x16" DefaultValue="${DEV_URL}assets/icon-32.png"/>` +
      `<bt:Image id="Icon.32x32" DefaultValue="${DEV_URL}assets/icon-33.png"/>` +
      `<bt:Image id="Icon.80x80" DefaultValue="${DEV_URL}assets/icon-80.png"/>`;
    const problems = checkManifest(smallManifest({ images }), { readFile });
    expect(problems).toContain('bt:Image "Icon.16x16": assets/icon-32.png is 32x32, expected 16x16');
    expect(problems).toContain('bt:Image "Icon.32x32": file assets/icon-33.png does not exist');
  });

  it("reports an icon served from another site", () => {
    const images = smallManifest()
      .match(/<bt:Images>(.*)<\/bt:Images>/)![1]
      .replace(`${DEV_URL}assets/icon-80.png`, "https://cdn.example.com/icon-80.png");
    expect(checkManifest(smallManifest({ images }), { readFile })).toContainEqual(
      expect.stringMatching(/icon-80.png is not served by the add-in/),
    );
  });

  it("reports a ribbon Icon without the 80 px size", () => {
    const icon = '<bt:Image size="16" resid="Icon.16x16"/><bt:Image size="32" resid="Icon.32x32"/>';
    expect(checkManifest(smallManifest({ icon }))).toContain('an Icon of Group "G" lacks size 80');
  });

  it("reports strings over the length limits and without an en-US override", () => {
    const strings =
      `<bt:String id="Label" DefaultValue="${"长".repeat(126)}"><bt:Override Locale="en-US" Value="Check"/></bt:String>` +
      '<bt:String id="Other" DefaultValue="其他"/>';
    const problems = checkManifest(smallManifest({ strings }));
    expect(problems).toContain('String "Label" value is 126 characters, over 125');
    expect(problems).toContain('String "Other" has no en-US override');
    const longName = smallManifest().replace('DefaultValue="测试"', `DefaultValue="${"名".repeat(126)}"`);
    expect(checkManifest(longName)).toContain("DisplayName value is 126 characters, over 125");
  });
});

describe("the manifest checker's requirement sets", () => {
  const withSets = (sets: string) =>
    smallManifest().replace("<DefaultSettings>", `<Requirements><Sets>${sets}</Sets></Requirements><DefaultSettings>`);

  it("reads the sets and their minimum versions", () => {
    const xml = withSets('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(checkManifest(xml)).toEqual([]);
    expect(requirementSets(parseManifest(xml))).toEqual(new Map([["ExcelApi", "1.9"]]));
  });

  it("reports a Set without a name or without a version", () => {
    const problems = checkManifest(withSets('<Set MinVersion="1.9"/><Set Name="ExcelApi"/>'));
    expect(problems).toContain("a requirement Set has no Name");
    expect(problems).toContain("requirement Set ExcelApi has no MinVersion of the form n.n");
  });
});

describe("manifest.xml", () => {
  const manifest = parseManifest(manifestXml);
  const first = (localName: string, ns: string = NS.app): string =>
    manifest.getElementsByTagNameNS(ns, localName)[0]?.textContent?.trim() ?? "";

  it("passes every check, including icon files and their pixel sizes", () => {
    expect(checkManifest(manifestXml, { readFile })).toEqual([]);
  });

  it("lists the OfficeApp children in the schema's order", () => {
    const names: string[] = [];
    for (let node = manifest.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) names.push((node as unknown as { localName: string }).localName);
    }
    const positions = names.map((name) => (OFFICE_APP_ORDER as readonly string[]).indexOf(name));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("requires the ExcelApi version the Excel host is built on, so older Excel does not offer it", () => {
    expect(requirementSets(manifest).get("ExcelApi")).toBe(API.minimum);
    expect(API.minimum).toBe("1.9");
  });

  it("is a zh-CN Excel workbook add-in that may read and write the document", () => {
    expect(first("DefaultLocale")).toBe("zh-CN");
    expect(first("Permissions")).toBe("ReadWriteDocument");
    expect(manifest.getElementsByTagNameNS(NS.app, "Host")[0]?.getAttribute("Name")).toBe("Workbook");
    const displayName = manifest.getElementsByTagNameNS(NS.app, "DisplayName")[0];
    expect(displayName?.getAttribute("DefaultValue")).toBe("绩效自评助手");
    const english = manifest.getElementsByTagNameNS(NS.app, "Override")[0];
    expect(english?.getAttribute("Value")).toBe("Performance Self-Evaluation Assistant");
  });

  it("puts 校验 (task pane) and 清除标记 (clearMarks) in a group on the Home tab", () => {
    const tab = manifest.getElementsByTagNameNS(NS.taskpaneOverrides, "OfficeTab")[0];
    expect(tab?.getAttribute("id")).toBe("TabHome");
    const labels = Array.from(manifest.getElementsByTagNameNS(NS.bt, "String")).map((s) =>
      s.getAttribute("DefaultValue"),
    );
    expect(labels).toEqual(expect.arrayContaining(["校验", "清除标记"]));
    expect(functionNames(manifest)).toEqual(["clearMarks"]);
    const functionFile = manifest.getElementsByTagNameNS(NS.taskpaneOverrides, "FunctionFile")[0];
    expect(functionFile?.getAttribute("resid")).toBe("Commands.Url");
    expect(manifestXml).toContain(`id="Commands.Url" DefaultValue="${DEV_URL}commands.html"`);
  });

  it("has every ribbon function associated in src/commands/commands.ts", () => {
    const commands = readFileSync(join(root, "src/commands/commands.ts"), "utf8");
    for (const name of functionNames(manifest)) {
      expect(commands).toContain(`Office.actions.associate("${name}"`);
    }
  });

  it("uses only the development URL, which the production build replaces", () => {
    const urls = manifestXml.match(/https:\/\/[^"<\s]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.every((url) => url.startsWith(DEV_URL.slice(0, -1)))).toBe(true);
  });
});

describe("the production manifest written by the build", () => {
  const prodUrl = "https://jixiao.example.gov.cn/addin/";
  const prodXml = productionManifest(manifestXml, prodUrl);

  it("has no localhost URL left and points AppDomain at the production origin", () => {
    expect(prodXml).not.toContain("localhost");
    expect(prodXml).toContain(`${prodUrl}taskpane.html`);
    expect(prodXml).toContain("<AppDomain>https://jixiao.example.gov.cn</AppDomain>");
  });

  it("passes every check and keeps the ExcelApi requirement", () => {
    expect(checkManifest(prodXml, { readFile })).toEqual([]);
    expect(requirementSets(parseManifest(prodXml)).get("ExcelApi")).toBe("1.9");
  });

  it("refuses a production URL that is not https or does not end in a slash", () => {
    expect(() => productionManifest(manifestXml, "http://jixiao.example.gov.cn/addin/")).toThrow(/https/);
    expect(() => productionManifest(manifestXml, "https://jixiao.example.gov.cn/addin")).toThrow(/slash/);
  });
});
