namespace Gongkai.Core.Reports;

/// <summary>
/// Tables 二, 三, 四 of the 2021 format (国办公开办函〔2021〕30号) and the 2019 format (国办公开办函〔2019〕60号),
/// which share table 三 (but for （六）'s sub-rows) and table 四 entirely.
/// </summary>
internal static class StandardTables
{
    private const string Section2 = "二、主动公开政府信息情况";
    private const string LegalPerson = "法人或其他组织";

    public static readonly string[] Table3Columns =
    [
        "自然人",
        Path(LegalPerson, "商业企业"),
        Path(LegalPerson, "科研机构"),
        Path(LegalPerson, "社会公益组织"),
        Path(LegalPerson, "法律服务机构"),
        Path(LegalPerson, "其他"),
        "总计",
    ];

    public const int Table3Total = 6;

    private static readonly string[] ResultColumns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    public static readonly string[] Table4Columns =
    [
        .. ResultColumns.Select(c => Path("行政复议", c)),
        .. ResultColumns.Select(c => Path("行政诉讼", "未经复议直接起诉", c)),
        .. ResultColumns.Select(c => Path("行政诉讼", "复议后起诉", c)),
    ];

    /// <summary>Table 四's column groups: the first column of each, the 总计 column 4 further on.</summary>
    public static readonly int[] Table4Groups = [0, 5, 10];

    public static string Path(params string[] parts) => string.Join(ReportKeys.ColumnGroupSeparator, parts);

    // ---- 表二 -------------------------------------------------------------------------------------------------

    public static IEnumerable<ReportTable> Table2(ReportFormat format, ReportFacts facts, ManualFigures manual) =>
        format == ReportFormat.Format2021 ? Table2For2021(facts, manual) : Table2For2019(facts, manual);

    private static IEnumerable<ReportTable> Table2For2021(ReportFacts facts, ManualFigures manual)
    {
        var period = facts.Period;
        // 第二十条第（一）项: 本年制发件数 = published in the period; 本年废止件数 = 废止 (Repealed, not merely 失效) within
        // the period; 现行有效件数 = public and in force on the last day.
        var t21 = new TableBuilder(["本年制发件数", "本年废止件数", "现行有效件数"], manual);
        foreach (var item in facts.Items)
        {
            if (DocumentRow(item) is not { } row)
            {
                continue;
            }

            if (FactRules.PublishedIn(item, period))
            {
                t21.Count(row, 0, item.Id);
            }

            if (item.Validity == Catalog.Validity.Repealed && item.EndedOn is { } ended && period.Contains(ended))
            {
                t21.Count(row, 1, item.Id);
            }

            if (FactRules.PublicOn(item, period.To) && FactRules.InForceOn(item, period.To))
            {
                t21.Count(row, 2, item.Id);
            }
        }

        yield return t21.Build(ReportKeys.Table2Item1, Section2 + "：第二十条第（一）项",
        [
            new("t2.1.regulations", "规章", 0, RowKind.Counted),
            new("t2.1.normative", "行政规范性文件", 0, RowKind.Counted),
        ]);

        yield return new TableBuilder(["本年处理决定数量"], manual).Build(ReportKeys.Table2Item5, Section2 + "：第二十条第（五）项",
        [
            new("t2.5.license", "行政许可", 0, RowKind.Manual, ManualKeys: ["license.decisions"]),
        ]);

        yield return new TableBuilder(["本年处理决定数量"], manual).Build(ReportKeys.Table2Item6, Section2 + "：第二十条第（六）项",
        [
            new("t2.6.penalty", "行政处罚", 0, RowKind.Manual, ManualKeys: ["penalty.decisions"]),
            new("t2.6.coercion", "行政强制", 0, RowKind.Manual, ManualKeys: ["coercion.decisions"]),
        ]);

        yield return new TableBuilder(["本年收费金额（单位：万元）"], manual).Build(ReportKeys.Table2Item8, Section2 + "：第二十条第（八）项",
        [
            new("t2.8.adminFees", "行政事业性收费", 0, RowKind.Manual, ManualKeys: ["adminFees.amount"]),
        ]);
    }

