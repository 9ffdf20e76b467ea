using System.Buffers;
using System.Text.RegularExpressions;
using Gongkai.Core.Privacy;

namespace Gongkai.Core.Catalog;

/// <summary>What the pre-publication scan found.</summary>
public enum FindingKind
{
    /// <summary>
    /// A 居民身份证号码: 18 characters with a valid check character and birth date, or a 15-digit first-generation
    /// number (region, YYMMDD birth date, sequence) with a real province and date.
    /// </summary>
    IdNumber,

    /// <summary>An 11-digit mainland mobile number, optionally with the +86 prefix.</summary>
    MobilePhone,

    /// <summary>A fixed-line number with its area code.</summary>
    Landline,

    /// <summary>A 16–19 digit bank card number passing the Luhn check.</summary>
    BankCard,

    /// <summary>
    /// A 密级 marking (绝密, 机密, 秘密, with 密级 label, ★ and 保密期限; Simplified or Traditional): 涉密信息不上网 — never
    /// masked, never allowed by a reviewer.
    /// </summary>
    SecretMarking,

    /// <summary>A person's name directly followed by their ID number, as in 低保 and subsidy lists.</summary>
    NameWithId,

    /// <summary>
    /// An 内部 marking (内部, 内部资料, 内部使用, 注意保密 ...): not a 密级 under 《保守国家秘密法》, but 内部事务信息 that
    /// 条例第十六条 lets the agency withhold; masked or allowed with a reason like personal data.
    /// </summary>
    InternalMarking,

    /// <summary>18 characters right after a 身份证号码 label whose check character is wrong: a mistyped ID is still an ID.</summary>
    SuspectedIdNumber,
}

/// <summary>One finding: the span of the scanned text, its masked form and a Chinese label for reviewers.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Index of the first character in the scanned text.</param>
/// <param name="Length">Length of the span in the scanned text.</param>
/// <param name="Text">The original text of the span (full-width digits stay full-width).</param>
/// <param name="Masked">What <see cref="SensitiveScanner.MaskAll"/> puts in place of the span.</param>
/// <param name="Label">Chinese name of the kind for reviewers, e.g. 居民身份证号码.</param>
public sealed record Finding(FindingKind Kind, int Start, int Length, string Text, string Masked, string Label);

/// <summary>
/// The pre-publication scan (涉密不上网, personal information): finds ID numbers, phone numbers, bank cards,
/// names next to ID numbers, 密级 and 内部 markings in titles, bodies and extracted attachment text.
/// </summary>
/// <remarks>
/// 《保守国家秘密法》 forbids putting classified material on a public network, and 条例第十四条、第十五条 bar
/// disclosing state secrets and personal privacy; each finding therefore blocks publication until it is masked
/// or overridden with a reason — except a 密级 marking, which no masking or reason makes publishable (the catalog
/// item enforces that; the scanner only finds).
/// The scan is pure and thread-safe. Full-width digits, dashes and brackets, and the Traditional forms of the
/// characters markings and ID labels are written with (機密, 絕密, 密級, 內部, 身份證號碼), are folded one character for
/// one before matching, so indices into the folded text are indices into the original.
/// </remarks>
public static partial class SensitiveScanner
{
    /// <summary>The masked form of every <see cref="FindingKind.SecretMarking"/>: a marking cannot be half-hidden.</summary>
    public const string RemovedMarking = "［已删除密级标志］";

    /// <summary>The masked form of every <see cref="FindingKind.InternalMarking"/>.</summary>
    public const string RemovedInternalMarking = "［已删除内部标志］";

    // A digit run ends at anything but a digit; a decimal point followed by a digit continues it, so the
    // integer part of "13800138000.00" is not a phone number.
    private const string NotAfterDigits = @"(?<![0-9]|[0-9]\.)";
    private const string NotBeforeDigits = @"(?![0-9]|\.[0-9])";

    // 18 characters, optionally grouped 6-8-4 as printed on some forms.
    private const string Id18Body = "[0-9]{6}(?<idsep>[ ]?)[0-9]{8}\\k<idsep>[0-9]{3}[0-9Xx]";

    // Or a first-generation 15-digit number (issued until 2004; old 低保, land and household files still carry them).
    private const string IdBody = "(?:" + Id18Body + "|[0-9]{15})";

