import type { CellRange, SnapshotSheet } from "../../../src/core/snapshot";
import { sheetFromRows } from "../../../src/core/snapshot";

/**
 * A department's public 部门决算 tables as the 决算 software prints them, pasted into a
 * workbook as they are, in 万元: 公开01表 (income and expenditure side by side), 公开03表 (科目编码
 * split over 类 | 款 | 项, 基本支出 as one column) and 公开09表 (三公 items as columns).
 *
 * The figures balance: 本年收入合计 1190.00 + 年初结转和结余 30.00 = 总计 1220.00
 * = 本年支出合计 1196.29 + 年末结转和结余 23.71; 本年支出合计 = 基本支出 696.39 + 项目支出 499.90;
 * 三公 本年决算数 4.70 = 0 + 3.20 + 1.50.
 */

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

export function basicInfoSheet(): SnapshotSheet {
  return sheetFromRows("基本情况", [
    ["单位基本情况"],
    ["单位名称：桃江县科学技术和工业信息化局"],
    ["年度:2022", null, "金额单位：万元"],
  ]);
}

export function publishedSummary(name = "公开01表"): SnapshotSheet {
  return sheetFromRows(
    name,
    [
      ["收入支出决算总表"],
      [null, null, null, null, null, "公开01表"],
      ["部门：桃江县科学技术和工业信息化局", null, null, null, null, "金额单位：万元"],
      ["收入", null, null, "支出"],
      ["项目", "行次", "金额", "项目", "行次", "金额"],
      ["栏次", null, 1, "栏次", null, 2],
      ["一、一般公共预算财政拨款收入", 1, 1100, "一、一般公共服务支出", 32, null],
      ["二、政府性基金预算财政拨款收入", 2, null, "二、外交支出", 33, null],
      ["三、国有资本经营预算财政拨款收入", 3, null, "三、国防支出", 34, null],
      ["四、上级补助收入", 4, null, "四、公共安全支出", 35, null],
      ["五、事业收入", 5, null, "五、教育支出", 36, null],
      ["六、经营收入", 6, null, "六、科学技术支出", 37, 225.21],
      ["七、附属单位上缴收入", 7, null, "七、文化旅游体育与传媒支出", 38, null],
      ["八、其他收入", 8, 90, "八、社会保障和就业支出", 39, null],
      [null, 9, null, "九、卫生健康支出", 40, 200.65],
      [null, 10, null, "十、节能环保支出", 41, null],
      [null, 11, null, "十一、农林水支出", 42, 2.04],
      [null, 12, null, "十二、资源勘探工业信息等支出", 43, 768.39],
      ["本年收入合计", 13, 1190, "本年支出合计", 44, 1196.29],
      ["使用非财政拨款结余", 14, null, "结余分配", 45, null],
      ["年初结转和结余", 15, 30, "年末结转和结余", 46, 23.71],
      ["总计", 16, 1220, "总计", 47, 1220],
      ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
    ],
    { merges: [merge(1, 1, 1, 6), merge(4, 1, 4, 3), merge(4, 4, 4, 6)] },
  );
}

export function publishedDetail(name = "公开03表"): SnapshotSheet {
  return sheetFromRows(
    name,
    [
      ["支出决算表"],
      [null, null, null, null, null, null, null, null, null, "公开03表"],
      ["部门：桃江县科学技术和工业信息化局", null, null, null, null, null, null, null, null, "金额单位：万元"],
      [
        "项目",
        null,
        null,
        null,
        "本年支出合计",
        "基本支出",
        "项目支出",
        "上缴上级支出",
        "经营支出",
        "对附属单位补助支出",
      ],
      ["科目编码", null, null, "科目名称"],
      ["类", "款", "项"],
      ["栏次", null, null, null, 1, 2, 3, 4, 5, 6],
      ["合计", null, null, null, 1196.29, 696.39, 499.9],
      // 206: the 类 and 款 merged down over their children.
      [206, null, null, "科学技术支出", 225.21, null, 225.21],
      [null, "04", null, "技术研究与开发", 225.21, null, 225.21],
      [null, null, "99", "其他技术研究与开发支出", 225.21, null, 225.21],
      // 210: the 类 and 款 left blank under the row that shows them.
      ["210", null, null, "卫生健康支出", 200.65, null, 200.65],
      [null, "04", null, "公共卫生", 200.65, null, 200.65],
      [null, null, "99", "其他公共卫生支出", 200.65, null, 200.65],
      // 213: every part repeated, 款 typed as the number 5.
      [213, null, null, "农林水支出", 2.04, null, 2.04],
      [213, 5, null, "巩固脱贫衔接乡村振兴", 2.04, null, 2.04],
      [213, 5, 99, "其他巩固脱贫衔接乡村振兴支出", 2.04, null, 2.04],
      [215, null, null, "资源勘探工业信息等支出", 768.39, 696.39, 72],
      [null, "05", null, "工业和信息产业监管", 768.39, 696.39, 72],
      [null, null, "01", "行政运行", 696.39, 696.39, null],
      [null, null, "99", "其他工业和信息产业监管支出", 72, null, 72],
      ["注：本表反映部门本年度各项支出情况。"],
    ],
    {
      merges: [
        merge(1, 1, 1, 10),
        merge(4, 1, 4, 4),
        merge(5, 1, 5, 3),
        merge(5, 4, 6, 4),
        ...[5, 6, 7, 8, 9, 10].map((col) => merge(4, col, 6, col)),
        merge(7, 1, 7, 4),
        merge(8, 1, 8, 4),
        merge(9, 1, 11, 1),
        merge(10, 2, 11, 2),
      ],
    },
  );
}

/** 公开09表 with the figures in rows 上年决算数 / 本年预算数 / 本年决算数 under the item columns. */
export function publishedThreePublic(name = "公开09表"): SnapshotSheet {
  return sheetFromRows(
    name,
    [
      ["“三公”经费支出决算表"],
      [null, null, null, null, null, null, "公开09表"],
      ["部门：桃江县科学技术和工业信息化局", null, null, null, null, null, "金额单位：万元"],
      ["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", null, null, "公务接待费"],
      [null, null, null, "小计", "公务用车购置费", "公务用车运行费"],
      ["栏次", 1, 2, 3, 4, 5, 6],
      ["上年决算数", 5.3, 0, 3.5, 0, 3.5, 1.8],
      ["本年预算数", 6, 0, 4, 0, 4, 2],
      ["本年决算数", 4.7, 0, 3.2, 0, 3.2, 1.5],
    ],
    {
      merges: [
        merge(1, 1, 1, 7),
        merge(4, 1, 5, 1),
        merge(4, 2, 5, 2),
        merge(4, 3, 5, 3),
        merge(4, 4, 4, 6),
        merge(4, 7, 5, 7),
      ],
    },
  );
}