    private static IEnumerable<ReportTable> Table2For2019(ReportFacts facts, ManualFigures manual)
    {
        var period = facts.Period;
        // 第二十条第（一）项 (2019): 本年新制作数量 = 成文 within the period (published or not); 本年新公开数量 = published
        // within it; 对外公开总数量 = everything public on the last day, whatever its validity.
        var t21 = new TableBuilder(["本年新制作数量", "本年新公开数量", "对外公开总数量"], manual);
        foreach (var item in facts.Items)
        {
            if (DocumentRow(item) is not { } row)
            {
                continue;
            }

            if (FactRules.MadeIn(item, period))
            {
                t21.Count(row, 0, item.Id);
            }

            if (FactRules.PublishedIn(item, period))
            {
                t21.Count(row, 1, item.Id);
            }

            if (FactRules.PublicOn(item, period.To))
            {
                t21.Count(row, 2, item.Id);
            }
        }

        yield return t21.Build(ReportKeys.Table2Item1, Section2 + "：第二十条第（一）项",
        [
            new("t2.1.regulations", "规章", 0, RowKind.Counted),
            new("t2.1.normative", "规范性文件", 0, RowKind.Counted),
        ]);

        string[] itemColumns = ["上一年项目数量", "本年增/减", "处理决定数量"];
        yield return new TableBuilder(itemColumns, manual).Build(ReportKeys.Table2Item5, Section2 + "：第二十条第（五）项",
        [
            ManualItems("t2.5.license", "行政许可", "license"),
            ManualItems("t2.5.otherServices", "其他对外管理服务事项", "otherServices"),
        ]);

        yield return new TableBuilder(itemColumns, manual).Build(ReportKeys.Table2Item6, Section2 + "：第二十条第（六）项",
        [
            ManualItems("t2.6.penalty", "行政处罚", "penalty"),
            ManualItems("t2.6.coercion", "行政强制", "coercion"),
        ]);

        yield return new TableBuilder(["上一年项目数量", "本年增/减"], manual).Build(ReportKeys.Table2Item8, Section2 + "：第二十条第（八）项",
        [
            new("t2.8.adminFees", "行政事业性收费", 0, RowKind.Manual, ManualKeys: ["adminFees.previousItems", "adminFees.change"]),
        ]);

        yield return new TableBuilder(["采购项目数量", "采购总金额"], manual).Build(ReportKeys.Table2Item9, Section2 + "：第二十条第（九）项",
        [
            new("t2.9.procurement", "政府集中采购", 0, RowKind.Manual, ManualKeys: ["procurement.projects", "procurement.amount"]),
        ]);
    }

    private static RowSpec ManualItems(string key, string label, string prefix) =>
        new(key, label, 0, RowKind.Manual, ManualKeys: [prefix + ".previousItems", prefix + ".change", prefix + ".decisions"]);

    private static string? DocumentRow(ItemFact item) => FactRules.Kind(item) switch
    {
        DocumentKind.Regulation => "t2.1.regulations",
        DocumentKind.Normative => "t2.1.normative",
        _ => null,
    };

    // ---- 表三 -------------------------------------------------------------------------------------------------