    // Between a name and its ID: table separators, at most three short columns (gender, relationship, ethnicity,
    // age) and an ID label. Newlines are not allowed: a name at the end of one line belongs to that line.
    private const string Sep = @"[\t |,;:、/]";
    private const string Gap =
        Sep + "{0,6}"
        + "(?:(?:男|女|户主|本人|配偶|之子|之女|子女|父亲|母亲|儿子|女儿|长子|次子|长女|次女|孙子|孙女|汉族|汉|[0-9]{1,3}岁?)" + Sep + "{1,4}){0,3}"
        + "(?:(?:公民身份号码|身份证件号码|身份证号码|身份证号|身份证|证件号码|证件号)" + Sep + "{0,3})?";

    private const string Han = @"\p{IsCJKUnifiedIdeographs}";
    private const string NameLabels = "姓名|户主姓名|申请人姓名|申请人|收款人|领取人|联系人|监护人|持卡人|户名|救助对象|补贴对象|对象";

    private const string Period = "(?:[0-9一二三四五六七八九十]+[ ]?(?:年|个月)|长期|启用前)";
    private const string Level = "(?:绝密|机密|秘密)";
    private const string Internal = "(?:内部资料|内部文件|内部使用|内部材料|内部|注意保密)";

    // Common single-character surnames (the 400 most frequent cover over 99% of the population). Characters that
    // start table headers and labels (身, 证, 户, 配, 本, 合, 备, 姓, 汉, 公) are deliberately absent.
    private static readonly SearchValues<char> Surnames = SearchValues.Create(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
        + "金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜"
        + "倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
        + "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙"
        + "荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权"
        + "强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
        + "逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由");

