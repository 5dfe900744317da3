import type { IssueTexts } from '../data/index.ts';

const SHAPE_ZH = { year: '年', month: '月', day: '日' } as const;
const list = (values: readonly string[]): string => values.join('、');

/** Data-file problems in Chinese; column names, file names and values stay as the file has them. */
export const ISSUE_TEXTS_ZH: IssueTexts = {
  fileTooLarge: ({ megabytes, limitMegabytes }) =>
    `文件大小为 ${megabytes} MB，超过可打开的上限 ${limitMegabytes} MB`,
  noLinksFile: () => '缺少友城关系文件：请打开一个友城关系文件（可同时打开中国城市文件和官方统计文件）',
  oneFileOfEachKind: () => '每类文件一次只能打开一个（友城关系文件，以及可选的中国城市文件和官方统计文件）',
  redirected: () => '文件被重定向到其他网站',
  httpError: ({ status }) => `文件无法加载（HTTP ${status}）`,
  loadFailed: ({ reason }) => `文件无法读取：${reason}`,
  emptyFile: () => '文件为空',
  headerWithoutRows: () => '文件只有表头，没有数据行',
  missingColumn: () => '表头缺少此必填列',
  unknownColumn: () => '未知列，已忽略',
  unclosedQuote: () => '引号括起的字段缺少结束引号',
  tooManyCells: ({ cells, columns }) => `该行有 ${cells} 个单元格，而表头只有 ${columns} 列`,
  tooFewCells: ({ cells, columns }) => `该行有 ${cells} 个单元格，而表头有 ${columns} 列：文件是否不完整？`,
  invalidJson: ({ error }) => `不是有效的 JSON：${error}`,
  jsonNotArray: () => 'JSON 数据应为由各行组成的数组',
  jsonItemNotObject: ({ item }) => `第 ${item} 项不是对象`,
  jsonCellType: ({ key }) => `“${key}”的值应为文本、数字或文本列表`,
  empty: () => '不能为空',
  emptyNotOneOf: ({ allowed }) => `不能为空，应为以下之一：${list(allowed)}`,
  notOneOf: ({ value, allowed }) => `“${value}”无效，应为以下之一：${list(allowed)}`,
  notANumber: ({ value }) => `“${value}”不是数字`,
  outOfRange: ({ value, min, max }) => `${value} 超出范围（${min} 至 ${max}）`,
  notAWholeNumber: ({ value }) => `“${value}”不是整数`,
  notAnId: ({ value }) => `“${value}”不是有效的标识（只能由小写字母、数字和单个连字符组成）`,
  notACountryCode: ({ value }) => `“${value}”不是 ISO 3166-1 两字母国家代码`,
  noWorldRegion: ({ iso2 }) => `${iso2} 未归入任何世界地区`,
  noSources: () => '至少需要一个来源',
  badSource: ({ source }) => `“${source}”既不是 http(s) 网址，也不是 seed: 引用`,
  notADate: ({ value }) => `“${value}”不是日期（格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD）`,
  noPartnerName: () => 'partner_zh 和 partner_en 均为空，请至少填写一个名称',
  noUnitName: () => 'home_unit_zh 和 home_unit_en 均为空，请填写签约单位',
  noHomeName: () => 'home_zh 和 home_en 均为空',
  precisionWithoutDate: ({ precision }) => `精度为“${precision}”，但“established”为空；请填写“unknown”`,
  precisionMismatch: ({ precision, date, shape }) =>
    `精度为“${precision}”，但 established 的值 ${date} 精确到${SHAPE_ZH[shape]}`,
  idUsed: ({ id, firstLine }) => `“${id}”已在第 ${firstLine} 行使用`,
  duplicateLink: ({ firstLine }) =>
    `重复的友城关系：中国城市、签约单位、国家和伙伴城市均与第 ${firstLine} 行相同`,
  futureDate: ({ date, today }) => `${date} 晚于今天（${today}）`,
  unknownHub: ({ hub }) => `未知的中国城市“${hub}”`,
  unknownHubWithoutHome: ({ hub }) =>
    `未知的中国城市“${hub}”：请将其加入中国城市文件，或在其中一行填写 home_zh/home_en、home_lat 和 home_lon`,
  outsideCountry: ({ lat, lon, km, country, limitKm }) =>
    `(${lat}, ${lon}) 在底图上位于 ${country} 境外 ${km} 公里（超过 ${limitKm} 公里）`,
  wrongType: ({ expected }) => `类型有误，应为 ${expected}`,
  tooShort: ({ minimum }) => `至少应有 ${minimum} 个字符`,
  tooLong: ({ maximum }) => `最多只能有 ${maximum} 个字符`,
  // Zod's own wording is all there is for an unmapped check: kept in brackets after a Chinese sentence.
  invalid: ({ text, value }) => (value === '' ? `不符合要求（${text}）` : `“${value}”不符合要求（${text}）`),
};
