using System.Globalization;

namespace Gongkai.Bench;

/// <summary>The command line: <c>[--items N] [--index-path DIR] [--only search|reports] [--queries N] [--seconds S]</c>.</summary>
internal sealed record BenchOptions(int Items, string? IndexPath, string? Only, int Queries, int Seconds)
{
    public const string Usage =
        """
        usage: dotnet run -c Release --project bench/Gongkai.Bench -- [options]
          --items N          catalog items to generate and index (default 1000000)
          --index-path DIR   build the index in DIR, which must be empty or missing, and keep it
                             (default: a temporary folder deleted at the end)
          --only WHAT        search | reports (default: both)
          --queries N        single-threaded measured queries (default 2400, at least 2000 for a p99 worth quoting)
          --seconds S        duration of each throughput run (default 10)
        """;

    public bool RunSearch => Only is null or "search";

    public bool RunReports => Only is null or "reports";

    /// <summary>The options, or null with a message on standard error.</summary>
    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, null, null, 2_400, 10);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--items" when Positive(value) is { } items:
                    options = options with { Items = items };
                    i++;
                    break;
                case "--queries" when Positive(value) is { } queries:
                    options = options with { Queries = queries };
                    i++;
                    break;
                case "--seconds" when Positive(value) is { } seconds:
                    options = options with { Seconds = seconds };
                    i++;
                    break;
                case "--index-path" when !string.IsNullOrWhiteSpace(value):
                    options = options with { IndexPath = Path.GetFullPath(value) };
                    i++;
                    break;
                case "--only" when value is "search" or "reports":
                    options = options with { Only = value };
                    i++;
                    break;
                case "-h" or "--help":
                    Console.WriteLine(Usage);
                    return null;
                default:
                    Console.Error.WriteLine($"unknown or incomplete option: {args[i]} {value}");
                    Console.Error.WriteLine(Usage);
                    return null;
            }
        }

        return options;
    }

    private static int? Positive(string? value) =>
        int.TryParse(value?.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
