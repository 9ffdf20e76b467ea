using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// StandardTokenizer → CJKWidthFilter → LowerCaseFilter → CJKBigramFilter(all CJK scripts, unigrams too), behind
/// <see cref="ChineseAnalysis.Normalize"/>. One chain serves the index and the query side; the query side drops the
/// unigrams afterwards (see <see cref="TokenizeQuery"/>).
/// </summary>
internal sealed class ChineseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly bool _normalizeInput;

    /// <param name="normalizeInput">
    /// True for indexing: the field text is normalised here. False for query text that the parser has already
    /// normalised once (normalising twice is not guaranteed to be a no-op for every OpenCC phrase).
    /// </param>
    public ChineseAnalyzer(bool normalizeInput)
    {
        _normalizeInput = normalizeInput;
    }

    /// <summary>The process-wide query-side tokenizer (analyzers are thread-safe through per-thread reuse).</summary>
    internal static ChineseAnalyzer QueryTokenizer { get; } = new(normalizeInput: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);

        // outputUnigrams: every Han character is indexed on its own as well as in its two bigrams, so a one-character
        // query has something to find. Unigrams take the positions; each bigram is stacked (increment 0) on the
        // position of its first character.
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        _normalizeInput ? new StringReader(ChineseAnalysis.Normalize(reader.ReadToEnd())) : reader;

    // Attachments are a multi-valued field: keep a phrase from matching across the end of one file and the start of the next.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>
    /// Tokenises already-normalised query text the way the index saw it, then keeps only what a query should search:
    /// the bigrams of every Han run of two or more characters, and a lone Han character as its unigram. Using the
    /// index chain and dropping the covered unigrams (rather than a second chain with outputUnigrams=false) keeps
    /// the token positions identical to the index, which phrases across a Han run and a Latin word rely on: a
    /// unigram-free chain would give "桥梁ab" the positions 0,1 where the index has 0,2.
    /// </summary>
    internal static List<QueryToken> TokenizeQuery(string normalized)
    {
        var all = new List<QueryToken>();
        using (var stream = QueryTokenizer.GetTokenStream("q", normalized))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                var kind = type.Type switch
                {
                    CJKBigramFilter.DOUBLE_TYPE => QueryTokenKind.Bigram,
                    CJKBigramFilter.SINGLE_TYPE => QueryTokenKind.Unigram,
                    _ => QueryTokenKind.Word,
                };
                all.Add(new QueryToken(term.ToString(), kind, position, offset.StartOffset, offset.EndOffset));
            }

            stream.End();
        }

        var kept = new List<QueryToken>(all.Count);
        foreach (var token in all)
        {
            if (token.Kind == QueryTokenKind.Unigram
                && all.Exists(b => b.Kind == QueryTokenKind.Bigram && b.Start <= token.Start && b.End >= token.End))
            {
                continue;
            }

            kept.Add(token);
        }

        return kept;
    }
}

/// <summary>What a query token is: a CJK bigram, a lone CJK character, or a Latin/digit word.</summary>
internal enum QueryTokenKind
{
    Bigram,
    Unigram,
    Word,
}

/// <summary>One query token with its index-consistent position and its offsets in the normalised query text.</summary>
internal readonly record struct QueryToken(string Term, QueryTokenKind Kind, int Position, int Start, int End);
