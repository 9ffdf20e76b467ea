namespace Gongkai.Core.Requests;

/// <summary>
/// Near-duplicate detection for requests (重复申请, 第三十五条 and 第四十四条): Dice similarity over character bigrams of
/// the subject and description, after dropping punctuation and spaces, so reworded or re-punctuated copies still match.
/// </summary>
public static class RequestSimilarity
{
    /// <summary>At or above this, two requests are treated as asking for the same information.</summary>
    public const double SameInformation = 0.6;

    public static HashSet<string> Shingles(string text)
    {
        var chars = text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (chars.Length == 1)
        {
            set.Add(chars[0].ToString());
        }

        for (var i = 0; i + 1 < chars.Length; i++)
        {
            set.Add(new string(chars, i, 2));
        }

        return set;
    }

    public static double Score(string a, string b) => Score(Shingles(a), Shingles(b));

    public static double Score(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
