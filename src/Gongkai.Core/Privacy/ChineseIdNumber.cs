namespace Gongkai.Core.Privacy;

/// <summary>The 18-character 居民身份证号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public static class ChineseIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * Weights[i];
        }

        if (char.ToUpperInvariant(id[17]) != CheckChars[sum % 11])
        {
            return false;
        }

        // The birth date (positions 7-14) must be a real date.
        return int.TryParse(id.Slice(6, 4), out var y) && int.TryParse(id.Slice(10, 2), out var m) && int.TryParse(id.Slice(12, 2), out var d)
            && y >= 1900 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    /// <summary>The standard masking: first 4 and last 4 kept (3601**********1234).</summary>
    public static string Mask(string id) =>
        id.Length <= 8 ? new string('*', id.Length) : id[..4] + new string('*', id.Length - 8) + id[^4..];
}
