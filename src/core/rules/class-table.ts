import { normalizeText } from "../normalize";

/** 2024 政府收支分类科目, 支出功能分类, 类 level (rules.md). */
export const SUBJECT_CLASSES_2024: Readonly<Record<string, string>> = {
  "201": "一般公共服务支出",
  "202": "外交支出",
  "203": "国防支出",
  "204": "公共安全支出",
  "205": "教育支出",
  "206": "科学技术支出",
  "207": "文化旅游体育与传媒支出",
  "208": "社会保障和就业支出",
  "210": "卫生健康支出",
  "211": "节能环保支出",
  "212": "城乡社区支出",
  "213": "农林水支出",
  "214": "交通运输支出",
  "215": "资源勘探工业信息等支出",
  "216": "商业服务业等支出",
  "217": "金融支出",
  "219": "援助其他地区支出",
  "220": "自然资源海洋气象等支出",
  "221": "住房保障支出",
  "222": "粮油物资储备支出",
  "224": "灾害防治及应急管理支出",
  "227": "预备费",
  "229": "其他支出",
  "230": "转移性支出",
  "231": "债务还本支出",
  "232": "债务付息支出",
  "233": "债务发行费用支出",
};

/** Half-width, no spaces or quotation marks, without the trailing 支出 (`科学技术支出` → `科学技术`). */
export function normaliseSubjectName(name: string): string {
  return normalizeText(name).replace(/支出$/, "");
}

export function subjectClassName(code: string): string | undefined {
  return SUBJECT_CLASSES_2024[code];
}
