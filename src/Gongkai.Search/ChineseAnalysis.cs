using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Text;

namespace Gongkai.Search;

/// <summary>
/// The one text normalisation shared by indexing, querying and highlighting (CONVENTIONS rule 7): Traditional →
/// Simplified (OpenCC <c>t2s</c>), width fold, lowercase, inline pinyin annotations removed.
/// </summary>
public static partial class ChineseAnalysis
{
    // Some notices print the reading of a rare character inline: "鄉(xiāng)", "乡（xiāng）". The annotation is not
    // part of the text, and left in it would split the Han run and break every bigram across it. A run only counts
    // as pinyin when it carries a tone mark (checked in code), so "世界卫生组织(WHO)" keeps its acronym.
    [GeneratedRegex(
        @"(?<=[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\uD840-\uD87F][\uDC00-\uDFFF])[(（][ ]?[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ\u0300\u0301\u0304\u030C' ]{1,40}[)）]",
        RegexOptions.CultureInvariant)]
    private static partial Regex PinyinAnnotation();

    private const string ToneMarks = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ\u0300\u0301\u0304\u030C";

    /// <summary>
    /// Normalises text for search: Traditional → Simplified through <see cref="ChineseScript.ToSimplified"/>,
    /// full-width ASCII → ASCII and ideographic space → space, lowercase, and inline pinyin annotations such as
    /// <c>鄉(xiāng)</c> or <c>乡（xiāng）</c> removed. Applied to documents when indexing and to queries, so both sides
    /// always meet in the same form.
    /// </summary>
    /// <param name="text">Any text; HTML should be reduced to plain text first.</param>
    /// <returns>The normalised text (possibly shorter than the input).</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ChineseScript.Shared.ToSimplified(Fold(text, sourceIndex: null));
    }

    /// <summary>
    /// Like <see cref="Normalize"/>, but the result has exactly one source position per UTF-16 unit, so matches
    /// found in it can be drawn on the original text. OpenCC phrases may change length (rare); then the result
    /// is converted code point by code point instead, which keeps the alignment at the cost of those phrases.
    /// </summary>
    internal static string NormalizeAligned(string text, out int[] sourceIndex)
    {
        var map = new List<int>(text.Length);
        var folded = Fold(text, map);
        sourceIndex = [.. map];
        var simplified = ChineseScript.Shared.ToSimplified(folded);
        if (simplified.Length == folded.Length)
        {
            return simplified;
        }

        var aligned = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            var original = rune.ToString();
            var converted = ChineseScript.Shared.ToSimplified(original);
            aligned.Append(converted.Length == original.Length ? converted : original);
        }

        return aligned.ToString();
    }

    /// <summary>
    /// The exact-match form of a 文号 or 索引号: <see cref="Normalize"/>, then the many bracket styles of a 文号
    /// (〔〕 is correct per GB/T 9704, but [] 【】 () are common in practice) unified to [], dashes unified to
    /// '-', and whitespace and quotes removed.
    /// </summary>
    internal static string NormalizeKeyword(string text)
    {
        var normalized = Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '〔' or '【' or '〖' or '﹝' or '(' or '[' or '{':
                    builder.Append('[');
                    break;
                case '〕' or '】' or '〗' or '﹞' or ')' or ']' or '}':
                    builder.Append(']');
                    break;
                case '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' or '﹣':
                    builder.Append('-');
                    break;
                case '"' or '“' or '”' or '「' or '」' or '『' or '』' or '\'' or '‘' or '’':
                    break;
                default:
                    if (!char.IsWhiteSpace(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The character-level steps (pinyin strip, width fold, lowercase), optionally recording source positions.</summary>
    private static string Fold(string text, List<int>? sourceIndex)
    {
        var skip = FindPinyinAnnotations(text);
        Span<char> buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var nextSkip = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (nextSkip < skip.Count && i == skip[nextSkip].Start)
            {
                i += skip[nextSkip].Length - 1;
                nextSkip++;
                continue;
            }

            buffer[length++] = FoldChar(text[i]);
            sourceIndex?.Add(i);
        }

        var span = buffer[..length];
        return span.SequenceEqual(text) ? text : span.ToString();
    }

    private static List<(int Start, int Length)> FindPinyinAnnotations(string text)
    {
        var found = new List<(int Start, int Length)>();
        if (text.AsSpan().IndexOfAny('(', '（') < 0)
        {
            return found;
        }

        foreach (Match match in PinyinAnnotation().Matches(text))
        {
            if (match.ValueSpan.IndexOfAny(ToneMarks) >= 0)
            {
                found.Add((match.Index, match.Length));
            }
        }

        return found;
    }

    private static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            // Full-width ASCII (ＡＢＣ１２３, （）) sits at a fixed offset from ASCII; lowercase it like ASCII.
            var ascii = (char)(c - 0xFEE0);
            return ascii is >= 'A' and <= 'Z' ? (char)(ascii + 32) : ascii;
        }

        if (c == '\u3000')
        {
            return ' ';
        }

        if (c is >= '\uFF5F' and <= '\uFFEF' or >= '\u2460' and <= '\u24FF')
        {
            // Half-width katakana, full-width signs (￥), circled digits (①): NFKC when it keeps one unit, so that
            // positions stay aligned for highlighting.
            var compat = c.ToString().Normalize(NormalizationForm.FormKC);
            if (compat.Length == 1)
            {
                c = compat[0];
            }
        }

        return char.IsUpper(c) ? char.ToLower(c, CultureInfo.InvariantCulture) : c;
    }
}
