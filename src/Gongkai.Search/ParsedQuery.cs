using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Gongkai.Search;

/// <summary>
/// The user's text turned into clauses, without any operator syntax: everything that is not a quote is text.
/// </summary>
/// <remarks>
/// Every clause must match (AND), each in any searched field. A Han run of two or more characters becomes its
/// bigrams; a lone Han character its unigram; a Latin or digit word a term; "quoted text" (ASCII or Chinese
/// quotes) one exact phrase.
/// </remarks>
internal sealed class ParsedQuery
{
    private static readonly char[] QuoteChars = ['"', '“', '”', '「', '」', '『', '』'];

    private ParsedQuery(IReadOnlyList<QueryClause> clauses, string keyword)
    {
        Clauses = clauses;
        Keyword = keyword;
    }

    public IReadOnlyList<QueryClause> Clauses { get; }

    /// <summary>The whole input in 文号/索引号 key form, for the exact-match boost.</summary>
    public string Keyword { get; }

    /// <summary>
    /// What the highlighter marks: words at word boundaries, lone Han characters, the bigrams of unquoted Han runs
    /// (a run may match in pieces, and overlapping bigrams merge into one mark), and the Han runs of a quoted phrase
    /// whole.
    /// </summary>
    public IReadOnlyList<HighlightTerm> HighlightTerms { get; private init; } = [];

    public static ParsedQuery Parse(string text)
    {
        var normalized = ChineseAnalysis.Normalize(text);
        var clauses = new List<QueryClause>();
        var highlights = new List<HighlightTerm>();
        foreach (var (segment, quoted) in SplitQuotes(normalized))
        {
            var tokens = ChineseAnalyzer.TokenizeQuery(segment);
            if (tokens.Count == 0)
            {
                continue;
            }

            if (quoted)
            {
                clauses.Add(new QueryClause(QueryClauseKind.Phrase, tokens));
                highlights.AddRange(PhraseHighlights(segment, tokens));
                continue;
            }

            highlights.AddRange(tokens.Select(t => new HighlightTerm(t.Term, t.Kind == QueryTokenKind.Word)));

            // Unquoted: consecutive overlapping bigrams are one Han run; everything else stands alone.
            List<QueryToken>? run = null;
            foreach (var token in tokens)
            {
                if (token.Kind == QueryTokenKind.Bigram && run is not null && token.Start < run[^1].End)
                {
                    run.Add(token);
                    continue;
                }

                if (run is not null)
                {
                    clauses.Add(new QueryClause(QueryClauseKind.HanRun, run));
                    run = null;
                }

                if (token.Kind == QueryTokenKind.Bigram)
                {
                    run = [token];
                }
                else
                {
                    clauses.Add(new QueryClause(QueryClauseKind.Term, [token]));
                }
            }

            if (run is not null)
            {
                clauses.Add(new QueryClause(QueryClauseKind.HanRun, run));
            }
        }

        return new ParsedQuery(clauses, ChineseAnalysis.NormalizeKeyword(text)) { HighlightTerms = [.. highlights.Distinct()] };
    }

    /// <summary>A quoted phrase's Han runs as whole strings (overlapping bigrams joined), its other tokens as they are.</summary>
    private static IEnumerable<HighlightTerm> PhraseHighlights(string segment, List<QueryToken> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind != QueryTokenKind.Bigram)
            {
                yield return new HighlightTerm(token.Term, token.Kind == QueryTokenKind.Word);
                i++;
                continue;
            }

            var end = token.End;
            while (i + 1 < tokens.Count && tokens[i + 1].Kind == QueryTokenKind.Bigram && tokens[i + 1].Start < end)
            {
                end = tokens[++i].End;
            }

