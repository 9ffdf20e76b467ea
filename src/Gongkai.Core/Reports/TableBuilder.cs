namespace Gongkai.Core.Reports;

/// <summary>How a row gets its cells.</summary>
internal enum RowKind
{
    /// <summary>A heading that carries no figures (e.g. 三、本年度办理结果, 一、主动公开情况).</summary>
    Heading,

    /// <summary>Counted from records by the format's builder (value = number of ids, unless an amount was set).</summary>
    Counted,

    /// <summary>The sum of <see cref="RowSpec.Children"/>, cell by cell.</summary>
    Sum,

    /// <summary>Entered by the admin: one manual key per column (<see cref="RowSpec.ManualKeys"/>).</summary>
    Manual,
}

/// <summary>A row's definition: the official label and where its figures come from.</summary>
/// <param name="Key">Row key (<see cref="ReportKeys"/>).</param>
/// <param name="Label">Official label.</param>
/// <param name="Level">Indentation level.</param>
/// <param name="Kind">Where the cells come from.</param>
/// <param name="Children">Sub-rows: summed for <see cref="RowKind.Sum"/>; for a counted row, the rows the checks
/// compare it with (<see cref="CheckRule"/>).</param>
/// <param name="Unit">Per-row unit (legacy table).</param>
/// <param name="ManualKeys">Manual figure key per column.</param>
/// <param name="CheckRule">The rule under which "this row = the sum of its children" is checked.</param>
internal sealed record RowSpec(
    string Key,
    string Label,
    int Level,
    RowKind Kind,
    string[]? Children = null,
    string? Unit = null,
    string[]? ManualKeys = null,
    string? CheckRule = null);

/// <summary>Collects drill-down ids (and, for money rows, amounts) per row and column, then builds the table.</summary>
internal sealed class TableBuilder(IReadOnlyList<string> columns, ManualFigures manual)
{
    private readonly Dictionary<string, List<int>[]> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal[]> amounts = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Columns => columns;

    /// <summary>Counts record <paramref name="id"/> in a cell.</summary>
    public void Count(string row, int column, int id) => Cell(row)[column].Add(id);

    /// <summary>Sets a money cell's value (its ids still come from <see cref="Count"/>).</summary>
    public void SetAmount(string row, int column, decimal value)
    {
        if (!amounts.TryGetValue(row, out var values))
        {
            values = new decimal[columns.Count];
            amounts[row] = values;
        }

        values[column] = value;
    }

    public ReportTable Build(string key, string title, IReadOnlyList<RowSpec> specs)
    {
        var built = new Dictionary<string, ReportRow>(StringComparer.Ordinal);
        var rows = new List<ReportRow>(specs.Count);
        var byKey = specs.ToDictionary(s => s.Key, StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            rows.Add(BuildRow(spec, byKey, built));
        }

        return new ReportTable(key, title, columns, rows);
    }

    private ReportRow BuildRow(RowSpec spec, Dictionary<string, RowSpec> byKey, Dictionary<string, ReportRow> built)
    {
        if (built.TryGetValue(spec.Key, out var done))
        {
            return done;
        }

        IReadOnlyList<ReportCell> cells = spec.Kind switch
        {
            RowKind.Heading => [],
            RowKind.Counted => CountedCells(spec.Key),
            RowKind.Manual => ManualCells(spec),
            RowKind.Sum => SumCells(spec.Children!.Select(c => BuildRow(byKey[c], byKey, built)).ToList()),
            _ => throw new InvalidOperationException(spec.Kind.ToString()),
        };
        var row = new ReportRow(spec.Key, spec.Label, spec.Level, cells, spec.Unit);
        built[spec.Key] = row;
        return row;
    }

    private List<int>[] Cell(string row)
    {
        if (!ids.TryGetValue(row, out var lists))
        {
            lists = new List<int>[columns.Count];
            for (var i = 0; i < lists.Length; i++)
            {
                lists[i] = [];
            }

            ids[row] = lists;
        }

        return lists;
    }

    private ReportCell[] CountedCells(string row)
    {
        var lists = Cell(row);
        amounts.TryGetValue(row, out var values);
        var cells = new ReportCell[columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var sorted = lists[i].ToArray();
            Array.Sort(sorted);
            cells[i] = new ReportCell(columns[i], values?[i] ?? sorted.Length, CellSource.Computed, sorted, null);
        }

        return cells;
    }

    private ReportCell[] ManualCells(RowSpec spec) =>
        columns.Select((c, i) => manual.Cell(c, spec.ManualKeys![i])).ToArray();

    private ReportCell[] SumCells(List<ReportRow> children)
    {
        var cells = new ReportCell[columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var parts = children.Select(r => r.Cells[i]).ToList();
            var recordIds = parts.SelectMany(p => p.RecordIds).ToArray();
            Array.Sort(recordIds);
            var value = parts.Sum(p => p.Value);
            // A sum of figures some of which nobody entered is itself not known; a sum of manual figures keeps
            // their provenance so the reader sees who stands behind it.
            var source = parts.Any(p => p.Source == CellSource.Missing) ? CellSource.Missing
                : parts.Any(p => p.Source == CellSource.Manual) ? CellSource.Manual
                : CellSource.Computed;
            var provenance = source == CellSource.Manual
                ? "合计：" + string.Join("；", parts.Select(p => p.Provenance).OfType<string>().Distinct(StringComparer.Ordinal))
                : null;
            cells[i] = new ReportCell(columns[i], value, source, recordIds, provenance);
        }

        return cells;
    }
}

/// <summary>The admin's manual figures, latest entry per key.</summary>
internal sealed class ManualFigures
{
    private readonly Dictionary<string, ManualFigure> latest = new(StringComparer.Ordinal);

    public ManualFigures(IEnumerable<ManualFigure> figures)
    {
        foreach (var f in figures)
        {
            // Corrections are new entries: the latest one wins, and its author is the one shown.
            if (!latest.TryGetValue(f.Key, out var seen) || f.EnteredAt >= seen.EnteredAt)
            {
                latest[f.Key] = f;
            }
        }
    }

    public ReportCell Cell(string column, string key) =>
        latest.TryGetValue(key, out var f)
            ? new ReportCell(column, f.Value, CellSource.Manual, [], Provenance(f))
            : new ReportCell(column, 0m, CellSource.Missing, [], null);

    public static string Provenance(ManualFigure f) =>
        $"手工填报：{f.EnteredBy} {Calendar.ChinaTime.IsoDate(f.EnteredAt)}";
}
