using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Gongkai.Search;

/// <summary>
/// The full-text index of published catalog items: Chinese analysis (<see cref="ChineseAnalysis"/>), filters,
/// facets, highlighting and paging over one Lucene index.
/// </summary>
/// <remarks>
/// One instance per index folder and process (Lucene holds a write lock). Writes are buffered until
/// <see cref="Commit()"/>, which makes them durable and visible to <see cref="Search"/> together. All members are
/// thread-safe.
/// </remarks>
public sealed class SearchIndex : IDisposable
{
    internal const int MaxQueryLength = 200;
    internal const int MaxPageSize = 100;
    internal const int MaxResultWindow = 10_000;
    private const int BulkBatchSize = 1_000;

    // 政府信息 dates are China Standard Time (UTC+8, no daylight saving): day filters and years use it whatever
    // offset a PublishedAt value carries.
    private static readonly long ChinaOffsetTicks = Gongkai.Core.Calendar.ChinaTime.Offset.Ticks;

    private static readonly HashSet<string> HitFields =
    [
        IndexFields.Id, IndexFields.Agency, IndexFields.Title, IndexFields.Body, IndexFields.Attachment,
        IndexFields.DocumentNumber, IndexFields.IndexNumber, IndexFields.Published, IndexFields.PublishedOffset,
    ];

    private readonly LuceneDirectory _directory;
    private readonly bool _ownsDirectory;
    private readonly ChineseAnalyzer _analyzer = new(normalizeInput: true);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _commitLock = new();
    private bool _disposed;

