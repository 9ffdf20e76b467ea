using System.Net.Mail;
using System.Text.RegularExpressions;
using Gongkai.Core.Privacy;

namespace Gongkai.Web.Features.Requests;

/// <summary>What an applicant (or a handler on their behalf) fills in. Shared by the portal form, the back office and the API.</summary>
public sealed partial class RequestInput
{
    public static readonly string[] IdDocumentTypes = ["居民身份证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "其他"];

    public ApplicantType? ApplicantType { get; set; }

    public string? ApplicantName { get; set; }

    public string? IdDocumentType { get; set; }

    public string? IdDocumentNumber { get; set; }

    public string? OrganizationCode { get; set; }

    public string? ContactPerson { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public string? Purpose { get; set; }

    public DeliveryMethod? Delivery { get; set; }

    [GeneratedRegex(@"^[0-9+\-() ]{7,20}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCodePattern();

    public Validation Validate()
    {
        var v = new Validation();
        if (ApplicantType is null || !Enum.IsDefined(ApplicantType.Value))
        {
            v.Add(nameof(ApplicantType), "请选择申请人类型。");
        }

        var person = ApplicantType == Core.Requests.ApplicantType.NaturalPerson;
        v.Text(nameof(ApplicantName), person ? "申请人姓名" : "单位名称", ApplicantName, 100);
        if (person)
        {
            if (string.IsNullOrWhiteSpace(IdDocumentType) || !IdDocumentTypes.Contains(IdDocumentType))
            {
                v.Add(nameof(IdDocumentType), "请选择证件类型。");
            }

            v.Text(nameof(IdDocumentNumber), "证件号码", IdDocumentNumber, 40);
            if (IdDocumentType == "居民身份证" && !string.IsNullOrWhiteSpace(IdDocumentNumber) && !ChineseIdNumber.IsValid(IdDocumentNumber.Trim()))
            {
                v.Add(nameof(IdDocumentNumber), "居民身份证号码应为18位且校验位正确，请核对。");
            }
        }
        else if (ApplicantType is not null)
        {
            v.Text(nameof(OrganizationCode), "统一社会信用代码", OrganizationCode, 30);
            if (!string.IsNullOrWhiteSpace(OrganizationCode) && !CreditCodePattern().IsMatch(OrganizationCode.Trim().ToUpperInvariant()))
            {
                v.Add(nameof(OrganizationCode), "统一社会信用代码应为18位数字或大写字母。");
            }

            v.Text(nameof(ContactPerson), "联系人", ContactPerson, 50);
        }

        v.Text(nameof(Phone), "联系电话", Phone, 30, required: false)
            .Text(nameof(Email), "电子邮箱", Email, 100, required: false)
            .Text(nameof(Address), "通信地址", Address, 200, required: false);
        if (string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Address))
        {
            v.Add(nameof(Phone), "请至少填写联系电话、电子邮箱、通信地址中的一项，以便送达答复。");
        }

        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim()))
        {
            v.Add(nameof(Phone), "联系电话格式不正确。");
        }

        if (!string.IsNullOrWhiteSpace(Email) && Email.Trim().Length <= 100 && !MailAddress.TryCreate(Email.Trim(), out _))
        {
            v.Add(nameof(Email), "电子邮箱格式不正确。");
        }

        v.Text(nameof(Subject), "所需信息的名称", Subject, InfoRequest.MaxSubjectLength)
            .Text(nameof(Description), "所需信息的内容描述", Description, InfoRequest.MaxDescriptionLength)
            .Text(nameof(Purpose), "用途", Purpose, 500, required: false);
        if (Delivery is null || !Enum.IsDefined(Delivery.Value))
        {
            v.Add(nameof(Delivery), "请选择获取信息的方式。");
        }
        else if (Delivery == DeliveryMethod.Email && string.IsNullOrWhiteSpace(Email))
        {
            v.Add(nameof(Email), "选择电子邮件方式获取信息时，请填写电子邮箱。");
        }
        else if (Delivery is DeliveryMethod.Post or DeliveryMethod.Paper && string.IsNullOrWhiteSpace(Address))
        {
            v.Add(nameof(Address), "选择邮寄或纸质方式获取信息时，请填写通信地址。");
        }

        return v;
    }

    /// <summary>Trimmed text with control characters removed (they have no place in a letter and can break exports).</summary>
    public static string? Clean(string? s) => InfoRequest.Clean(s);

    /// <summary>The validated input as the aggregate's intake fields (trimmed; ID and credit codes upper-cased).</summary>
    public IntakeFields ToFields(RequestChannel channel, DateOnly receivedOn) => new(
        channel,
        receivedOn,
        ApplicantType!.Value,
        Clean(ApplicantName)!,
        Clean(IdDocumentType),
        Clean(IdDocumentNumber)?.ToUpperInvariant(),
        Clean(OrganizationCode)?.ToUpperInvariant(),
        Clean(ContactPerson),
        Clean(Phone),
        Clean(Email),
        Clean(Address),
        Clean(Subject)!,
        Clean(Description)!,
        Clean(Purpose),
        Delivery!.Value);
}

public static class RequestLabels
{
    public static string Label(this ApplicantType t) => t switch
    {
        ApplicantType.NaturalPerson => "自然人",
        ApplicantType.Business => "商业企业",
        ApplicantType.Research => "科研机构",
        ApplicantType.PublicInterest => "社会公益组织",
        ApplicantType.LegalService => "法律服务机构",
        ApplicantType.OtherOrganization => "其他组织",
        _ => t.ToString(),
    };

    public static string Label(this RequestChannel c) => c switch
    {
        RequestChannel.Online => "网络（在线申请）",
        RequestChannel.InPerson => "当面",
        RequestChannel.RegisteredLetter => "信函（挂号信/快递）",
        RequestChannel.OrdinaryLetter => "信函（平信）",
        RequestChannel.Fax => "传真",
        RequestChannel.Email => "电子邮件",
        _ => c.ToString(),
    };

    /// <summary>条例第三十一条: which day counts as receipt for each channel.</summary>
    public static string ReceiptRule(this RequestChannel c) => c switch
    {
        RequestChannel.InPerson => "当面提交的，以提交之日为收到申请之日",
        RequestChannel.RegisteredLetter => "以邮寄方式提交的，以行政机关签收之日为收到申请之日",
        RequestChannel.OrdinaryLetter => "以平常信函等无需签收的邮寄方式提交的，以行政机关与申请人确认之日为收到申请之日",
        _ => "通过互联网渠道或者传真提交的，以双方确认之日为收到申请之日",
    };

    public static string Label(this DeliveryMethod d) => d switch
    {
        DeliveryMethod.Paper => "纸质",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Disc => "光盘",
        DeliveryMethod.CollectInPerson => "当面领取",
        DeliveryMethod.Post => "邮寄",
        _ => d.ToString(),
    };
}
