import { text, type Localized } from "../i18n";

/**
 * 五、改进措施和建议 as data: one measure per problem family, in the register of the reports
 * departments file, and the standing measures every report lists. Editing the wording is a
 * change to this table only.
 */

export const MEASURES: Record<string, Localized> = {
  "IND-EXEC": text(
    "加强预算执行管理，建立预算执行进度定期通报机制，对执行进度滞后的资金及时分析原因、督促整改，提高预算执行率。",
    "Manage budget execution more closely: report progress regularly, find out why spending lags and correct it, and raise the execution rate.",
  ),
  "IND-PRJ-EXEC": text(
    "加快项目实施进度，对执行进度偏慢的项目逐一分析原因、督促推进，确保项目资金及时支出、尽早发挥效益。",
    "Speed up project implementation: review each slow project, push it forward, and make sure project funds are spent on time.",
  ),
  "IND-LATE": text(
    "加强与财政部门沟通，推动指标及早下达，加快项目实施和资金拨付进度，减少年终资金结余。",
    "Work with the finance bureau to have budget indicators released early, and speed up project implementation and payments to reduce year-end balances.",
  ),
  "IND-CARRY": text(
    "及时清理盘活存量资金，对结转结余资金按规定统筹使用，提高财政资金使用效益。",
    "Clear and revitalise idle funds promptly, use carried-over balances as the rules allow, and make public money work harder.",
  ),
  "IND-ADJ": text(
    "提高年初预算编制的准确性，将可预见的支出全部纳入年初预算，严格控制年中预算追加和调整。",
    "Make the initial budget more accurate: include every foreseeable expense in it and strictly limit mid-year additions and adjustments.",
  ),
  "IND-PUBLIC": text(
    "严格控制公用经费支出，厉行勤俭节约，确保公用经费支出控制在预算以内。",
    "Keep operating costs under strict control and within budget, practising thrift.",
  ),
  "IND-3G-OVER": text(
    "严格执行“三公”经费预算，坚决杜绝超预算、无预算安排“三公”经费支出。",
    "Keep three-public spending strictly within its budget; no spending beyond or outside the budget.",
  ),
  "IND-3G-UP": text(
    "严格落实中央八项规定精神，从严控制“三公”经费，进一步压缩“三公”经费支出。",
    "Apply the central eight-point rules strictly and cut three-public spending further.",
  ),
  "IND-STAFF": text(
    "严格执行机构编制管理规定，合理控制在职人员规模，确保实有人数控制在编制以内。",
    "Follow the staffing rules strictly and keep the number of staff in post within the approved quota.",
  ),
  "IND-TARGET": text(
    "加强绩效目标管理和绩效运行监控，对未完成的绩效目标分析原因、及时纠偏，确保绩效目标如期实现。",
    "Strengthen target management and in-year performance monitoring; analyse missed targets and correct course so targets are met on time.",
  ),
  ERRORS: text(
    "加强决算编报审核，逐项核对表内表间勾稽关系，确保决算数据真实、准确、完整。",
    "Review the final accounts before submission, reconcile every table within and across sheets, and make sure the figures are true, accurate and complete.",
  ),
};

/** Measures a department always lists (the seed's 细化预算编制 and 预算执行监控). */
export const STANDING_MEASURES: Localized[] = [
  text(
    "细化预算编制：依照预算编制制度，以年度重点工作和项目规划为依据测算每一项支出，使预算更科学、更合理、更准确。",
    "Prepare the budget in more detail, following the budgeting rules and the year's work plan, so that it is sound, reasonable and accurate.",
  ),
  text(
    "加强预算执行监控，定期开展预算执行和财务分析，及时通报预算执行情况，做好部门整体支出绩效自评工作。",
    "Monitor budget execution: analyse execution and finances regularly, report on progress promptly, and carry out the department-wide performance self-evaluation well.",
  ),
];

/** 六、评价结果应用: how the department uses the result, as departments' reports state it. */
export const RESULT_USES: Localized[] = [
  text(
    "将本次自评结果作为以后年度部门预算编制和资金安排的重要依据，对执行进度慢、绩效不高的支出相应调整。",
    "Use this self-evaluation as a basis for future budgets and allocations, and adjust spending that is slow or performs poorly.",
  ),
  text(
    "针对自评发现的问题逐项制定整改措施，明确责任和时限，整改情况纳入下一年度绩效自评。",
    "Set a correction for each problem found, with who is responsible and by when, and review it in next year's self-evaluation.",
  ),
  text(
    "按照预决算信息公开的要求，将绩效自评结果随部门决算一并公开，接受社会监督。",
    "Publish the self-evaluation with the final accounts, as the disclosure rules require.",
  ),
];
