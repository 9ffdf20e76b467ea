using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Gongkai.Search;

/// <summary>
/// Counts matching documents per agency, column, topic and year from sorted doc values: one int per ordinal per
/// segment, resolved to strings once per segment. Lucene.Net.Facet would need a taxonomy index for the same.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private static readonly (string Key, string Field)[] Facets =
    [
        ("agency", IndexFields.AgencyFacet),
        ("column", IndexFields.ColumnFacet),
        ("topic", IndexFields.TopicFacet),
        ("year", IndexFields.YearFacet),
    ];

    private readonly Dictionary<string, int>[] _totals = [.. Facets.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly SortedDocValues?[] _values = new SortedDocValues?[Facets.Length];
    private readonly int[][] _ordinalCounts = new int[Facets.Length][];

    // False so the searcher uses the in-order scorer (see SearchIndex.Search).
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < Facets.Length; i++)
        {
            var values = context.AtomicReader.GetSortedDocValues(Facets[i].Field);
            _values[i] = values;
            _ordinalCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var ordinal = _values[i]?.GetOrd(doc) ?? -1;
            if (ordinal >= 0)
            {
                _ordinalCounts[i][ordinal]++;
            }
        }
    }

    /// <summary>The counts, most frequent first (years newest first).</summary>
    public Dictionary<string, IReadOnlyList<Facet>> Result()
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<Facet>>(StringComparer.Ordinal);
        for (var i = 0; i < Facets.Length; i++)
        {
            var buckets = new Dictionary<string, Facet>(StringComparer.Ordinal);
            foreach (var (encoded, count) in _totals[i])
            {
                var separator = encoded.IndexOf(IndexFields.FacetSeparator);
                var value = separator < 0 ? encoded : encoded[..separator];
                var label = separator < 0 ? encoded : encoded[(separator + 1)..];

                // The same code under two names (an agency renamed between documents) stays one bucket.
                buckets[value] = buckets.TryGetValue(value, out var existing)
                    ? existing with { Count = existing.Count + count }
                    : new Facet(value, label, count);
            }

            var key = Facets[i].Key;
            result[key] = key == "year"
                ? [.. buckets.Values.OrderByDescending(f => f.Value, StringComparer.Ordinal)]
                : [.. buckets.Values.OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
        }

        return result;
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < Facets.Length; i++)
        {
            var values = _values[i];
            var counts = _ordinalCounts[i];
            if (values is null || counts is null)
            {
                continue;
            }

            for (var ordinal = 0; ordinal < counts.Length; ordinal++)
            {
                if (counts[ordinal] == 0)
                {
                    continue;
                }

                values.LookupOrd(ordinal, scratch);
                var encoded = scratch.Utf8ToString();
                _totals[i][encoded] = _totals[i].GetValueOrDefault(encoded) + counts[ordinal];
            }

            _values[i] = null;
        }
    }
}