    private static readonly string[] CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙", "司徒", "夏侯", "端木",
        "南宫", "西门", "独孤", "轩辕", "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "万俟", "钟离", "宗政", "濮阳", "淳于",
        "单于", "百里", "东郭", "拓跋", "第五",
    ];

    // Labels that begin with a surname character but are never names.
    private static readonly string[] NotNames = ["申请人", "申请", "时间", "金额", "方式", "关系", "国籍"];

    /// <summary>Scans <paramref name="text"/> and returns its findings ordered by start, never overlapping.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="published">The agency's own published numbers, never reported (null: none).</param>
    /// <remarks>
    /// Where candidates overlap, the more specific kind wins (name+ID, then ID, suspected ID, bank card, mobile,
    /// landline, 密级 marking, 内部 marking), and within a kind the longer span.
    /// </remarks>
    public static IReadOnlyList<Finding> Scan(string text, PublishedNumbers? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }

        var folded = Fold(text);
        var candidates = new List<(FindingKind Kind, int Start, int Length)>();

        foreach (Match m in NameWithIdPattern().Matches(folded))
        {
            if (IsPlausibleId(m.Groups["id"].ValueSpan) && IsLikelyName(m.Groups["name"].ValueSpan))
            {
                candidates.Add((FindingKind.NameWithId, m.Index, m.Length));
            }
        }

        foreach (Match m in IdPattern().Matches(folded))
        {
            if (IsPlausibleId(m.ValueSpan) && !(m.Length == 15 && IsOtherFifteenDigitNumber(folded, m)))
            {
                candidates.Add((FindingKind.IdNumber, m.Index, m.Length));
            }
        }

        foreach (Match m in LabelledIdPattern().Matches(folded))
        {
            var id = m.Groups["id"];
            if (!IsPlausibleId(id.ValueSpan))
            {
                candidates.Add((FindingKind.SuspectedIdNumber, id.Index, id.Length));
            }
        }

        foreach (Match m in BankCardPattern().Matches(folded))
        {
            var digits = Significant(m.ValueSpan);
            // An 18-digit number with a birth date where an ID has one is an ID with a typo, not a card.
            if (digits.Length is >= 16 and <= 19 && PassesLuhn(digits) && !(digits.Length == 18 && HasPlausibleBirthDate(digits)))
            {
                candidates.Add((FindingKind.BankCard, m.Index, m.Length));
            }
        }

        AddAll(candidates, FindingKind.MobilePhone, MobilePattern().Matches(folded));
        AddAll(candidates, FindingKind.Landline, LandlinePattern().Matches(folded));
        AddMarkings(candidates, folded, StarMarkingPattern().Matches(folded));
        AddMarkings(candidates, folded, LabelledMarkingPattern().Matches(folded));
        AddMarkings(candidates, folded, BracketedMarkingPattern().Matches(folded));
        AddAll(candidates, FindingKind.InternalMarking, InternalMaterialPattern().Matches(folded));
        AddAll(candidates, FindingKind.SecretMarking, StandaloneLevelPattern().Matches(folded));
        foreach (Match m in LineStartMarkingPattern().Matches(folded))
        {
            var mark = m.Groups["m"];
            var length = m.Index + m.Length - mark.Index;
            candidates.Add((MarkingKind(folded.AsSpan(mark.Index, length)), mark.Index, length));
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        // Most specific kind first, then the longer span; markings never compete with numbers in practice.
        candidates.Sort((a, b) =>
            Rank(a.Kind) != Rank(b.Kind) ? Rank(a.Kind).CompareTo(Rank(b.Kind))
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start.CompareTo(b.Start));

        var taken = new bool[text.Length];
        var findings = new List<Finding>();
        foreach (var (kind, start, length) in candidates)
        {
            if (taken.AsSpan(start, length).Contains(true))
            {
                continue;
            }

            taken.AsSpan(start, length).Fill(true);
            var original = text.Substring(start, length);
            var finding = new Finding(kind, start, length, original, Mask(kind, original), LabelOf(kind));
            if (published is null || !published.Contains(finding))
            {
                findings.Add(finding);
            }
        }

        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        return findings;
    }

    /// <summary>Replaces the span of each finding with its <see cref="Finding.Masked"/> form.</summary>
    /// <remarks>Pass the findings the reviewer did not override; they must come from scanning this very text.</remarks>
    /// <exception cref="ArgumentException">A finding lies outside the text, no longer matches it, or overlaps another.</exception>
    public static string MaskAll(string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings.OrderBy(f => f.Start))
        {
            // A stale finding (the text was edited after the scan) must not mask the wrong characters.
            if (finding.Start < position || finding.Length < 0 || finding.Start + finding.Length > text.Length
                || !text.AsSpan(finding.Start, finding.Length).SequenceEqual(finding.Text))
            {
                throw new ArgumentException(
                    $"检测结果与文本不符或相互重叠：{finding.Label}（位置 {finding.Start}）", nameof(findings));
            }

            result.Append(text, position, finding.Start - position).Append(finding.Masked);
            position = finding.Start + finding.Length;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The standard masking of <paramref name="value"/> as a <paramref name="kind"/>.</summary>
    /// <remarks>
    /// ID: first 4 and last 4 kept (3601**********1234). Mobile: first 3 and last 4 (138****8000), prefix and
    /// separators kept. Landline: area code and last 2 digits (0791-******34), extension kept. Bank card: first 4
    /// and last 4. Name with ID: surname kept, one * per other character of the name, separator kept, ID masked.
    /// Marking: <see cref="RemovedMarking"/>. A value that cannot be parsed as the kind is starred out entirely.
    /// </remarks>
    public static string Mask(FindingKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var folded = Fold(value);
        return kind switch
        {
            FindingKind.IdNumber => MaskIdNumber(value, folded),
            FindingKind.MobilePhone => MaskDigits(value, SignificantPositions(folded, allowX: false), keepFirst: 3, keepLast: 4, onlyLast: 11),
            FindingKind.Landline => MaskLandline(value, folded),
            FindingKind.BankCard => MaskDigits(value, SignificantPositions(folded, allowX: false), keepFirst: 4, keepLast: 4, onlyLast: 0),
            FindingKind.SecretMarking => RemovedMarking,
            FindingKind.InternalMarking => RemovedInternalMarking,
            FindingKind.NameWithId => MaskNameWithId(value, folded),
            FindingKind.SuspectedIdNumber => MaskIdNumber(value, folded),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    /// <summary>
    /// What makes two phone findings the same number: the last 11 digits of a mobile (prefix and grouping dropped),
    /// the area code and local number of a landline (brackets, separators and extension dropped); null otherwise.
    /// </summary>
    internal static string? PhoneKey(Finding finding)
    {
        var folded = Fold(finding.Text);
        switch (finding.Kind)
        {
            case FindingKind.MobilePhone:
                var digits = Significant(folded);
                return digits.Length >= 11 ? digits[^11..] : null;
            case FindingKind.Landline:
                var m = LandlineParts().Match(folded);
                return m.Success ? Significant(m.Groups["area"].ValueSpan) + Significant(m.Groups["local"].ValueSpan) : null;
            default:
                return null;
        }
    }

    private static string MaskIdNumber(string value, string folded)
    {
        var positions = SignificantPositions(folded, allowX: true);
        return positions.Count is 18 or 15 ? MaskDigits(value, positions, 4, 4, 0) : new string('*', value.Length);
    }

    private static string MaskLandline(string value, string folded)
    {
        var m = LandlineParts().Match(folded);
        if (!m.Success)
        {
            return new string('*', value.Length);
        }

        var local = m.Groups["local"];
        var chars = value.ToCharArray();
        var digitsSeen = 0;
        var digitCount = Significant(local.ValueSpan).Length;
        for (var i = local.Index; i < local.Index + local.Length; i++)
        {
            if (char.IsAsciiDigit(folded[i]) && digitsSeen++ < digitCount - 2)
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }

    private static string MaskNameWithId(string value, string folded)
    {
        var m = NameWithIdParts().Match(folded);
        if (!m.Success)
        {
            return new string('*', value.Length);
        }

        var name = m.Groups["name"];
        var id = m.Groups["id"];
        var surnameLength = name.Length >= 3 && CompoundSurnames.Contains(value.Substring(name.Index, 2)) ? 2 : 1;
        var chars = value.ToCharArray();
        chars.AsSpan(name.Index + surnameLength, name.Length - surnameLength).Fill('*');
        MaskIdNumber(value.Substring(id.Index, id.Length), folded.Substring(id.Index, id.Length)).CopyTo(chars.AsSpan(id.Index));
        return new string(chars);
    }

    // Stars every significant character except the first keepFirst and last keepLast; with onlyLast > 0 only
    // the last onlyLast significant characters count (the +86 prefix of a mobile number stays as it is).
    private static string MaskDigits(string value, List<int> positions, int keepFirst, int keepLast, int onlyLast)
    {
        if (onlyLast > 0)
        {
            if (positions.Count < onlyLast)
            {
                return new string('*', value.Length);
            }

            positions = positions[^onlyLast..];
        }

        if (positions.Count <= keepFirst + keepLast)
        {
            return new string('*', value.Length);
        }

        var chars = value.ToCharArray();
        for (var i = keepFirst; i < positions.Count - keepLast; i++)
        {
            chars[positions[i]] = '*';
        }

        return new string(chars);
    }

    private static List<int> SignificantPositions(string folded, bool allowX)
    {
        var positions = new List<int>(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            if (char.IsAsciiDigit(folded[i]) || (allowX && folded[i] is 'X' or 'x'))
            {
                positions.Add(i);
            }
        }

        return positions;
    }

    private static string LabelOf(FindingKind kind) => kind switch
    {
        FindingKind.IdNumber => "居民身份证号码",
        FindingKind.MobilePhone => "手机号码",
        FindingKind.Landline => "固定电话号码",
        FindingKind.BankCard => "银行卡号",
        FindingKind.SecretMarking => "密级标志",
        FindingKind.NameWithId => "姓名及身份证号码",
        FindingKind.InternalMarking => "内部标志",
        FindingKind.SuspectedIdNumber => "疑似身份证号码（校验码不符）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static int Rank(FindingKind kind) => kind switch
    {
        FindingKind.NameWithId => 0,
        FindingKind.IdNumber => 1,
        FindingKind.SuspectedIdNumber => 2,
        FindingKind.BankCard => 3,
        FindingKind.MobilePhone => 4,
        FindingKind.Landline => 5,
        FindingKind.SecretMarking => 6,
        _ => 7,
    };

    // A marking naming a 密级 (绝密, 机密, 秘密) is a secrecy marking; 内部, 内部资料, 注意保密 and 密级：内部 are not.
    private static FindingKind MarkingKind(ReadOnlySpan<char> folded) =>
        folded.Contains("绝密", StringComparison.Ordinal) || folded.Contains("机密", StringComparison.Ordinal) || folded.Contains("秘密", StringComparison.Ordinal)
            ? FindingKind.SecretMarking
            : FindingKind.InternalMarking;

    private static void AddMarkings(List<(FindingKind, int, int)> candidates, string folded, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            candidates.Add((MarkingKind(folded.AsSpan(m.Index, m.Length)), m.Index, m.Length));
        }
    }

    private static void AddAll(List<(FindingKind, int, int)> candidates, FindingKind kind, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            candidates.Add((kind, m.Index, m.Length));
        }
    }

    // The digits (and a final X) of a match, separators dropped.
    private static string Significant(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(span.Length);
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsPlausibleId(ReadOnlySpan<char> match)
    {
        var id = Significant(match);
        // ChineseIdNumber already requires a real date from 1900 on; a scan also caps the year at 2100.
        return id.Length == 15
            ? IsPlausibleFirstGenerationId(id)
            : ChineseIdNumber.IsValid(id) && int.Parse(id.AsSpan(6, 4), provider: null) <= 2100;
    }

    // A first-generation number has no check digit, so only its parts tell it from any other 15 digits: a province
    // code that existed (11–65, GB/T 2260; 71/81/82 never issued these), a prefecture part other than 00, and a real
    // birth date in the 1900s (YYMMDD).
    private static bool IsPlausibleFirstGenerationId(string id)
    {
        var province = (id[0] - '0') * 10 + (id[1] - '0');
        var known = province is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46) or (>= 50 and <= 54) or (>= 61 and <= 65);
        if (!known || id.AsSpan(2, 2).SequenceEqual("00"))
        {
            return false;
        }

        var y = 1900 + int.Parse(id.AsSpan(6, 2), provider: null);
        var m = int.Parse(id.AsSpan(8, 2), provider: null);
        var d = int.Parse(id.AsSpan(10, 2), provider: null);
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    // 15 digits labelled as another kind of number (the old 15-digit 工商注册号 and 税务登记号 begin with a region code
    // too), or followed by a currency unit, are not ID numbers.
    private static bool IsOtherFifteenDigitNumber(string folded, Match m) =>
        OtherNumberLabelBefore().IsMatch(folded.AsSpan(0, m.Index))
        || folded.AsSpan(m.Index + m.Length).TrimStart(' ') is [ '元' or '万' or '亿', ..];

    private static bool HasPlausibleBirthDate(string digits) =>
        int.TryParse(digits.AsSpan(6, 4), out var y) && int.TryParse(digits.AsSpan(10, 2), out var m)
        && int.TryParse(digits.AsSpan(12, 2), out var d)
        && y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static bool IsLikelyName(ReadOnlySpan<char> name)
    {
        foreach (var word in NotNames)
        {
            if (name.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (Surnames.Contains(name[0]))
        {
            return true;
        }

        foreach (var compound in CompoundSurnames)
        {
            if (name.Length >= 3 && name.StartsWith(compound, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // One character for one, so that every index into the folded text is an index into the original.
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                'Ｘ' => 'X',
                'ｘ' => 'x',
                '＋' => '+',
                '－' or '—' or '–' or '‐' or '−' => '-',
                '（' => '(',
                '）' => ')',
                '［' => '[',
                '］' => ']',
                '．' => '.',
                '＊' => '*',
                '：' => ':',
                '，' => ',',
                '；' => ';',
                '｜' => '|',
                '／' => '/',
                '\u3000' or '\u00A0' => ' ',

                // Traditional forms in markings and ID labels: 機密★, 絕密, 密級, 內部資料, 祕密, 長期, 啟用前, 身份證號碼.
                '機' => '机',
                '絕' => '绝',
                '級' => '级',
                '內' => '内',
                '資' => '资',
                '祕' => '秘',
                '個' => '个',
                '長' => '长',
                '啟' or '啓' => '启',
                '證' => '证',
                '號' => '号',
                '碼' => '码',
                _ => c,
            };
        }
    });

    [GeneratedRegex(NotAfterDigits + "(?<id>" + IdBody + ")" + NotBeforeDigits)]
    private static partial Regex IdPattern();

    // Right after a 身份证号码 label (身份证, 身份证号, 身份证件号码, 身份證號碼 …): 18 characters are an ID number even when
    // the check character is wrong.
    [GeneratedRegex("身份证件?号?码?[ \\t:]{0,3}" + NotAfterDigits + "(?<id>" + Id18Body + ")" + NotBeforeDigits)]
    private static partial Regex LabelledIdPattern();

    [GeneratedRegex("(?:注册号|税号|识别号|账号|帐号|卡号|编号|流水号|订单号|单号|代码|编码)[ \\t:]{0,3}\\z")]
    private static partial Regex OtherNumberLabelBefore();

    [GeneratedRegex(
        "(?<=(?:^|[^" + Han + "])(?:" + NameLabels + ")?)(?<name>" + Han + "{2,4})(?<gap>" + Gap + ")"
        + NotAfterDigits + "(?<id>" + IdBody + ")" + NotBeforeDigits)]
    private static partial Regex NameWithIdPattern();

    [GeneratedRegex("^(?<name>" + Han + "{2,4})(?<gap>" + Gap + ")(?<id>" + IdBody + ")$")]
    private static partial Regex NameWithIdParts();

    // 1[3-9] and nine digits, grouped 3-4-4 by spaces or hyphens if at all, optionally after +86 / 0086 / 86.
    // An 11-digit number followed by 元/万/亿 is an amount.
    [GeneratedRegex(
        NotAfterDigits + "(?:(?:\\+|00)?86[ -]?)?1[3-9][0-9](?<sep>[ -]?)[0-9]{4}\\k<sep>[0-9]{4}" + NotBeforeDigits
        + "(?![ ]?[元万亿])")]
    private static partial Regex MobilePattern();

    // Area codes are 0 then 2-3 digits not starting with 0; local numbers are 7-8 digits not starting with 0 or 1.
    [GeneratedRegex(
        NotAfterDigits + "(?:\\(0[1-9][0-9]{1,2}\\)[ -]?|0[1-9][0-9]{1,2}[ -])[2-9][0-9]{2,3}[ -]?[0-9]{4}"
        + "(?:[ ]?(?:转|分机|-|ext\\.?|[xX])[ ]?[0-9]{1,5})?" + NotBeforeDigits)]
    private static partial Regex LandlinePattern();

    [GeneratedRegex("^(?<area>\\(?0[1-9][0-9]{1,2}\\)?[ -]?)(?<local>[2-9][0-9]{2,3}[ -]?[0-9]{4})(?<ext>.*)$", RegexOptions.Singleline)]
    private static partial Regex LandlineParts();

    // Unbroken 16-19 digits, or groups of four separated by one kind of separator; a spaced group of four
    // followed by more groups is a longer number, not a card.
    [GeneratedRegex(
        NotAfterDigits + "(?:[0-9]{16,19}|[0-9]{4}(?<sep>[ -])[0-9]{4}\\k<sep>[0-9]{4}\\k<sep>[0-9]{4}(?:\\k<sep>[0-9]{1,3})?(?![ -][0-9]))"
        + NotBeforeDigits)]
    private static partial Regex BankCardPattern();

    // GB/T 9704 prints 密级和保密期限 as 机密★1年; the star makes it a marking wherever it stands. A plain * only
    // counts with a period after it, because Markdown bold (**商业秘密**) also puts stars next to 秘密.
    [GeneratedRegex("(?:" + Level + "|内部)[ ]?(?:[★☆](?:[ ]?" + Period + ")?|\\*[ ]?" + Period + ")")]
    private static partial Regex StarMarkingPattern();

    [GeneratedRegex("密级[ ]*:?[ ]*(?:" + Level + "|内部)级?(?:[ ]?[★☆*](?:[ ]?" + Period + ")?)?")]
    private static partial Regex LabelledMarkingPattern();

    [GeneratedRegex("[【\\[(〔][ ]?(?:密级[ ]?:?[ ]?)?(?:" + Level + "级?|" + Internal + ")(?:[ ]?[★☆*](?:[ ]?" + Period + ")?)?[ ]?[】\\])〕]")]
    private static partial Regex BracketedMarkingPattern();

    // 内部资料性出版物 is a legal category (《内部资料性出版物管理办法》), not a marking.
    [GeneratedRegex("内部资料(?!性)")]
    private static partial Regex InternalMaterialPattern();

    // 机密级 standing alone; 绝密级国家秘密 and 分为绝密级、机密级 in statute text are running text.
    [GeneratedRegex("(?<![" + Han + "])" + Level + "级(?=[ \\t\\r\\n]|$|[★☆)】\\]])")]
    private static partial Regex StandaloneLevelPattern();

    // A marking at the start of a line, ending there or followed by punctuation or a wide gap: 秘密投票,
    // 机密性 and 内部控制 at the start of a line go on with a Han character and are running text.
    [GeneratedRegex(
        "^[ \\t]*(?<m>" + Level + "级?|" + Internal + ")(?:[ ]?[★☆*](?:[ ]?" + Period + ")?)?"
        + "(?=[ \\t]{2,}|[ \\t]*(?:$|[\\r:,;。、(【\\[]))",
        RegexOptions.Multiline)]
    private static partial Regex LineStartMarkingPattern();
}
