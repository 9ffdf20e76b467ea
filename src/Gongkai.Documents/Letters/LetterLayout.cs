using System.Text.RegularExpressions;

namespace Gongkai.Documents.Letters;

/// <summary>The parts of a letter in GB/T 9704-2012 order; both renderers walk the same list, so DOCX and HTML agree.</summary>
internal enum BlockKind
{
    /// <summary>标题 (7.3.1).</summary>
    Title,

    /// <summary>发文字号, here under the title.</summary>
    DocumentNumber,

    /// <summary>An empty line ("空一行").</summary>
    Blank,

    /// <summary>主送机关 (7.3.2): flush left, ends with a full-width colon.</summary>
    Salutation,

    /// <summary>正文 paragraph (7.3.3): first line indented two characters.</summary>
    Body,

    /// <summary>第一层标题 "一、" in 黑体.</summary>
    Heading1,

    /// <summary>第二层标题 "（一）" in 楷体.</summary>
    Heading2,

    /// <summary>附件说明 (7.3.4), first item; carries "附件：".</summary>
    AttachmentFirst,

    /// <summary>附件说明, later items, aligned under the first item's name.</summary>
    AttachmentMore,

    /// <summary>发文机关署名 (7.3.5.1), centred over the date.</summary>
    Signature,

    /// <summary>成文日期 (7.3.5.1), four characters from the right.</summary>
    Date,

    /// <summary>附注 (7.3.6), in parentheses, two characters in.</summary>
    Note,
}

/// <summary>One part of the letter. <see cref="RightIndentHalfChars"/> is used by signature and date only.</summary>
internal sealed record LetterBlock(BlockKind Kind, string Text, int RightIndentHalfChars = 0);

internal static partial class LetterLayout
{
    /// <summary>
    /// GB/T 9704 7.3.5.1 (加盖印章): 成文日期右空四字; 发文机关署名 centred over the date. Reply letters carry the
    /// 政府信息公开专用章, so this is the sealed layout, not 7.3.5.2's unsealed one.
    /// </summary>
    private const int DateRightIndentHalfChars = 8;

    /// <summary>
    /// Two empty lines above the signature leave room for the seal (about 42 mm across), whose top must stay within
    /// one line of the text above (7.3.5.1).
    /// </summary>
    private const int BlankLinesBeforeSignature = 2;

    public static string Title(LetterModel model) =>
        string.IsNullOrWhiteSpace(model.Title) ? LetterTemplates.DefaultTitle(model.Kind) : Clean(model.Title).Trim();

