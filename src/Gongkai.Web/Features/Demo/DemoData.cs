using System.Text.Json;
using System.Text.Json.Serialization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;

namespace Gongkai.Web.Features.Demo;

/// <summary>
/// The demo county's tables, read from the JSON files in Features/Demo/Data (embedded; see Data/SOURCE.md for which
/// figure comes from which seed report and what is invented). The C# around it only spreads records over dates and
/// picks words; every record goes through the aggregates.
/// </summary>
public sealed record DemoData(DemoCounty County, DemoHistory History, DemoCurrentYear CurrentYear, DemoWords Words)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<DemoData> Embedded = new(() => new DemoData(
        Read<DemoCounty>("county.json"), Read<DemoHistory>("history.json"), Read<DemoCurrentYear>("current-year.json"), Read<DemoWords>("words.json")));

    public static DemoData Load() => Embedded.Value;

    private static T Read<T>(string file)
    {
        var name = "Gongkai.Web.Features.Demo.Data." + file;
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"演示数据文件 {name} 缺失。");
        // A typo in a data file fails the seed here, loudly, rather than seeding a county with a hole in it.
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"演示数据文件 {name} 为空。");
    }
}

/// <summary>county.json: the agency tree and one account per role.</summary>
public sealed record DemoCounty(DemoAgency[] Agencies, DemoAccount[] Accounts)
{
    public IEnumerable<DemoAgency> Townships => Agencies.Where(a => a.Level == AgencyLevel.Township);
}

/// <summary>An agency; a township also has its short name, its 文号 prefix and its (fictional) villages.</summary>
public sealed record DemoAgency(
    string Code, string Name, AgencyLevel Level, string? Parent = null, string? Address = null, string? Phone = null, string? OfficeHours = null,
    string? Short = null, string? DocPrefix = null, string[]? Villages = null);

public sealed record DemoAccount(string User, string Name, string Agency, StaffRole[] Roles);

/// <summary>history.json: what the seed reports state, township by township.</summary>
public sealed record DemoHistory(DemoHistoryPlan[] Plans);

/// <summary>
/// One township's year from its seed report: items per column (in this order), titles the report names, the other
/// channels, and for 松江乡 its requests, 回应关切 and 建议提案 replies.
/// </summary>
public sealed record DemoHistoryPlan(
    string Town, int Year, DateOnly LastDay, DemoColumnCount[] Columns, DemoFixedTitle[] Fixed, int WeChat = 0,
    string[]? NoticeBoardColumns = null, Dictionary<string, EngagementKind>? EngagementColumns = null, DemoProposalReplies? ProposalReplies = null,
    DemoHistoryRequests? Requests = null);

public sealed record DemoColumnCount(string Column, int Count);

/// <summary>A title the report names, published in <see cref="Month"/> (any month when null).</summary>
public sealed record DemoFixedTitle(string Column, string Title, int? Month = null);

/// <summary>建议提案办理复文: one record per title, dated at random in [From, To] (history) or in the current year.</summary>
public sealed record DemoProposalReplies(string[] Titles, DateOnly? From = null, DateOnly? To = null, string[]? Towns = null);

/// <summary>Requests received one every <see cref="EveryDays"/> days or so from <see cref="FirstFrom"/>, each answered and delivered.</summary>
public sealed record DemoHistoryRequests(
    string TrackingPrefix, RequestChannel Channel, DateOnly FirstFrom, int EveryDays, int WindowDays, Dictionary<RequestOutcome, DemoAnswer> Answers,
    DemoHistoryRequest[] List);

public sealed record DemoAnswer(string LegalBasis, string Text);

public sealed record DemoHistoryRequest(string Applicant, string Subject, RequestOutcome Outcome, string Proof);

/// <summary>current-year.json: the year to date, laid out relative to today.</summary>
public sealed record DemoCurrentYear(
    Dictionary<string, int> Published, DemoWindowTitle[] Fixed, DemoRevision Revision, string[] OneEach, DemoWeight[] Pool, double WeChatShareOfDongtai,
    string[] NoticeBoardColumns, Dictionary<string, EngagementKind> EngagementColumns, DemoInProgress[] InProgress, DemoRequestScript[] Requests,
    DemoProposalReplies ProposalReplies);

/// <summary>A title published between <see cref="From"/> and <see cref="To"/> (MM-dd) of the current year.</summary>
public sealed record DemoWindowTitle(string Column, string Title, string From, string To);

/// <summary>A 规范性文件 repealed when its revision is issued, the revision, and the revision's 政策解读.</summary>
public sealed record DemoRevision(string Repealed, string Replacement, string ReplacementNote, string Interpretation);

public sealed record DemoWeight(string Column, int Weight);

/// <summary>Work in progress: an item in <see cref="Status"/>, last touched within the last <see cref="WithinDays"/> days.</summary>
public sealed record DemoInProgress(string Column, ItemStatus Status, int WithinDays, string[]? Towns = null);

/// <summary>
/// A request and its steps as a handler takes them. <see cref="Received"/> and each step's <c>On</c> count working
/// days back from today (0 = today).
/// </summary>
public sealed record DemoRequestScript(
    RequestChannel Channel, int Received, string Subject, DemoRequestStep[] Steps, string[]? Towns = null, DemoRemedy? Remedy = null);

public sealed record DemoRequestStep(
    RequestAction Action, int On, string? Note = null, int? Days = null, string? ApprovedBy = null, RequestOutcome? Outcome = null,
    string? LegalBasis = null, string? Text = null, string? RedirectedTo = null, string? Proof = null);

/// <summary>A case against the request's answer, filed some working days after its delivery.</summary>
public sealed record DemoRemedy(RemedyKind Kind, int FiledWorkingDaysAfterDelivery, string CaseNumber, string Body, string Summary);

/// <summary>words.json: the vocabulary titles and bodies are made of.</summary>
public sealed record DemoWords(
    Dictionary<string, DemoEra> Eras, string[] Projects, string[] Funds, string[] Issues, string[] Departments, string[] Posts, string[] Assets,
    string[] PlanTopics, string[] Seasons, string[] Applicants, Dictionary<string, string[]> Titles, DemoBody[] Bodies, DemoTopic[] Topics);

/// <summary>What differs between 2017/2018 and today: topics, documents, the five-year plan, era-specific title templates.</summary>
public sealed record DemoEra(string Plan, string[] Topics, string[] Documents, Dictionary<string, string[]> Titles);

/// <summary>
/// The body of an item in <see cref="Columns"/> (none = every other column): paragraphs, each one of its alternatives;
/// <c>{title}</c> is the title without the <see cref="Strip"/> words.
/// </summary>
public sealed record DemoBody(string[] Columns, string[][] Paragraphs, string[]? Strip = null);

/// <summary>主题分类 of the items in <see cref="Columns"/> (none = every other column).</summary>
public sealed record DemoTopic(string[] Columns, string Topic);
