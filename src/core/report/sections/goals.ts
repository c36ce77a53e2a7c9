import { text } from "../../i18n";
import { targetCategory } from "../../indicators";
import { Decimal } from "../../money";
import type { TargetRow } from "../../model";
import { joinPieces } from "../builder";
import { subjectName, type ReportContext } from "../context";
import { fig, type Piece } from "../format";
import { enumerationComma, sentence, WORDS } from "../phrases";

/** 一、基本情况's last paragraph: the year's 绩效目标 as set in 绩效目标, by kind, and the 重点工作. */

const T = {
  set: text("{year}年，{name}设定部门整体绩效指标{n}", "In {year}, {name} set {n} performance targets"),
  setNoYear: text("{name}本年设定部门整体绩效指标{n}", "{name} set {n} performance targets for the year"),
  ofWhich: text("其中", "of which "),
  kind: text("{kind}指标{n}", "{n} {kind}"),
  key: text("重点工作{n}：{names}", "{n} key tasks: {names}"),
  unnamed: text("本单位", "the department"),
};

const KINDS: { group: string; name: ReturnType<typeof text> }[] = [
  { group: "output", name: text("产出", "output") },
  { group: "benefit", name: text("效益", "benefit") },
  { group: "satisfaction", name: text("满意度", "satisfaction") },
];

function count(ctx: ReportContext, rows: TargetRow[]): Piece {
  return ctx.count(
    new Decimal(rows.length),
    rows.map((r) => r.nameCell),
    WORDS.item,
  );
}

export function goalsParagraph(ctx: ReportContext): Piece[] {
  const rows = ctx.model.targets ?? [];
  if (rows.length === 0) return [];
  const { year } = ctx.model.info;
  const name = subjectName(ctx, T.unnamed);
  const head = year
    ? ctx.s(T.set, { year: fig(String(year.value), [year.cell]), name, n: count(ctx, rows) })
    : ctx.s(T.setNoYear, { name, n: count(ctx, rows) });
  const kinds = KINDS.flatMap((k) => {
    const mine = rows.filter((r) => targetCategory(r.category).group === k.group);
    return mine.length > 0 ? [ctx.s(T.kind, { kind: ctx.t(k.name), n: count(ctx, mine) })] : [];
  });
  const clauses = [head];
  if (kinds.length > 0) clauses.push([ctx.t(T.ofWhich), ...joinPieces(kinds, enumerationComma(ctx.lang))]);
  const first = sentence(ctx, clauses);
  const key = rows.filter((r) => r.isKey === true);
  if (key.length === 0) return first;
  const second = sentence(ctx, [
    ctx.s(T.key, { n: count(ctx, key), names: key.map((r) => r.name).join(enumerationComma(ctx.lang)) }),
  ]);
  return ctx.lang === "zh-CN" ? [...first, ...second] : [...first, " ", ...second];
}
