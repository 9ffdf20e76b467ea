namespace Gongkai.Core.Text;

public enum DiffOp
{
    Same = 0,
    Added = 1,
    Removed = 2,
}

public sealed record DiffLine(DiffOp Op, string Text);

/// <summary>A line diff (longest common subsequence) for comparing versions of an item; documents are short enough for O(n·m).</summary>
public static class TextDiff
{
    public const int MaxLines = 5000;

    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            // Too long to align line by line: show it as replaced rather than spend seconds.
            return [.. a.Select(l => new DiffLine(DiffOp.Removed, l)), .. b.Select(l => new DiffLine(DiffOp.Added, l))];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffOp.Same, a[x]));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add(new DiffLine(DiffOp.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffLine(DiffOp.Added, b[y++]));
            }
        }

        result.AddRange(a[x..].Select(l => new DiffLine(DiffOp.Removed, l)));
        result.AddRange(b[y..].Select(l => new DiffLine(DiffOp.Added, l)));
        return result;
    }

    private static string[] Split(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