    /// <summary>Opens (or creates) the index in <paramref name="directory"/>; the caller keeps ownership of it.</summary>
    /// <param name="directory">An FSDirectory in production, a RAMDirectory in tests.</param>
    public SearchIndex(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    private SearchIndex(LuceneDirectory directory, bool ownsDirectory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        var config = new IndexWriterConfig(ChineseAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                // An empty first commit, so that commit data and a reopened index always have a commit to read.
                _writer.Commit();
            }

            _searchers = new SearcherManager(_writer, applyAllDeletes: true, new SearcherFactory());
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    /// <summary>The number of documents visible to <see cref="Search"/> (that is, as of the last commit).</summary>
    public long Count
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Opens (or creates) the index in a folder; the returned index owns the FSDirectory.</summary>
    /// <param name="path">The index folder; created when missing.</param>
    public static SearchIndex OpenFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        try
        {
            return new SearchIndex(directory, ownsDirectory: true);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Adds the document, or replaces the one with the same id. Visible after <see cref="Commit()"/>.</summary>
    public void Upsert(SearchDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        _writer.UpdateDocument(IdTerm(doc.Id), ToLucene(doc));
    }

    /// <summary>
    /// Upserts many documents (a re-index) on all cores; when an id occurs more than once, the last one wins.
    /// Commit once afterwards, not per document.
    /// </summary>
    public void Upsert(IEnumerable<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);

        // Analysis (StandardTokenizer + CJK bigrams) is the bottleneck and IndexWriter takes documents from many
        // threads at once. Batches keep the input streaming; inside a batch only the last version of an id is
        // indexed, so running it in parallel cannot let an older version overwrite a newer one.
        foreach (var batch in docs.Chunk(BulkBatchSize))
        {
            var latest = new Dictionary<int, SearchDocument>(batch.Length);
            foreach (var doc in batch)
            {
                ArgumentNullException.ThrowIfNull(doc, nameof(docs));
                latest[doc.Id] = doc;
            }

            Parallel.ForEach(latest.Values, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Upsert);
        }
    }

    /// <summary>Removes the document with this id, if any. Visible after <see cref="Commit()"/>.</summary>
    public void Delete(int id) => _writer.DeleteDocuments(IdTerm(id));

    /// <summary>
    /// Merges the index down to at most <paramref name="maxSegments"/> segments and commits (after a rebuild or a bulk
    /// import: fewer segments mean less work and garbage per query; bench/README.md has the measurements).
    /// </summary>
    public void ForceMerge(int maxSegments)
    {
        lock (_commitLock)
        {
            _writer.ForceMerge(maxSegments);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Removes every document (a rebuild starts here). Visible after <see cref="Commit()"/>.</summary>
    public void DeleteAll() => _writer.DeleteAll();

    /// <summary>Makes all changes durable and visible to searches.</summary>
    public void Commit()
    {
        lock (_commitLock)
        {
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>
    /// Commits like <see cref="Commit()"/>, storing <paramref name="data"/> in the same commit (merged over what
    /// earlier commits stored), so a position such as the outbox id is durable exactly when the changes up to it are.
    /// </summary>
    public void Commit(IDictionary<string, string> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        lock (_commitLock)
        {
            var merged = new Dictionary<string, string>(_writer.CommitData, StringComparer.Ordinal);
            foreach (var (key, value) in data)
            {
                merged[key] = value;
            }

            _writer.SetCommitData(merged);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>A value stored by <see cref="Commit(IDictionary{string, string})"/>, or null.</summary>
    public string? GetCommitData(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_commitLock)
        {
            return _writer.CommitData.TryGetValue(key, out var value) ? value : null;
        }
    }

    /// <summary>
    /// Searches. Never throws for user input: empty, over-long or unsearchable text comes back as
    /// <see cref="SearchResult.Problem"/>, and every character is plain text (no query syntax).
    /// </summary>
    public SearchResult Search(SearchQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var text = (q.Text ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return SearchResult.Rejected("请输入要搜索的内容。");
        }

        if (text.EnumerateRunes().Count() > MaxQueryLength)
        {
            return SearchResult.Rejected($"搜索内容不能超过{MaxQueryLength}个字。");
        }

        if (q.From is { } from && q.To is { } to && from > to)
        {
            return SearchResult.Rejected("开始日期不能晚于结束日期。");
        }

        var pageSize = Math.Clamp(q.PageSize, 1, MaxPageSize);
        var page = Math.Max(q.Page, 1);
        if ((long)(page - 1) * pageSize >= MaxResultWindow)
        {
            return SearchResult.Rejected($"只能查看前{MaxResultWindow}条结果，请缩小搜索范围。");
        }

        var parsed = ParsedQuery.Parse(text);
        if (parsed.Clauses.Count == 0)
        {
            return SearchResult.Rejected("搜索内容需要包含汉字、字母或数字。");
        }

        var start = (page - 1) * pageSize;
        var searcher = _searchers.Acquire();
        try
        {
            var query = parsed.ToQuery();
            var filter = BuildFilter(q);
            var facets = new FacetCollector();
            TopDocs top;
            if (q.Sort == SearchSort.Newest)
            {
                var sort = new Sort(new SortField(IndexFields.PublishedSort, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE);
                var collector = TopFieldCollector.Create(sort, start + pageSize, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
                searcher.Search(query, filter, MultiCollector.Wrap(collector, facets));
                top = collector.GetTopDocs(start, pageSize);
            }
            else
            {
                // In order: Lucene then scores with BooleanScorer2 instead of allocating BooleanScorer's bucket table
                // per segment and query (bench/README.md: ~20% less garbage per query).
                var collector = TopScoreDocCollector.Create(start + pageSize, docsScoredInOrder: true);
                searcher.Search(query, filter, MultiCollector.Wrap(collector, facets));
                top = collector.GetTopDocs(start, pageSize);
            }

            var terms = parsed.HighlightTerms;
            var hits = new List<SearchHit>(top.ScoreDocs.Length);
            foreach (var scoreDoc in top.ScoreDocs)
            {
                hits.Add(ToHit(searcher.Doc(scoreDoc.Doc, HitFields), scoreDoc.Score, terms));
            }

            return new SearchResult(top.TotalHits, hits, facets.Result(), Problem: null);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index. Changes not yet committed are discarded (a caller replays them from its outbox).</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _searchers.Dispose();

        // Rollback rather than Dispose: Lucene's Dispose would commit pending changes without the caller's commit
        // data, so content and the stored outbox position could disagree after a restart.
        _writer.Rollback();
        _analyzer.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    private static Term IdTerm(int id) => new(IndexFields.Id, id.ToString(CultureInfo.InvariantCulture));

    private static Document ToLucene(SearchDocument doc)
    {
        var utcTicks = doc.PublishedAt.UtcTicks;
        var chinaYear = new DateTime(Math.Clamp(utcTicks + ChinaOffsetTicks, 0, DateTime.MaxValue.Ticks)).Year;
        var year = chinaYear.ToString(CultureInfo.InvariantCulture);
        var lucene = new Document
        {
            new StringField(IndexFields.Id, doc.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(IndexFields.Agency, doc.AgencyCode ?? string.Empty, Field.Store.YES),
            new StringField(IndexFields.Column, doc.ColumnKey ?? string.Empty, Field.Store.NO),
            new TextField(IndexFields.Title, doc.Title ?? string.Empty, Field.Store.YES),
            new TextField(IndexFields.Body, doc.Body ?? string.Empty, Field.Store.YES),
            new Int64Field(IndexFields.Published, utcTicks, Field.Store.YES),
            new NumericDocValuesField(IndexFields.PublishedSort, utcTicks),
            new StoredField(IndexFields.PublishedOffset, (int)doc.PublishedAt.Offset.TotalMinutes),
            Facet(IndexFields.AgencyFacet, doc.AgencyCode, doc.AgencyName),
            Facet(IndexFields.ColumnFacet, doc.ColumnKey, doc.ColumnName),
            Facet(IndexFields.YearFacet, year, year + "年"),
        };

        if (!string.IsNullOrWhiteSpace(doc.Topic))
        {
            lucene.Add(new StringField(IndexFields.Topic, doc.Topic, Field.Store.NO));
            lucene.Add(Facet(IndexFields.TopicFacet, doc.Topic, doc.Topic));
        }

        if (!string.IsNullOrWhiteSpace(doc.DocumentType))
        {
            lucene.Add(new StringField(IndexFields.DocumentType, doc.DocumentType, Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(doc.DocumentNumber))
        {
            lucene.Add(new TextField(IndexFields.DocumentNumber, doc.DocumentNumber, Field.Store.YES));
            lucene.Add(new StringField(IndexFields.DocumentNumberKey, ChineseAnalysis.NormalizeKeyword(doc.DocumentNumber), Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(doc.IndexNumber))
        {
            lucene.Add(new TextField(IndexFields.IndexNumber, doc.IndexNumber, Field.Store.YES));
            lucene.Add(new StringField(IndexFields.IndexNumberKey, ChineseAnalysis.NormalizeKeyword(doc.IndexNumber), Field.Store.NO));
        }

        foreach (var attachment in doc.AttachmentTexts ?? [])
        {
            if (!string.IsNullOrWhiteSpace(attachment))
            {
                lucene.Add(new TextField(IndexFields.Attachment, attachment, Field.Store.YES));
            }
        }

        return lucene;
    }

    private static SortedDocValuesField Facet(string field, string? value, string? label) =>
        new(field, new BytesRef((value ?? string.Empty) + IndexFields.FacetSeparator + (label ?? value ?? string.Empty)));

    private static Filter? BuildFilter(SearchQuery q)
    {
        var filter = new BooleanQuery();
        var agencies = q.Agencies?.Where(a => !string.IsNullOrEmpty(a)).Distinct(StringComparer.Ordinal).ToList();
        if (agencies is { Count: > 0 })
        {
            filter.Add(AnyOf(IndexFields.Agency, agencies), Occur.MUST);
        }

        AddExact(filter, IndexFields.Column, q.Column);
        AddExact(filter, IndexFields.Topic, q.Topic);
        AddExact(filter, IndexFields.DocumentType, q.DocumentType);

        if (q.From is not null || q.To is not null)
        {
            // Day boundaries in China Standard Time as UTC ticks; long arithmetic, so DateOnly.MinValue/MaxValue cannot overflow.
            long? min = q.From is { } from ? (from.DayNumber * TimeSpan.TicksPerDay) - ChinaOffsetTicks : null;
            long? max = q.To is { } to ? ((to.DayNumber + 1L) * TimeSpan.TicksPerDay) - ChinaOffsetTicks : null;
            filter.Add(NumericRangeQuery.NewInt64Range(IndexFields.Published, min, max, minInclusive: true, maxInclusive: false), Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(q.DocumentNumber))
        {
            var number = q.DocumentNumber.Trim();
            var parsed = ParsedQuery.Parse(number.Length > MaxQueryLength ? number[..MaxQueryLength] : number);
            filter.Add(parsed.ToDocumentNumberFilter(), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static void AddExact(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }

    /// <summary>Any of the values; nested in groups so a long list stays under BooleanQuery's 1024-clause limit.</summary>
    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var chunk in values.Chunk(512))
        {
            var group = new BooleanQuery();
            foreach (var value in chunk)
            {
                group.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
            }

            any.Add(group, Occur.SHOULD);
        }

        return any;
    }

    private static SearchHit ToHit(Document stored, float score, IReadOnlyList<HighlightTerm> terms)
    {
        var title = stored.Get(IndexFields.Title) ?? string.Empty;
        var body = stored.Get(IndexFields.Body) ?? string.Empty;
        var ticks = stored.GetField(IndexFields.Published)?.GetInt64Value() ?? 0;
        var offsetMinutes = stored.GetField(IndexFields.PublishedOffset)?.GetInt32Value() ?? 0;
        // Stored as UTC ticks plus the offset the value carried; rebuilt as that same instant and offset.
        var offset = TimeSpan.FromMinutes(offsetMinutes);
        var published = new DateTimeOffset(ticks + offset.Ticks, offset);
        return new SearchHit(
            Id: int.Parse(stored.Get(IndexFields.Id), CultureInfo.InvariantCulture),
            AgencyCode: stored.Get(IndexFields.Agency) ?? string.Empty,
            Title: title,
            TitleHighlighted: Highlighter.Highlight(title, terms),
            Snippet: Highlighter.Snippet([body, .. stored.GetValues(IndexFields.Attachment)], terms),
            PublishedAt: published,
            DocumentNumber: stored.Get(IndexFields.DocumentNumber),
            IndexNumber: stored.Get(IndexFields.IndexNumber),
            Score: score);
    }
}