    public static IReadOnlyList<RowSpec> Table3Rows(ReportFormat format)
    {
        const string rule = "t3.parentSums";
        List<RowSpec> rows =
        [
            new(ReportKeys.Received, "一、本年新收政府信息公开申请数量", 0, RowKind.Counted),
            new(ReportKeys.CarriedIn, "二、上年结转政府信息公开申请数量", 0, RowKind.Counted),
            new("t3.results", "三、本年度办理结果", 0, RowKind.Heading),
            new("t3.results.disclosed", "（一）予以公开", 1, RowKind.Counted),
            new("t3.results.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, RowKind.Counted),
            .. Parent("t3.results.withheld", "（三）不予公开", rule,
                ("stateSecret", "1.属于国家秘密"),
                ("otherLaw", "2.其他法律行政法规禁止公开"),
                ("securityStability", "3.危及“三安全一稳定”"),
                ("thirdParty", "4.保护第三方合法权益"),
                ("internalAffairs", "5.属于三类内部事务信息"),
                ("process", "6.属于四类过程性信息"),
                ("enforcementFile", "7.属于行政执法案卷"),
                ("queryMatter", "8.属于行政查询事项")),
            .. Parent("t3.results.unavailable", "（四）无法提供", rule,
                ("notHeld", "1.本机关不掌握相关政府信息"),
                ("wouldNeedCreating", "2.没有现成信息需要另行制作"),
                ("stillUnclear", "3.补正后申请内容仍不明确")),
            .. Parent("t3.results.notProcessed", "（五）不予处理", rule,
                ("petition", "1.信访举报投诉类申请"),
                ("repeat", "2.重复申请"),
                ("publication", "3.要求提供公开出版物"),
                ("massRepeated", "4.无正当理由大量反复申请"),
                ("reconfirm", "5.要求行政机关确认或重新出具已获取信息")),
        ];

        // 〔2021〕30号 split （六）其他处理 into three; 〔2019〕60号 had it as one row.
        if (format == ReportFormat.Format2021)
        {
            rows.AddRange(Parent("t3.results.other", "（六）其他处理", rule,
                ("noCorrection", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
                ("feeUnpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
                ("misc", "3.其他")));
        }
        else
        {
            rows.Add(new(OutcomeMappings.Format2019OtherRow, "（六）其他处理", 1, RowKind.Counted));
        }

        rows.Add(new(ReportKeys.ResultsTotal, "（七）总计", 1, RowKind.Sum,
            ["t3.results.disclosed", "t3.results.partial", "t3.results.withheld", "t3.results.unavailable", "t3.results.notProcessed", "t3.results.other"],
            CheckRule: rule));
        rows.Add(new(ReportKeys.CarriedOut, "四、结转下年度继续办理", 0, RowKind.Counted));
        return rows;
    }

    private static RowSpec[] Parent(string key, string label, string rule, params (string Key, string Label)[] children)
    {
        var specs = new RowSpec[children.Length + 1];
        specs[0] = new RowSpec(key, label, 1, RowKind.Sum, children.Select(c => key + "." + c.Key).ToArray(), CheckRule: rule);
        for (var i = 0; i < children.Length; i++)
        {
            specs[i + 1] = new RowSpec(key + "." + children[i].Key, children[i].Label, 2, RowKind.Counted);
        }

        return specs;
    }

    public static ReportTable Table3(ReportFormat format, IReadOnlyList<ClassifiedRequest> requests, ManualFigures manual)
    {
        var rowOf = format == ReportFormat.Format2021 ? OutcomeMappings.Format2021Rows : OutcomeMappings.Format2019Rows;
        var withdrawnRow = format == ReportFormat.Format2021 ? OutcomeMappings.Format2021WithdrawnRow : OutcomeMappings.Format2019OtherRow;
        var t3 = new TableBuilder(Table3Columns, manual);
        foreach (var c in requests)
        {
            var column = FactRules.ApplicantColumn(c.Fact.ApplicantType);
            var id = c.Fact.Id;
            void Count(string row)
            {
                t3.Count(row, column, id);
                t3.Count(row, Table3Total, id);
            }

            if (c.Received)
            {
                Count(ReportKeys.Received);
            }

            if (c.CarriedIn)
            {
                Count(ReportKeys.CarriedIn);
            }

            if (c.Placement == Placement.Result)
            {
                Count(c.ByWithdrawal ? withdrawnRow : rowOf[c.Fact.Outcome!.Value]);
            }
            else if (c.Placement == Placement.CarriedOut)
            {
                Count(ReportKeys.CarriedOut);
            }
        }

        return t3.Build(ReportKeys.Table3, "三、收到和处理政府信息公开申请情况", Table3Rows(format));
    }

    // ---- 表四 -------------------------------------------------------------------------------------------------

    public static ReportTable Table4(ReportFacts facts, ManualFigures manual)
    {
        var t4 = new TableBuilder(Table4Columns, manual);
        foreach (var r in facts.Remedies)
        {
            var group = r.Kind switch
            {
                RemedyKind.Reconsideration => 0,
                RemedyKind.LitigationDirect => 5,
                RemedyKind.LitigationAfterReconsideration => 10,
                _ => -1, // 举报投诉 is not in table 四.
            };
            if (group < 0 || FactRules.RemedyColumn(r, facts.Period) is not { } result)
            {
                continue;
            }

            var offset = result switch
            {
                RemedyResult.Maintained => 0,
                RemedyResult.Corrected => 1,
                RemedyResult.Other => 2,
                _ => 3,
            };
            t4.Count("t4.cases", group + offset, r.Id);
            t4.Count("t4.cases", group + 4, r.Id);
        }

        // The official table has no row label: one row of figures under the two-level header.
        return t4.Build(ReportKeys.Table4, "四、政府信息公开行政复议、行政诉讼情况",
        [
            new("t4.cases", "案件数", 0, RowKind.Counted),
        ]);
    }

    // ---- 派生数据 ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Figures the narrative quotes but no table holds: 信息处理费 (六、其他需要报告的事项, 〔2021〕30号 asks for the
    /// amount charged) and late answers (五、存在的主要问题). Fees count for the period in which the request was
    /// decided (the fee is paid before the information is delivered). The legacy format adds the channel sum.
    /// </summary>
    public static ReportTable Derived(IReadOnlyList<ClassifiedRequest> requests, ManualFigures manual, IEnumerable<RowSpec> extraRows, Action<TableBuilder>? fillExtra)
    {
        var d = new TableBuilder(["数值"], manual);
        var fees = 0m;
        foreach (var c in requests)
        {
            if (!c.Decided)
            {
                continue;
            }

            if (c.Fact.FeeCharged != 0)
            {
                fees += c.Fact.FeeCharged;
                d.Count("derived.processingFees", 0, c.Fact.Id);
                d.Count("derived.processingFeeRequests", 0, c.Fact.Id);
            }

            if (c.Fact.AnsweredLate)
            {
                d.Count("derived.answeredLate", 0, c.Fact.Id);
            }
        }

        d.SetAmount("derived.processingFees", 0, fees);
        fillExtra?.Invoke(d);
        return d.Build(ReportKeys.Derived, "附：派生数据（供正文引用，不属于统计表）",
        [
            new("derived.processingFees", "本年收取信息处理费金额", 0, RowKind.Counted, Unit: "元"),
            new("derived.processingFeeRequests", "收取信息处理费的申请件数", 0, RowKind.Counted, Unit: "件"),
            new("derived.answeredLate", "逾期答复的申请件数", 0, RowKind.Counted, Unit: "件"),
            .. extraRows,
        ]);
    }
}
