import { text, type Localized } from "../../i18n";
import { Decimal } from "../../money";
import type { StaffRow } from "../../model";
import { joinPieces, joinSentences, paragraph } from "../builder";
import { cellValue, subjectName, type ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { endSentence, fig, type Piece } from "../format";
import { plainMaterials } from "../materials";
import { goalsParagraph } from "./goals";
import { enumerationComma, semicolon, sentence, sumCells, WORDS } from "../phrases";

/** 一、基本情况: 单位名称 and 主要职责, 内设机构, staffing by 人员类别 and 经费形式, 二级机构, 离退休. */

/** Subjects when 单位名称 is blank (see unitName). */
const UNNAMED = text("", "the department");
const UNNAMED_FIRST = text("", "The department");
const UNNAMED_DUTIES = text("本单位", "the department");

const T = {
  duties: text("{name}的主要职责是：{duties}", "The main responsibilities of {name}: {duties}"),
  yearIntro: text("{year}年，{name}", "In {year}, {name} had "),
  intro: text("{name}", "{name} had "),
  orgs: text("内设机构{n}", "{n} internal departments"),
  quotaTotal: text("编制{n}", "the staff quota was {n}"),
  actualTotal: text("年末实有人数{n}", "staff in post at year end numbered {n}"),
  quotaPart: text("{group}编制{n}", "{group} {n}"),
  actualPart: text("{group}{n}", "{group} {n}"),
  ofWhich: text("其中", "of which "),
  byFunding: text("按经费形式，", "by funding, "),
  group: text("{group}编制{quota}、实有{actual}", "{group}: quota {quota}, in post {actual}"),
  retirees: text("离退休人员{n}", "{n} retired staff"),
  headOffice: text("{name}编制{quota}，实有{actual}", "{name}: quota {quota}, in post {actual}"),
  subUnits: text("所属二级机构{n}：{list}", "{n} subordinate units: {list}"),
  subUnitCount: text("所属二级机构{n}", "{n} subordinate units"),
  subUnit: text("{name}（{kind}）编制{quota}，实有{actual}", "{name} ({kind}): quota {quota}, in post {actual}"),
  subUnitPlain: text("{name}编制{quota}，实有{actual}", "{name}: quota {quota}, in post {actual}"),
};

/** English for the template's fixed staffing words; anything else is shown as written. */
const KIND_EN: Record<string, string> = {
  行政: "administrative",
  事业: "public institution",
  工勤: "support staff",
  全额拨款: "fully funded",
  差额拨款: "partly funded",
  自收自支: "self-financed",
};

function kindName(ctx: ReportContext, kind: string): string {
  return ctx.lang === "zh-CN" ? kind : (KIND_EN[kind] ?? kind);
}

/** 机关本级 rows: named 机关 or 本级; when none is, the first row is the department itself. */
function splitUnits(rows: StaffRow[]): { head: StaffRow[]; subordinate: StaffRow[] } {
  const isHead = (r: StaffRow): boolean => /机关|本级/.test(r.name);
  const head = rows.filter(isHead);
  if (head.length > 0 || rows.length === 0) return { head, subordinate: rows.filter((r) => !isHead(r)) };
  return { head: rows.slice(0, 1), subordinate: rows.slice(1) };
}

/** Quota and actual of a set of rows as figures; a side with no number is left out (undefined). */
function staffFigures(ctx: ReportContext, rows: StaffRow[]): { quota?: Piece; actual?: Piece } {
  const quota = sumCells(rows.map((r) => cellValue(r.quota)));
  const actual = sumCells(rows.map((r) => cellValue(r.actual)));
  return {
    quota: quota && ctx.count(quota.value, quota.cells, WORDS.person),
    actual: actual && ctx.count(actual.value, actual.cells, WORDS.person),
  };
}

/** Rows grouped by 人员类别 or 经费形式, in order of first appearance. */
function groups(rows: StaffRow[], key: (r: StaffRow) => string | undefined): [string, StaffRow[]][] {
  const out = new Map<string, StaffRow[]>();
  for (const r of rows) {
    const k = key(r)?.trim();
    if (k) out.set(k, [...(out.get(k) ?? []), r]);
  }
  return [...out];
}

/**
 * `编制45名，其中行政编制18名、事业编制27名。` Each total ends its own sentence with its parts, so
 * the text check reads exactly these parts as its breakdown.
 */
function totalSentence(ctx: ReportContext, total: Piece, rows: StaffRow[], side: "quota" | "actual"): Piece[] {
  const head = ctx.s(side === "quota" ? T.quotaTotal : T.actualTotal, { n: total });
  const parts = groups(rows, (r) => r.category).flatMap(([name, members]) => {
    const n = staffFigures(ctx, members)[side];
    return n ? [ctx.s(side === "quota" ? T.quotaPart : T.actualPart, { group: kindName(ctx, name), n })] : [];
  });
  if (parts.length === 0) return sentence(ctx, [head]);
  return sentence(ctx, [head, [ctx.t(T.ofWhich), ...joinPieces(parts, enumerationComma(ctx.lang))]]);
}

function fundingSentence(ctx: ReportContext, rows: StaffRow[]): Piece[] {
  const parts = groups(rows, (r) => r.fundingType).flatMap(([name, members]) => {
    const { quota, actual } = staffFigures(ctx, members);
    return quota && actual ? [ctx.s(T.group, { group: kindName(ctx, name), quota, actual })] : [];
  });
  if (parts.length === 0) return [];
  return sentence(ctx, [[ctx.t(T.byFunding), ...joinPieces(parts, semicolon(ctx.lang))]]);
}

function staffingParagraph(ctx: ReportContext): Piece[] {
  const { info, staffing } = ctx.model;
  const facts: Piece[][] = [];
  const orgs = cellValue(info.orgCount);
  if (orgs) facts.push(ctx.s(T.orgs, { n: ctx.count(orgs.value, [orgs.cell], WORDS.piece) }));
  const retirees = cellValue(info.retirees);
  if (retirees) facts.push(ctx.s(T.retirees, { n: ctx.count(retirees.value, [retirees.cell], WORDS.people) }));
  const rows = staffing?.rows ?? [];
  const whole = rows.length > 0 ? staffFigures(ctx, rows) : staffing?.total ? staffFigures(ctx, [staffing.total]) : {};
  const staff = [
    whole.quota ? totalSentence(ctx, whole.quota, rows, "quota") : [],
    whole.actual ? totalSentence(ctx, whole.actual, rows, "actual") : [],
    fundingSentence(ctx, rows),
  ];
  if (facts.length === 0 && staff.every((x) => x.length === 0)) return [];
  const intro = info.year
    ? ctx.s(T.yearIntro, { year: fig(String(info.year.value), [info.year.cell]), name: subjectName(ctx, UNNAMED) })
    : ctx.s(T.intro, { name: subjectName(ctx, UNNAMED_FIRST) });
  const first = facts.length > 0 ? [...intro, ...sentence(ctx, facts)] : [];
  return joinSentences([first, ...staff], ctx.lang);
}

function unitClause(ctx: ReportContext, row: StaffRow, template: Localized, withKind: boolean): Piece[] {
  const { quota, actual } = staffFigures(ctx, [row]);
  if (!quota || !actual) return [];
  const kinds = [row.fundingType, row.category]
    .filter((k): k is string => !!k && k.trim() !== "")
    .map((k) => kindName(ctx, k));
  if (withKind && kinds.length > 0) {
    return ctx.s(T.subUnit, { name: row.name, kind: kinds.join(enumerationComma(ctx.lang)), quota, actual });
  }
  return ctx.s(template, { name: row.name, quota, actual });
}

function unitsParagraph(ctx: ReportContext): Piece[] {
  const rows = ctx.model.staffing?.rows ?? [];
  const { head, subordinate } = splitUnits(rows);
  if (subordinate.length === 0) return [];
  const sentences: Piece[][] = [];
  const headClauses = head.map((r) => unitClause(ctx, r, T.headOffice, false)).filter((c) => c.length > 0);
  if (headClauses.length > 0) sentences.push(sentence(ctx, headClauses, semicolon(ctx.lang)));
  const list = subordinate.map((r) => unitClause(ctx, r, T.subUnitPlain, true)).filter((c) => c.length > 0);
  const n = ctx.count(
    new Decimal(subordinate.length),
    subordinate.map((r) => r.labelCell),
    WORDS.piece,
  );
  const units =
    list.length > 0
      ? ctx.s(T.subUnits, { n, list: joinPieces(list, semicolon(ctx.lang)) })
      : ctx.s(T.subUnitCount, { n });
  sentences.push(sentence(ctx, [units]));
  return ctx.lang === "zh-CN" ? sentences.flat() : joinPieces(sentences, " ");
}

export function basicSection(ctx: ReportContext): ReportBlock[] {
  const { info } = ctx.model;
  // What the department is comes first, in its own words.
  const blocks: ReportBlock[] = [...plainMaterials(ctx, "主要职责")];
  if (info.duties && info.duties.value.trim() !== "") {
    const duties = endSentence(info.duties.value, ctx.lang);
    blocks.push(paragraph(ctx.s(T.duties, { name: subjectName(ctx, UNNAMED_DUTIES), duties }), [info.duties.cell]));
  }
  for (const pieces of [staffingParagraph(ctx), unitsParagraph(ctx), goalsParagraph(ctx)])
    if (pieces.length > 0) blocks.push(paragraph(pieces));
  return blocks;
}
