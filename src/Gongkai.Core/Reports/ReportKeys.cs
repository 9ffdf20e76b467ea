namespace Gongkai.Core.Reports;

/// <summary>
/// The key scheme of tables and rows. A row key is <c>{table}.{section}.{item}…</c>: the table key, then the path of
/// the row in the official hierarchy, each step a lowerCamel English word. The 2019 and 2021 formats share a key
/// wherever the row means the same thing (table 三 is identical but for （六）'s sub-rows, so a 2021 report can
/// check its 上年结转 against a 2020 report in the 2019 format). Keys never change once published; labels may be
/// corrected. Examples: <c>t3.received</c> (一、本年新收), <c>t3.results.withheld.stateSecret</c>
/// (（三）1.属于国家秘密), <c>t3.results.total</c> (（七）总计), <c>t2.1.normative</c> (行政规范性文件),
/// <c>legacy.requests.answered.refused.privacy</c> (涉及个人隐私). The full list is in README.md next to this file.
/// </summary>
public static class ReportKeys
{
    /// <summary>Legacy 统计表: 办结 = 按时 + 延期 holds only when nothing was decided late; a late one fails this rule and is named.</summary>
    public const string LegacyClosedInTimeRule = "legacy.closedInTime";

    public const string LegacyClosedLateHint = "逾期办结（超过法定答复期限）的申请不计入“按时办结数”或“延期办结数”，请在报告中说明逾期原因";

    /// <summary>Joins grouped column headers into one column label: <c>法人或其他组织／商业企业</c>.</summary>
    public const char ColumnGroupSeparator = '／';

    /// <summary>表二 第二十条第（一）项 (规章, 规范性文件).</summary>
    public const string Table2Item1 = "t2.1";

    /// <summary>表二 第二十条第（五）项 (行政许可 …).</summary>
    public const string Table2Item5 = "t2.5";

    /// <summary>表二 第二十条第（六）项 (行政处罚, 行政强制).</summary>
    public const string Table2Item6 = "t2.6";

    /// <summary>表二 第二十条第（八）项 (行政事业性收费).</summary>
    public const string Table2Item8 = "t2.8";

    /// <summary>表二 第二十条第（九）项 (政府集中采购; 2019 format only).</summary>
    public const string Table2Item9 = "t2.9";

    /// <summary>表三 收到和处理政府信息公开申请情况.</summary>
    public const string Table3 = "t3";

    /// <summary>表四 政府信息公开行政复议、行政诉讼情况.</summary>
    public const string Table4 = "t4";

    /// <summary>政府信息公开情况统计表 (legacy).</summary>
    public const string Legacy = "legacy";

    /// <summary>Figures derived for the narrative, not part of any official table (e.g. the legacy channel sum).</summary>
    public const string Derived = "derived";

    /// <summary>表三 一、本年新收.</summary>
    public const string Received = "t3.received";

    /// <summary>表三 二、上年结转.</summary>
    public const string CarriedIn = "t3.carriedIn";

    /// <summary>表三 （七）总计.</summary>
    public const string ResultsTotal = "t3.results.total";

    /// <summary>表三 四、结转下年度继续办理.</summary>
    public const string CarriedOut = "t3.carriedOut";
}
