using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Letters;

namespace Gongkai.Documents.Tests.Letters;

public sealed class LetterDocxTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static Body BodyOf(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    private static List<Paragraph> Paragraphs(WordprocessingDocument doc) => BodyOf(doc).Elements<Paragraph>().ToList();

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    private static Paragraph Single(WordprocessingDocument doc, string style) => Assert.Single(Paragraphs(doc), p => StyleOf(p) == style);

    // 1 mm = 1440 / 25.4 twips.
    private static uint Twips(double mm) => (uint)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    [Theory]
    [MemberData(nameof(LetterSamples.Kinds), MemberType = typeof(LetterSamples))]
    public void Every_kind_validates_against_Office2010_with_zero_errors(LetterKind kind)
    {
        OpenXmlAssert.Valid(LetterDocx.Write(LetterSamples.Model(kind)), FileFormatVersions.Office2010);
    }

    [Theory]
    [MemberData(nameof(LetterSamples.Kinds), MemberType = typeof(LetterSamples))]
    public void Text_carries_title_applicant_subject_legal_basis_and_attachments(LetterKind kind)
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(kind)));
        var text = BodyOf(doc).InnerText;

        Assert.Contains(LetterTemplates.DefaultTitle(kind), text);
        Assert.Contains(LetterSamples.Applicant + "：", text);
        Assert.Contains(LetterSamples.Subject, text);
        Assert.Contains(LetterSamples.Basis(kind), text);
        Assert.Contains(LetterSamples.Attachment1, text);
        Assert.Contains("松政公开〔2026〕3号", text);
        Assert.DoesNotContain("{", text);
    }

    [Fact]
    public void Answer_carries_the_remedy_sentence_and_notices_do_not()
    {
        using var answer = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        using var notice = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.ExtensionNotice)));

        Assert.Contains(LetterSamples.Remedy, BodyOf(answer).InnerText);
        Assert.DoesNotContain("行政复议", BodyOf(notice).InnerText);
    }

    [Fact]
    public void Title_is_xiaobiaosong_2hao_centred_and_body_is_fangsong_3hao()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));

        var title = Paragraphs(doc)[0];
        Assert.Equal("GongwenTitle", StyleOf(title));
        Assert.Equal(LetterTemplates.DefaultTitle(LetterKind.Answer), title.InnerText);
        var titleRun = Assert.Single(title.Elements<Run>());
        Assert.Equal("方正小标宋简体", titleRun.RunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", titleRun.RunProperties.FontSize!.Val!.Value);

        var bodyRuns = Paragraphs(doc).Where(p => StyleOf(p) == "GongwenBody").SelectMany(p => p.Elements<Run>()).ToList();
        Assert.NotEmpty(bodyRuns);
        Assert.All(bodyRuns, r =>
        {
            Assert.Equal("仿宋_GB2312", r.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("Times New Roman", r.RunProperties.RunFonts.Ascii!.Value);
            Assert.Equal("Times New Roman", r.RunProperties.RunFonts.HighAnsi!.Value);
            Assert.Equal("32", r.RunProperties.FontSize!.Val!.Value);
            Assert.Equal("zh-CN", r.RunProperties.Languages!.EastAsia!.Value);
        });

        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var titleStyle = styles.Elements<Style>().Single(s => s.StyleId == "GongwenTitle");
        Assert.Equal(JustificationValues.Center, titleStyle.StyleParagraphProperties!.Justification!.Val!.Value);
        var bodyStyle = styles.Elements<Style>().Single(s => s.StyleId == "GongwenBody");
        Assert.Equal("640", bodyStyle.StyleParagraphProperties!.Indentation!.FirstLine!.Value); // two 16 pt characters
    }

    [Fact]
    public void Body_lines_are_exactly_28_points()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var spacing = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => s.StyleId == "Normal").StyleParagraphProperties!.SpacingBetweenLines!;

        Assert.Equal("560", spacing.Line!.Value);
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
    }

    [Fact]
    public void First_level_heading_is_heiti()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var headings = Paragraphs(doc).Where(p => StyleOf(p) == "GongwenHeading1").ToList();

        Assert.Equal(["一、关于招标文件", "二、关于中标结果"], headings.Select(h => h.InnerText));
        Assert.All(headings.SelectMany(h => h.Elements<Run>()), r => Assert.Equal("黑体", r.RunProperties!.RunFonts!.EastAsia!.Value));
    }

    [Fact]
    public void Page_is_A4_with_the_GBT9704_margins()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var section = BodyOf(doc).Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;

        Assert.Equal(Twips(210), size.Width!.Value);
        Assert.Equal(Twips(297), size.Height!.Value);
        Assert.Equal(2098u, Twips(37));
        Assert.Equal(1984u, Twips(35));
        Assert.Equal(1587u, Twips(28));
        Assert.Equal(1474u, Twips(26));
        Assert.Equal((int)Twips(37), margin.Top!.Value);
        Assert.Equal((int)Twips(35), margin.Bottom!.Value);
        Assert.Equal(Twips(28), margin.Left!.Value);
        Assert.Equal(Twips(26), margin.Right!.Value);
        // The 版心 that leaves: 156 mm × 225 mm.
        Assert.InRange(size.Width.Value - margin.Left.Value - margin.Right.Value, Twips(156) - 1, Twips(156) + 1);
        Assert.InRange((int)size.Height.Value - margin.Top.Value - margin.Bottom.Value, (int)Twips(225) - 1, (int)Twips(225) + 1);
    }

    [Fact]
    public void Footer_has_a_centred_page_number_between_dashes_in_songti_4hao()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var main = doc.MainDocumentPart!;
        var reference = BodyOf(doc).Elements<SectionProperties>().Single().GetFirstChild<FooterReference>()!;
        var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;

        Assert.Equal("— 1 —", footer.InnerText.Replace(" PAGE ", "", StringComparison.Ordinal));
        Assert.Contains(footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        Assert.All(footer.Descendants<Run>(), r =>
        {
            Assert.Equal("宋体", r.RunProperties!.RunFonts!.EastAsia!.Value);
            Assert.Equal("28", r.RunProperties.FontSize!.Val!.Value);
        });
        var footerStyle = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Footer");
        Assert.Equal(JustificationValues.Center, footerStyle.StyleParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Core_properties_name_the_title_and_the_agency()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.FeeNotice)));

        Assert.Equal(LetterTemplates.DefaultTitle(LetterKind.FeeNotice), doc.PackageProperties.Title);
        Assert.Equal(LetterSamples.Agency, doc.PackageProperties.Creator);
        Assert.Equal("zh-CN", doc.PackageProperties.Language);
        Assert.Equal("GK20260302-0007", doc.PackageProperties.Keywords);
        Assert.Equal(new DateTime(2026, 3, 25), doc.PackageProperties.Created?.Date);
        Assert.Equal("/docProps/core.xml", doc.CoreFilePropertiesPart!.Uri.ToString());
    }

    [Fact]
    public void Document_number_sits_under_the_title_and_is_left_out_when_empty()
    {
        using var numbered = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        Assert.Equal("GongwenNumber", StyleOf(Paragraphs(numbered)[1]));
        Assert.Equal("松政公开〔2026〕3号", Paragraphs(numbered)[1].InnerText);

        using var unnumbered = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer) with { DocumentNumber = "" }));
        Assert.DoesNotContain(Paragraphs(unnumbered), p => StyleOf(p) == "GongwenNumber");
    }

    [Fact]
    public void Salutation_is_flush_left_with_a_full_width_colon()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var salutation = Single(doc, "GongwenSalutation");

        Assert.Equal("张三：", salutation.InnerText);
        Assert.Null(salutation.ParagraphProperties!.Indentation);
    }

    [Fact]
    public void Attachments_come_numbered_before_the_signature_and_date_closes_right_aligned()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.Answer)));
        var paragraphs = Paragraphs(doc);
        var texts = paragraphs.Select(p => p.InnerText).ToList();

        var first = texts.IndexOf("附件：1. " + LetterSamples.Attachment1);
        var second = texts.IndexOf("2. " + LetterSamples.Attachment2);
        var signature = texts.IndexOf(LetterSamples.Agency);
        var date = texts.IndexOf("2026年3月25日");
        Assert.True(first > 0 && second == first + 1 && signature > second && date == signature + 1, string.Join(" | ", texts));

        Assert.Equal("GongwenSignature", StyleOf(paragraphs[signature]));
        Assert.Equal("GongwenDate", StyleOf(paragraphs[date]));
        // GB/T 9704 7.3.5.1: the date four characters (4 × 320 twips) from the right.
        Assert.Equal("1280", paragraphs[date].ParagraphProperties!.Indentation!.Right!.Value);
        var justification = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Where(s => s.StyleId == "GongwenSignature" || s.StyleId == "GongwenDate")
            .Select(s => s.StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.All(justification, j => Assert.Equal(JustificationValues.Right, j));
    }

    [Fact]
    public void Single_attachment_is_not_numbered_and_contact_line_becomes_a_bracketed_note()
    {
        using var doc = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.CorrectionNotice)));
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();

        Assert.Contains("附件：" + LetterSamples.Attachment1, texts);
        Assert.Equal("（联系人：李四，联系电话：021-57000000）", texts[^1]);
    }

    [Fact]
    public void Legal_basis_gets_its_own_line_only_when_the_body_does_not_cite_it()
    {
        using var cited = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.ExtensionNotice)));
        var basis = LetterSamples.Basis(LetterKind.ExtensionNotice);
        Assert.Single(Paragraphs(cited), p => p.InnerText.Contains(basis, StringComparison.Ordinal));

        using var uncited = Open(LetterDocx.Write(LetterSamples.Model(LetterKind.ExtensionNotice, body: "本机关将延期答复。")));
        Assert.Contains(Paragraphs(uncited), p => p.InnerText == "法律依据：" + basis + "。");
    }

    [Fact]
    public void Agency_title_override_replaces_the_default_title()
    {
        var model = LetterSamples.Model(LetterKind.Answer) with { Title = "政府信息公开答复告知书" };
        using var doc = Open(LetterDocx.Write(model));

        Assert.Equal("政府信息公开答复告知书", Paragraphs(doc)[0].InnerText);
        Assert.Equal("政府信息公开答复告知书", doc.PackageProperties.Title);
    }

    [Fact]
    public void A_3000_character_body_still_validates_and_keeps_its_paragraphs()
    {
        const string sentence = "经检索，本机关保存有您申请获取的相关政府信息，现将有关情况说明如下。";
        var paragraphs = Enumerable.Range(1, 13)
            .Select(i => $"（{i}）" + string.Concat(Enumerable.Repeat(sentence, 7)))
            .ToList();
        var body = string.Join("\n", paragraphs);
        Assert.True(body.Length >= 3000, body.Length.ToString());

        var bytes = LetterDocx.Write(LetterSamples.Model(LetterKind.Answer, body));

        OpenXmlAssert.Valid(bytes, FileFormatVersions.Office2010);
        using var doc = Open(bytes);
        var bodyParagraphs = Paragraphs(doc).Where(p => StyleOf(p) == "GongwenBody").Select(p => p.InnerText).ToList();
        Assert.True(bodyParagraphs.Count > 1);
        Assert.Equal(paragraphs, bodyParagraphs.Take(paragraphs.Count));
    }

    [Fact]
    public void Control_characters_from_pasted_text_are_dropped_and_the_file_stays_valid()
    {
        var model = LetterSamples.Model(LetterKind.Answer, body: "第一段\u0001\u0008文字\r\n第二段\u000B文字\uFFFF") with
        {
            ApplicantName = "张\u0000三",
        };
        var bytes = LetterDocx.Write(model);

        OpenXmlAssert.Valid(bytes, FileFormatVersions.Office2010);
        using var doc = Open(bytes);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();
        Assert.Contains("张三：", texts);
        Assert.Contains("第一段文字", texts);
        Assert.Contains("第二段文字", texts);
    }

    [Fact]
    public void Stream_overload_writes_to_a_forward_only_stream()
    {
        using var sink = new ForwardOnlyStream();
        LetterDocx.Write(LetterSamples.Model(LetterKind.Answer), sink);

        Assert.True(sink.Written.Length > 1000);
        OpenXmlAssert.Valid(sink.Written.ToArray(), FileFormatVersions.Office2010);
    }

    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }
}
