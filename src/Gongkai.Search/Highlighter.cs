using System.Text;

namespace Gongkai.Search;

/// <summary>
/// Marks query terms in original text. Lucene's Highlighter is not on the package mirror, and it would work on
/// the normalised token offsets anyway; here matches are found in <see cref="ChineseAnalysis.NormalizeAligned"/>
/// text and drawn on the original through its position map, so a Traditional title stays Traditional with the
/// Simplified query's words marked.
/// </summary>
internal static class Highlighter
{
    public const int SnippetLength = 120;

    // Attachment text can be megabytes; a snippet is looked for in its first part only.
    private const int MaxScannedLength = 100_000;

    /// <summary>The whole text, HTML-encoded, with every match in &lt;mark&gt;.</summary>
    public static string Highlight(string text, IReadOnlyList<HighlightTerm> terms)
    {
        var matches = FindMatches(text, terms);
        return Render(text, 0, text.Length, matches);
    }

    /// <summary>
    /// About <see cref="SnippetLength"/> characters centred on the densest cluster of matches in the first source
    /// that has any; the start of the first non-empty source when none has.
    /// </summary>
    public static string Snippet(IEnumerable<string> sources, IReadOnlyList<HighlightTerm> terms)
    {
        string? fallback = null;
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source))
            {
                continue;
            }

            fallback ??= source;
            var text = source.Length > MaxScannedLength ? source[..MaxScannedLength] : source;
            var matches = FindMatches(text, terms);
            if (matches.Count > 0)
            {
                return Window(text, matches);
            }
        }

        if (fallback is null)
        {
            return string.Empty;
        }

        var end = ClampToRune(fallback, Math.Min(fallback.Length, SnippetLength));
        return Render(fallback, 0, end, []) + (end < fallback.Length ? "…" : string.Empty);
    }

    /// <summary>Matches as merged, sorted [Start, End) ranges of the original text.</summary>
    internal static List<(int Start, int End)> FindMatches(string text, IReadOnlyList<HighlightTerm> terms)
    {
        var found = new List<(int Start, int End)>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return found;
        }

        var normalized = ChineseAnalysis.NormalizeAligned(text, out var source);
        foreach (var term in terms)
        {
            if (term.Text.Length == 0)
            {
                continue;
            }

            var from = 0;
            while (from < normalized.Length)
            {
                var at = normalized.IndexOf(term.Text, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = at + term.Text.Length;
                if (!term.WholeWord || (!IsWordChar(normalized, at - 1) && !IsWordChar(normalized, end)))
                {
                    // Map back: the original span runs from the first to the last source character, so a pinyin
                    // annotation removed in between ends up inside the mark, which is harmless.
                    found.Add((source[at], source[end - 1] + 1));
                }

                from = at + 1;
            }
        }

        found.Sort();
        var merged = new List<(int Start, int End)>(found.Count);
        foreach (var range in found)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAsciiLetterOrDigit(text[index]);

    private static string Window(string text, List<(int Start, int End)> matches)
    {
        if (text.Length <= SnippetLength)
        {
            return Render(text, 0, text.Length, matches);
        }

        // Densest cluster: the window of SnippetLength starting at some match that covers the most matched characters.
        var bestFirst = 0;
        var bestLast = 0;
        var bestCovered = -1;
        for (var i = 0; i < matches.Count; i++)
        {
            var covered = 0;
            var last = i;
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= SnippetLength; j++)
            {
                covered += matches[j].End - matches[j].Start;
                last = j;
            }

            if (covered > bestCovered)
            {
                (bestCovered, bestFirst, bestLast) = (covered, i, last);
            }
        }

        var centre = (matches[bestFirst].Start + matches[bestLast].End) / 2;
        var start = Math.Clamp(centre - (SnippetLength / 2), 0, text.Length - SnippetLength);
        start = ClampToRune(text, start);
        var end = ClampToRune(text, Math.Min(text.Length, start + SnippetLength));
        var clipped = matches
            .Where(m => m.End > start && m.Start < end)
            .Select(m => (Math.Max(m.Start, start), Math.Min(m.End, end)))
            .ToList();
        return (start > 0 ? "…" : string.Empty) + Render(text, start, end, clipped) + (end < text.Length ? "…" : string.Empty);
    }

    // Never cut a surrogate pair in half.
    private static int ClampToRune(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    /// <summary>HTML-encodes text[start..end) with whitespace runs collapsed, wrapping the ranges in &lt;mark&gt;.</summary>
    private static string Render(string text, int start, int end, List<(int Start, int End)> marks)
    {
        var builder = new StringBuilder((end - start) + (marks.Count * 13) + 16);
        var next = 0;
        while (next < marks.Count && marks[next].End <= start)
        {
            next++;
        }

        var inMark = false;
        var lastWasSpace = false;
        for (var i = start; i < end; i++)
        {
            if (!inMark && next < marks.Count && i == marks[next].Start)
            {
                builder.Append("<mark>");
                inMark = true;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
                AppendEncoded(builder, c);
            }

            if (inMark && i + 1 == marks[next].End)
            {
                builder.Append("</mark>");
                inMark = false;
                next++;
            }
        }

        if (inMark)
        {
            builder.Append("</mark>");
        }

        return builder.ToString();
    }

    // Only the five characters that matter in HTML text and attributes; Chinese stays readable UTF-8 (rule 7).
    private static void AppendEncoded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '&':
                builder.Append("&amp;");
                break;
            case '<':
                builder.Append("&lt;");
                break;
            case '>':
                builder.Append("&gt;");
                break;
            case '"':
                builder.Append("&quot;");
                break;
            case '\'':
                builder.Append("&#39;");
                break;
            default:
                builder.Append(c);
                break;
        }
    }
}