    /// <summary>GB/T 9704 7.3.5.4 (成文日期中的数字): Arabic numerals, full year, no leading zeros (2026年3月5日).</summary>
    public static string OfficialDate(DateOnly date) =>
        date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture);

    public static IReadOnlyList<LetterBlock> Compose(LetterModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var blocks = new List<LetterBlock> { new(BlockKind.Title, Title(model)) };

        var number = Clean(model.DocumentNumber).Trim();
        if (number.Length > 0)
        {
            blocks.Add(new(BlockKind.DocumentNumber, number));
        }

        // 7.3.2: 主送机关 one line below the title.
        blocks.Add(new(BlockKind.Blank, ""));
        blocks.Add(new(BlockKind.Salutation, Clean(model.ApplicantName).Trim() + "："));

        var body = Clean(model.Body);
        foreach (var paragraph in Paragraphs(body))
        {
            blocks.Add(new(Classify(paragraph), paragraph));
        }

        // The legal basis is its own field so that it is always stated; templates normally weave it into a sentence,
        // and then it is not repeated.
        var basis = Clean(model.LegalBasis).Trim();
        if (basis.Length > 0 && !body.Contains(basis, StringComparison.Ordinal))
        {
            blocks.Add(new(BlockKind.Body, "法律依据：" + basis.TrimEnd('。') + "。"));
        }

        foreach (var paragraph in Paragraphs(Clean(model.RemedySentence ?? "")))
        {
            blocks.Add(new(BlockKind.Body, paragraph));
        }

        // 7.3.4: 附件说明 one line below the text, "附件：1. 名称", no punctuation after a name.
        var attachments = model.Attachments
            .Select(a => Clean(a).Trim().TrimEnd('。', '；', ';', '，', ','))
            .Where(a => a.Length > 0)
            .ToList();
        if (attachments.Count > 0)
        {
            blocks.Add(new(BlockKind.Blank, ""));
            if (attachments.Count == 1)
            {
                blocks.Add(new(BlockKind.AttachmentFirst, "附件：" + attachments[0]));
            }
            else
            {
                for (var i = 0; i < attachments.Count; i++)
                {
                    var item = string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {attachments[i]}");
                    blocks.Add(i == 0 ? new(BlockKind.AttachmentFirst, "附件：" + item) : new(BlockKind.AttachmentMore, item));
                }
            }
        }

        for (var i = 0; i < BlankLinesBeforeSignature; i++)
        {
            blocks.Add(new(BlockKind.Blank, ""));
        }

        var agency = Clean(model.AgencyName).Trim();
        var date = OfficialDate(model.IssuedOn);
        var dateWidth = HalfCharWidth(date);
        var agencyWidth = HalfCharWidth(agency);
        // Centre the name over the date; a name longer than the line allows just ends at the right margin.
        var agencyIndent = Math.Max(0, DateRightIndentHalfChars + ((dateWidth - agencyWidth) / 2));
        blocks.Add(new(BlockKind.Signature, agency, agencyIndent));
        blocks.Add(new(BlockKind.Date, date, DateRightIndentHalfChars));

        var contact = Clean(model.ContactLine ?? "").Trim();
        if (contact.Length > 0)
        {
            // 7.3.6: 附注 in round brackets.
            var bracketed = contact.StartsWith('（') || contact.StartsWith('(') ? contact : "（" + contact + "）";
            blocks.Add(new(BlockKind.Note, bracketed));
        }

        return blocks;
    }

    /// <summary>
    /// Which blocks must stay on the page of the block after them: the signature with its date, and the blank lines and
    /// the last line of text above it, so that the seal never lands on a page of its own (GB/T 9704 7.3.5.5 特殊情况说明 would
    /// rather squeeze the spacing than strand the signature).
    /// </summary>
    public static bool[] KeepWithNext(IReadOnlyList<LetterBlock> blocks)
    {
        var keep = new bool[blocks.Count];
        var signature = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Signature)
            {
                signature = i;
                break;
            }
        }

        if (signature < 0)
        {
            return keep;
        }

        var start = signature;
        while (start > 0 && blocks[start - 1].Kind == BlockKind.Blank)
        {
            start--;
        }

        for (var i = Math.Max(0, start - 1); i <= signature; i++)
        {
            keep[i] = true;
        }

        return keep;
    }

    /// <summary>
    /// Width in half characters at the body size: CJK and full-width forms take a whole character, ASCII digits and
    /// letters (set in Times New Roman) about half.
    /// </summary>
    public static int HalfCharWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value < 0x1100 || (rune.Value >= 0xFF61 && rune.Value <= 0xFFDC) ? 1 : 2;
        }

        return width;
    }

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (control characters from pasted text, lone surrogates), which would make
    /// the DOCX writer throw; tabs become spaces and CR LF becomes LF.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    sb.Append('\n');
                }
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (c == '\n' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Non-empty lines, without leading spaces: the two-character indent is layout, so a template that types
    /// "　　" itself would otherwise be indented four.
    /// </summary>
    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split('\n')
            .Select(line => line.Trim(' ', '\u3000', '\u00A0'))
            .Where(line => line.Length > 0);

    /// <summary>
    /// A whole-line "一、…" or "（一）…" without a sentence inside is a heading (GB/T 9704 7.3.3: 第一层黑体, 第二层楷体);
    /// numbered paragraphs that go on into sentences stay ordinary text.
    /// </summary>
    private static BlockKind Classify(string paragraph)
    {
        if (paragraph.Length > 40 || paragraph.TrimEnd('。').Contains('。'))
        {
            return BlockKind.Body;
        }

        if (FirstLevel().IsMatch(paragraph))
        {
            return BlockKind.Heading1;
        }

        return SecondLevel().IsMatch(paragraph) ? BlockKind.Heading2 : BlockKind.Body;
    }

    [GeneratedRegex("^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex FirstLevel();

    [GeneratedRegex("^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex SecondLevel();
}
