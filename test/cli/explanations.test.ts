import { sampleWithExtras } from "../hosts/excel/fixtures";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli } from "./run";

/** The 已说明 reasons the pane keeps in the workbook, as the command line shows them. */
describe("explained warnings on the command line", () => {
  let dir: TempDir;
  let file: string;
  beforeAll(async () => {
    dir = await tempDir();
    file = await dir.write("桃江县科工局.xlsx", await sampleWithExtras());
  });
  afterAll(() => dir.remove());

  it("check shows the reason and date under the warning it explains, as text even when it begins with =", async () => {
    const { stdout } = await cli("check", file);
    const lines = stdout.split("\n");
    const at = lines.findIndex((l) => l.includes("IND-ADJ"));
    const block = lines.slice(
      at,
      lines.findIndex((l, i) => i > at && /^\s{2}\S/.test(l)),
    );
    expect(block.join("\n")).toContain("已说明（2023-03-01）：=年中追加科技专项，已报财政批复");
    expect(stdout.match(/已说明/g)).toHaveLength(1);
  });

  it("check --lang en-US says it in English", async () => {
    const { stdout } = await cli("check", file, "--lang", "en-US");
    expect(stdout).toContain("Explained (2023-03-01): =年中追加科技专项，已报财政批复");
  });

  it("check --json and batch --json carry the reason on the warning it explains, and on no other", async () => {
    type Json = { findings: { rule: string; explained?: { reason: string; date: string } }[] };
    const check = JSON.parse((await cli("check", file, "--json")).stdout) as Json;
    const batch = JSON.parse((await cli("batch", dir.path("."), "--json")).stdout) as { files: Json[] };
    for (const json of [check, ...batch.files]) {
      const explained = json.findings.filter((f) => f.explained);
      expect(explained).toEqual([
        expect.objectContaining({
          rule: "IND-ADJ",
          explained: { reason: "=年中追加科技专项，已报财政批复", date: "2023-03-01" },
        }),
      ]);
    }
  });

  it("batch counts the explained warnings of each workbook", async () => {
    const { stdout } = await cli("batch", dir.path("."));
    expect(stdout.split("\n").find((l) => l.includes("桃江县科工局.xlsx"))).toContain("已说明 1");
  });
});
