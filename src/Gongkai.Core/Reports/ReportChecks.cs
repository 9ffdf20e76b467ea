namespace Gongkai.Core.Reports;

/// <summary>
/// Consistency checks run on the finished tables (not on the counting code's intermediate state), so they catch
/// a counting bug as well as bad data. Each rule yields exactly one <see cref="CheckResult"/>, passed or not.
/// </summary>
internal static class ReportChecks
{
    public static string Fmt(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string ColumnText(ReportTable table, int column) =>
        table.Columns.Count == 1 ? "" : $"“{table.Columns[column]}”列";

    /// <summary>Every row with a <see cref="RowSpec.CheckRule"/> equals the sum of its children, column by column.</summary>
    public static IEnumerable<CheckResult> SumRules(ReportTable table, IReadOnlyList<RowSpec> specs)
    {
        foreach (var rule in specs.Where(s => s is { CheckRule: not null, Children: not null }).GroupBy(s => s.CheckRule!, StringComparer.Ordinal))
        {
            var failures = new List<string>();
            var ids = new SortedSet<int>();
            foreach (var spec in rule)
            {
                var parent = table[spec.Key];
                var children = spec.Children!.Select(k => table[k]).ToList();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var sum = children.Sum(c => c.Cells[i].Value);
                    if (parent.Cells[i].Value == sum)
                    {
                        continue;
                    }

                    failures.Add($"“{parent.Label}”{ColumnText(table, i)}为 {Fmt(parent.Cells[i].Value)}，" +
                        $"其子项（{string.Join("、", children.Select(c => c.Label))}）之和为 {Fmt(sum)}");
                    var inChildren = children.SelectMany(c => c.Cells[i].RecordIds).ToHashSet();
                    var inParent = parent.Cells[i].RecordIds.ToHashSet();
                    ids.UnionWith(inParent.Where(id => !inChildren.Contains(id)));
                    ids.UnionWith(inChildren.Where(id => !inParent.Contains(id)));
                }
            }

            yield return failures.Count == 0
                ? new CheckResult(rule.Key, true,
                    $"{table.Title}：{string.Join("、", rule.Select(s => "“" + table[s.Key].Label + "”"))}均等于其子项之和", [])
                : new CheckResult(rule.Key, false, $"{table.Title}：{string.Join("；", failures)}", [.. ids]);
        }
    }

    /// <summary>Each group's 总计 column equals the sum of the group's other columns, row by row.</summary>
    public static CheckResult ColumnTotals(string rule, ReportTable table, IReadOnlyList<(int First, int Total)> groups)
    {
        var failures = new List<string>();
        foreach (var row in table.Rows.Where(r => r.Cells.Count > 0))
        {
            foreach (var (first, total) in groups)
            {
                var sum = 0m;
                for (var i = first; i < total; i++)
                {
                    sum += row.Cells[i].Value;
                }

                if (sum != row.Cells[total].Value)
                {
                    var parts = string.Join("、", Enumerable.Range(first, total - first).Select(i => table.Columns[i]));
                    failures.Add($"“{row.Label}”行“{table.Columns[total]}”为 {Fmt(row.Cells[total].Value)}，而 {parts} 之和为 {Fmt(sum)}");
                }
            }
        }

        return failures.Count == 0
            ? new CheckResult(rule, true, $"{table.Title}：各行“总计”列均等于其分列之和", [])
            : new CheckResult(rule, false, $"{table.Title}：{string.Join("；", failures)}", []);
    }

    /// <summary>
    /// 表三 note (〔2019〕60号 and 〔2021〕30号): "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和" —
    /// 本年新收 + 上年结转 = （七）总计 + 结转下年度, in every column.
    /// </summary>
    public static CheckResult Balance(ReportTable t3, IReadOnlyList<ClassifiedRequest> requests)
    {
        var received = t3[ReportKeys.Received];
        var carriedIn = t3[ReportKeys.CarriedIn];
        var total = t3[ReportKeys.ResultsTotal];
        var carriedOut = t3[ReportKeys.CarriedOut];
        var failures = new List<string>();
        var ids = new SortedSet<int>();
        for (var i = 0; i < t3.Columns.Count; i++)
        {
            var left = received.Cells[i].Value + carriedIn.Cells[i].Value;
            var right = total.Cells[i].Value + carriedOut.Cells[i].Value;
            if (left == right)
            {
                continue;
            }

            failures.Add($"“{t3.Columns[i]}”列 {received.Label}（{Fmt(received.Cells[i].Value)}）＋{carriedIn.Label}（{Fmt(carriedIn.Cells[i].Value)}）＝{Fmt(left)}，" +
                $"而{total.Label}（{Fmt(total.Cells[i].Value)}）＋{carriedOut.Label}（{Fmt(carriedOut.Cells[i].Value)}）＝{Fmt(right)}");
            foreach (var c in requests)
            {
                if (c.Relevant && c.Placement == Placement.None
                    && (i == StandardTables.Table3Total || FactRules.ApplicantColumn(c.Fact.ApplicantType) == i))
                {
                    ids.Add(c.Fact.Id);
                }
            }
        }

        var totalColumn = StandardTables.Table3Total;
        return failures.Count == 0
            ? new CheckResult("t3.balance", true,
                $"表三勾稽关系相符：各列“{received.Label}”＋“{carriedIn.Label}”＝“{total.Label}”＋“{carriedOut.Label}”" +
                $"（总计列 {Fmt(received.Cells[totalColumn].Value)}＋{Fmt(carriedIn.Cells[totalColumn].Value)}＝{Fmt(total.Cells[totalColumn].Value)}＋{Fmt(carriedOut.Cells[totalColumn].Value)}）", [])
            : new CheckResult("t3.balance", false, "表三勾稽关系不符：" + string.Join("；", failures), [.. ids]);
    }

