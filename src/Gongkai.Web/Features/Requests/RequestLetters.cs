using Gongkai.Documents.Letters;
using Gongkai.Web.Features.Calendar;

namespace Gongkai.Web.Features.Requests;

public sealed record LetterFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// The reply letters (告知书) a request has earned so far, filled from its record with the agency's own wording where
/// the agency admin has changed it (else the default templates), as DOCX (GB/T 9704) or printable HTML.
/// </summary>
public sealed class RequestLetters(GongkaiDbContext db, RequestDetails details, CalendarProvider calendars)
{
    /// <summary>The CSP for a printable letter: its inline stylesheet and nothing else.</summary>
    public const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    private const string Statute = "《中华人民共和国政府信息公开条例》";

    /// <summary>The step after which each letter exists.</summary>
    public static readonly IReadOnlyDictionary<LetterKind, RequestAction> Trigger = new Dictionary<LetterKind, RequestAction>
    {
        [LetterKind.CorrectionNotice] = RequestAction.RequestCorrection,
        [LetterKind.ExtensionNotice] = RequestAction.Extend,
        [LetterKind.ThirdPartyConsultation] = RequestAction.StartConsultation,
        [LetterKind.FeeNotice] = RequestAction.IssueFeeNotice,
        [LetterKind.Answer] = RequestAction.Answer,
    };

    public static IEnumerable<LetterKind> Available(IEnumerable<RequestAction> done) =>
        Trigger.Where(t => done.Contains(t.Value)).Select(t => t.Key);

    public static string Label(LetterKind kind) => LetterTemplates.DefaultTitle(kind);

    public sealed record TemplateView(LetterKind Kind, string Title, string Body, bool Custom);

    /// <summary>Each letter's wording for an agency: its own where the admin changed it, else the default.</summary>
    public async Task<IReadOnlyList<TemplateView>> TemplatesAsync(int agencyId, CancellationToken ct)
    {
        var custom = await db.LetterTemplates.AsNoTracking().Where(t => t.AgencyId == agencyId).ToListAsync(ct);
        return Enum.GetValues<LetterKind>().Select(k => custom.FirstOrDefault(c => c.Kind == k.ToString()) is { } c
            ? new TemplateView(k, c.Title, c.Body, true)
            : new TemplateView(k, LetterTemplates.DefaultTitle(k), LetterTemplates.DefaultBody(k), false)).ToList();
    }

    /// <summary>
    /// Saves an agency's wording of one letter (the caller has checked the user is that agency's 机构管理员). Plain text:
    /// it is encoded when rendered. Placeholders must be known ones, so a typo cannot silently leave "{申请人名}" in a
    /// letter. Blank title and body = back to the default. Audited.
    /// </summary>
    public async Task<Outcome<TemplateView>> SaveTemplateAsync(int agencyId, LetterKind kind, string? title, string? body, CancellationToken ct)
    {
        var existing = await db.LetterTemplates.FirstOrDefaultAsync(t => t.AgencyId == agencyId && t.Kind == kind.ToString(), ct);
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            if (existing is not null)
            {
                db.LetterTemplates.Remove(existing);
                await db.SaveChangesAsync(ct);
            }

            return Outcome<TemplateView>.Ok(new TemplateView(kind, LetterTemplates.DefaultTitle(kind), LetterTemplates.DefaultBody(kind), false));
        }

        var v = new Validation().Text("Title", "标题", title, 100).Text("Body", "正文", body, 8000);
        var unknown = System.Text.RegularExpressions.Regex.Matches(body ?? "", "{([^{}]{1,20})}")
            .Select(m => m.Groups[1].Value).Where(p => !LetterTemplates.Placeholders.Contains(p)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            v.Add("Body", $"不认识的占位符：{string.Join("、", unknown.Select(u => "{" + u + "}"))}。可用的有：{string.Join("、", LetterTemplates.Placeholders.Select(p => "{" + p + "}"))}。");
        }

        if (!v.IsValid)
        {
            return Outcome<TemplateView>.Fail(v);
        }

        if (existing is null)
        {
            db.LetterTemplates.Add(existing = new LetterTemplateOverride { AgencyId = agencyId, Kind = kind.ToString(), Title = title!.Trim(), Body = body!.Trim() });
        }
        else
        {
            existing.Title = title!.Trim();
            existing.Body = body!.Trim();
        }