            yield return new HighlightTerm(segment[token.Start..end], WholeWord: false);
            i++;
        }
    }

    /// <summary>The query: every clause in some field, or the whole input equal to a 文号 or 索引号 (ranked first).</summary>
    public Query ToQuery()
    {
        var all = new BooleanQuery();
        foreach (var clause in Clauses)
        {
            all.Add(clause.ToQuery(IndexFields.Searched), Occur.MUST);
        }

        var root = new BooleanQuery { { all, Occur.SHOULD } };
        if (Keyword.Length is > 0 and <= 200)
        {
            // An exact 文号 or 索引号 is the best possible answer; the boost dwarfs any text score.
            root.Add(new TermQuery(new Term(IndexFields.DocumentNumberKey, Keyword)) { Boost = 1000f }, Occur.SHOULD);
            root.Add(new TermQuery(new Term(IndexFields.IndexNumberKey, Keyword)) { Boost = 1000f }, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>A 文号 filter: the exact key form, or all of its words in the 文号 field.</summary>
    public Query ToDocumentNumberFilter()
    {
        var filter = new BooleanQuery();
        if (Keyword.Length > 0)
        {
            filter.Add(new TermQuery(new Term(IndexFields.DocumentNumberKey, Keyword)), Occur.SHOULD);
        }

        if (Clauses.Count > 0)
        {
            var words = new BooleanQuery();
            foreach (var clause in Clauses)
            {
                words.Add(clause.ToQuery([(IndexFields.DocumentNumber, 1f)]), Occur.MUST);
            }

            filter.Add(words, Occur.SHOULD);
        }

        return filter;
    }

    private static IEnumerable<(string Text, bool Quoted)> SplitQuotes(string text)
    {
        var start = 0;
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(QuoteChars, text[i]) < 0)
            {
                continue;
            }

            if (open < 0)
            {
                if (i > start)
                {
                    yield return (text[start..i], false);
                }

                open = i;
            }
            else
            {
                yield return (text[(open + 1)..i], true);
                open = -1;
            }

            start = i + 1;
        }

        // An unbalanced quote is just text: the rest is searched as words.
        if (start < text.Length)
        {
            yield return (text[start..], false);
        }
    }
}

/// <summary>How a clause matches.</summary>
internal enum QueryClauseKind
{
    /// <summary>One term: a Latin/digit word or a lone Han character.</summary>
    Term,

    /// <summary>The bigrams of an unquoted Han run.</summary>
    HanRun,

    /// <summary>A quoted phrase.</summary>
    Phrase,
}

/// <summary>One ANDed part of a query.</summary>
internal sealed record QueryClause(QueryClauseKind Kind, IReadOnlyList<QueryToken> Tokens)
{
    /// <summary>The clause against each field (title boosted), best field wins with a small tie-break.</summary>
    public Query ToQuery(IReadOnlyList<(string Field, float Boost)> fields)
    {
        if (fields.Count == 1)
        {
            return ForField(fields[0].Field, fields[0].Boost);
        }

        var perField = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in fields)
        {
            perField.Add(ForField(field, boost));
        }

        return perField;
    }

    private Query ForField(string field, float boost)
    {
        Query query;
        if (Tokens.Count == 1)
        {
            query = new TermQuery(new Term(field, Tokens[0].Term));
        }
        else if (Kind == QueryClauseKind.Phrase)
        {
            query = Phrase(field);
        }
        else
        {
            // A Han run: the contiguous phrase scores, but the run also matches when most of its bigrams occur
            // anywhere in the field, so "征地补偿标准" finds "征地的补偿标准" too (ranked below the exact
            // wording). Runs of up to four characters need every bigram, so short queries stay precise; longer
            // runs may miss one bigram in four.
            var bigrams = new BooleanQuery(disableCoord: true);
            foreach (var token in Tokens)
            {
                bigrams.Add(new TermQuery(new Term(field, token.Term)), Occur.SHOULD);
            }

            bigrams.MinimumNumberShouldMatch = Tokens.Count - (Tokens.Count / 4);
            var phrase = Phrase(field);
            phrase.Boost = 2f;
            query = new BooleanQuery { { bigrams, Occur.MUST }, { phrase, Occur.SHOULD } };
        }

        query.Boost *= boost;
        return query;
    }

    private PhraseQuery Phrase(string field)
    {
        var phrase = new PhraseQuery();
        var first = Tokens[0].Position;
        foreach (var token in Tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }
}

/// <summary>A normalised string to mark; <paramref name="WholeWord"/> for Latin/digit words.</summary>
internal readonly record struct HighlightTerm(string Text, bool WholeWord);