    /// <summary>This year's 上年结转 equals last year's 结转下年度继续办理, column by column, and the periods meet.</summary>
    public static CheckResult PreviousYear(ReportTable t3, ReportPeriod period, ReportStatistics previous)
    {
        const string rule = "t3.previousYear";
        if (previous.Period.To.AddDays(1) != period.From)
        {
            return new CheckResult(rule, false,
                $"上年报告的统计期（{previous.Period}）与本期（{period}）不衔接，无法核对“二、上年结转政府信息公开申请数量”", []);
        }

        var prevOut = previous[ReportKeys.Table3][ReportKeys.CarriedOut];
        var carriedIn = t3[ReportKeys.CarriedIn];
        var failures = new List<string>();
        var ids = new SortedSet<int>();
        foreach (var cell in carriedIn.Cells)
        {
            var before = prevOut.Cells.FirstOrDefault(c => c.Column == cell.Column);
            if (before is null)
            {
                failures.Add($"上年报告表三没有“{cell.Column}”列");
                continue;
            }

            if (before.Value == cell.Value)
            {
                continue;
            }

            failures.Add($"“{cell.Column}”列本年“{carriedIn.Label}”为 {Fmt(cell.Value)}，上年“{prevOut.Label}”为 {Fmt(before.Value)}");
            var now = cell.RecordIds.ToHashSet();
            var then = before.RecordIds.ToHashSet();
            ids.UnionWith(now.Where(id => !then.Contains(id)));
            ids.UnionWith(then.Where(id => !now.Contains(id)));
        }

        return failures.Count == 0
            ? new CheckResult(rule, true,
                $"本年“{carriedIn.Label}”各列与上年（{previous.Period}）“{prevOut.Label}”一致", [])
            : new CheckResult(rule, false, "上年结转与上年报告不一致：" + string.Join("；", failures), [.. ids]);
    }

    /// <summary>
    /// Requests received in the period or carried into it that land neither among the period's results nor among the
    /// open ones — data errors (a withdrawal flag without a date, a closing date before receipt …), named one by one.
    /// </summary>
    public static CheckResult Unplaced(ReportFormat format, IReadOnlyList<ClassifiedRequest> requests)
    {
        var problems = requests.Where(c => c.Relevant && c.Placement == Placement.None).OrderBy(c => c.Fact.Id).ToList();
        var rows = format == ReportFormat.Legacy
            ? "“（二）申请办结数”，也不是期末仍在办理的申请"
            : "“三、本年度办理结果”，也未计入“四、结转下年度继续办理”";
        return problems.Count == 0
            ? new CheckResult("requests.unplaced", true, "本期收到或上年结转的申请均已计入办理结果或仍在办理", [])
            : new CheckResult("requests.unplaced", false,
                $"以下申请本期收到或上年结转，但既未计入{rows}：" +
                string.Join("；", problems.Select(p => $"申请 #{p.Fact.Id}（{p.Problem}）")),
                [.. problems.Select(p => p.Fact.Id)]);
    }

    /// <summary>规章 and 规范性文件 public at the end of the period without a validity cannot be counted as 现行有效.</summary>
    public static CheckResult Validity(ReportFacts facts)
    {
        var missing = facts.Items
            .Where(i => FactRules.Kind(i) != DocumentKind.None && i.Validity == Catalog.Validity.NotApplicable && FactRules.PublicOn(i, facts.Period.To))
            .Select(i => i.Id)
            .Order()
            .ToArray();
        return missing.Length == 0
            ? new CheckResult("t2.validity", true, "期末公开的规章、行政规范性文件均已标注有效性", [])
            : new CheckResult("t2.validity", false,
                $"以下规章或行政规范性文件未标注有效性，未计入“现行有效件数”：{string.Join("、", missing.Select(id => "#" + id))}", missing);
    }

    /// <summary>Remedy cases of the period whose result and dates disagree (record ids are remedy ids).</summary>
    public static CheckResult Remedies(ReportFacts facts)
    {
        var problems = facts.Remedies
            .Where(r => r.Kind != Requests.RemedyKind.Complaint && FactRules.RemedyColumn(r, facts.Period) is not null)
            .Select(r => (r.Id, Problem: FactRules.RemedyProblem(r)))
            .Where(p => p.Problem is not null)
            .OrderBy(p => p.Id)
            .ToList();
        return problems.Count == 0
            ? new CheckResult("remedies.data", true, "本期行政复议、行政诉讼案件的结果与日期一致", [])
            : new CheckResult("remedies.data", false,
                "以下行政复议、行政诉讼案件结果与日期不一致（缺审结日期或结果的按尚未审结统计）：" + string.Join("；", problems.Select(p => $"案件 #{p.Id}（{p.Problem}）")),
                [.. problems.Select(p => p.Id)]);
    }
}