        await db.SaveChangesAsync(ct);
        return Outcome<TemplateView>.Ok(new TemplateView(kind, existing.Title, existing.Body, true));
    }

    public async Task<LetterFile?> RenderAsync(int requestId, LetterKind kind, bool docx, CancellationToken ct)
    {
        var r = await details.LoadEntityAsync(requestId, ct);
        var trigger = r?.Events.Where(e => e.Action == Trigger[kind]).OrderBy(e => e.Id).LastOrDefault();
        if (r is null || trigger is null)
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == r.AgencyId, ct);
        var parent = agency.ParentId is { } pid ? await db.Agencies.AsNoTracking().Where(a => a.Id == pid).Select(a => a.Name).FirstOrDefaultAsync(ct) : null;
        var custom = await db.LetterTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.AgencyId == r.AgencyId && t.Kind == kind.ToString(), ct);
        var calendar = await calendars.GetAsync(ct);
        var rule = DeadlineRules.ForReceipt(r.ReceivedOn);
        var legalBasis = kind switch
        {
            LetterKind.CorrectionNotice => Statute + "第三十条",
            LetterKind.ExtensionNotice => rule == DeadlineRule.Rule2008 ? "2008年施行的" + Statute + "第二十四条" : Statute + "第三十三条第二款",
            LetterKind.ThirdPartyConsultation => Statute + "第三十二条",
            LetterKind.FeeNotice => Statute + "第四十二条和《政府信息公开信息处理费管理办法》",
            _ => r.LegalBasis ?? Statute + "第三十六条",
        };
        var deadline = kind switch
        {
            // The period the handler set on the 补正 notice (第三十条 leaves its length to the agency; default 15 working days).
            LetterKind.CorrectionNotice => $"{trigger.Number ?? InfoRequest.DefaultCorrectionPeriodDays}个工作日",
            // 国办函〔2020〕109号: the applicant has 20 working days from receiving the fee notice to pay.
            LetterKind.FeeNotice => RequestClock.Day(calendar.Due(trigger.On, InfoRequest.FeePaymentDays).Date),
            LetterKind.ThirdPartyConsultation => RequestClock.Day(calendar.Due(trigger.On,
                DeadlineRules.ThirdPartyOpinionDays + r.Deadline(calendar).RemainingWhenPaused).Date),
            _ => r.DueOn is { } due ? RequestClock.Day(due) : "",
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LetterTemplates.Applicant] = r.ApplicantName,
            [LetterTemplates.ReceivedOn] = RequestClock.Day(r.ReceivedOn),
            [LetterTemplates.Subject] = r.Subject,
            [LetterTemplates.TrackingCode] = r.TrackingCode,
            [LetterTemplates.LegalBasis] = legalBasis,
            [LetterTemplates.Deadline] = deadline,
            [LetterTemplates.ExtensionDays] = trigger.Number?.ToString(CultureInfo.InvariantCulture) ?? "",
            [LetterTemplates.Fee] = r.FeeAmount.ToString("0.##", CultureInfo.InvariantCulture),
            [LetterTemplates.Correction] = kind == LetterKind.CorrectionNotice ? trigger.Note ?? "" : "",
            [LetterTemplates.AnswerText] = r.AnswerText ?? "",
        };
        var model = new LetterModel(
            kind, agency.Name, "", r.ApplicantName, r.TrackingCode, r.ReceivedOn, r.Subject, trigger.On,
            LetterTemplates.Fill(custom?.Body ?? LetterTemplates.DefaultBody(kind), values),
            legalBasis,
            kind == LetterKind.Answer ? LetterTemplates.DefaultRemedy(parent ?? "本级人民政府", "有管辖权的人民法院") : null,
            kind == LetterKind.Answer ? r.Attachments.OrderBy(a => a.Id).Select(a => a.FileName).ToList() : [],
            agency.Phone is null ? null : $"联系电话：{agency.Phone}")
        {
            Title = custom?.Title,
        };
        var name = $"{r.TrackingCode}-{model.Title ?? LetterTemplates.DefaultTitle(kind)}";
        return docx
            ? new LetterFile(LetterDocx.Write(model), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx")
            : new LetterFile(System.Text.Encoding.UTF8.GetBytes(LetterHtml.Render(model)), "text/html; charset=utf-8", name + ".html");
    }
}
