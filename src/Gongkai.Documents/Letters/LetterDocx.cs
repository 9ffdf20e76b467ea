using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Letters;

/// <summary>
/// Writes a reply letter as a Word document laid out like an official document under GB/T 9704-2012
/// 《党政机关公文格式》: A4, 版心 156 mm × 225 mm, 三号仿宋 body on a 28 pt line, 二号小标宋 title, page numbers
/// "— 1 —" in 四号宋体.
/// </summary>
public static class LetterDocx
{
    // GB/T 9704 5.2.1: 天头 37 mm, 订口 28 mm, leaving a 156 mm × 225 mm 版心 on A4 (so bottom 35 mm, right 26 mm).
    internal const int PageWidth = 11906;   // 210 mm
    internal const int PageHeight = 16838;  // 297 mm
    internal const int MarginTop = 2098;    // 37 mm
    internal const int MarginBottom = 1984; // 35 mm
    internal const int MarginLeft = 1587;   // 28 mm
    internal const int MarginRight = 1474;  // 26 mm
    private const int HeaderDistance = 851; // 15 mm; there is no header
    // GB/T 9704 7.5: the page number's dash line sits 7 mm below the 版心, i.e. its top 28 mm above the page edge;
    // a 14 pt line (~5 mm) then ends about 23 mm up, which is Word's footer distance.
    private const int FooterDistance = 1304;

    private const string TimesNewRoman = "Times New Roman";
    private const string FangSong = "仿宋_GB2312";
    private const string XiaoBiaoSong = "方正小标宋简体";
    private const string HeiTi = "黑体";
    private const string KaiTi = "楷体_GB2312";
    private const string SongTi = "宋体";

    // Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
    private const int Size2Hao = 44;
    private const int Size3Hao = 32;
    private const int Size4Hao = 28;

    // GB/T 9704 5.2.2: 22 lines of 28 characters; 三号 characters on a fixed 28 pt line fill 225 mm with 22 lines.
    private const int LinePitch = 560;
    private const int TitleLinePitch = 720; // 36 pt, so 22 pt 小标宋 glyphs are not clipped by an exact line
    private const int Char = 320;           // one 三号 character, in twips
    private const int HalfChar = Char / 2;

    /// <summary>Writes <paramref name="model"/> as a .docx package to <paramref name="output"/>, which is left open.</summary>
    public static void Write(LetterModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);

        // System.IO.Packaging wants a seekable stream; build in memory so response bodies and pipes work too.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            Build(document, model);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Returns <paramref name="model"/> as the bytes of a .docx file.</summary>
    public static byte[] Write(LetterModel model)
    {
        using var output = new MemoryStream();
        Write(model, output);
        return output.ToArray();
    }

    private static void Build(WordprocessingDocument document, LetterModel model)
    {
        WriteCoreProperties(document.AddCoreFilePropertiesPart(), model);

        var main = document.AddMainDocumentPart();

        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = BuildStyles();

        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = BuildSettings();

        var fonts = main.AddNewPart<FontTablePart>("rIdFontTable");
        fonts.Fonts = BuildFontTable();

        var footer = main.AddNewPart<FooterPart>("rIdFooter1");
        footer.Footer = BuildFooter();

        var body = new Body();
        var blocks = LetterLayout.Compose(model);
        var numberedAttachments = blocks.Any(b => b.Kind == BlockKind.AttachmentMore);
        var keep = LetterLayout.KeepWithNext(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            body.Append(BuildParagraph(blocks[i], numberedAttachments, keep[i]));
        }

        body.Append(BuildSection(main.GetIdOfPart(footer)));
        main.Document = new Document(body);
    }

    /// <summary>
    /// docProps/core.xml, written directly: System.IO.Packaging's PackageProperties would store it under
    /// /package/services/metadata/, which Word reads but other tools often miss.
    /// </summary>
    private static void WriteCoreProperties(CoreFilePropertiesPart part, LetterModel model)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string DcTerms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        // The date of issue, not the wall clock: the same letter gets the same properties every time it is rendered.
        var issued = model.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        var agency = LetterLayout.Clean(model.AgencyName).Trim();

        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("dc", "title", Dc, LetterLayout.Title(model));
        xml.WriteElementString("dc", "subject", Dc, LetterLayout.Clean(model.Subject).Trim());
        xml.WriteElementString("dc", "creator", Dc, agency);
        xml.WriteElementString("cp", "keywords", Cp, LetterLayout.Clean(model.TrackingCode).Trim());
        xml.WriteElementString("dc", "identifier", Dc, LetterLayout.Clean(model.DocumentNumber).Trim());
        xml.WriteElementString("dc", "language", Dc, "zh-CN");
        xml.WriteElementString("cp", "lastModifiedBy", Cp, agency);
        foreach (var name in (string[])["created", "modified"])
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(issued);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static Paragraph BuildParagraph(LetterBlock block, bool numberedAttachments, bool keepWithNext)
    {
        var (style, font, size) = block.Kind switch
        {
            BlockKind.Title => ("GongwenTitle", XiaoBiaoSong, Size2Hao),
            BlockKind.DocumentNumber => ("GongwenNumber", FangSong, Size3Hao),
            BlockKind.Salutation => ("GongwenSalutation", FangSong, Size3Hao),
            BlockKind.Heading1 => ("GongwenHeading1", HeiTi, Size3Hao),
            BlockKind.Heading2 => ("GongwenHeading2", KaiTi, Size3Hao),
            BlockKind.AttachmentFirst or BlockKind.AttachmentMore => ("GongwenAttachment", FangSong, Size3Hao),
            BlockKind.Signature => ("GongwenSignature", FangSong, Size3Hao),
            BlockKind.Date => ("GongwenDate", FangSong, Size3Hao),
            BlockKind.Note => ("GongwenNote", FangSong, Size3Hao),
            BlockKind.Body => ("GongwenBody", FangSong, Size3Hao),
            _ => ("Normal", FangSong, Size3Hao),
        };

        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepWithNext)
        {
            pPr.Append(new KeepNext());
        }

        switch (block.Kind)
        {
            case BlockKind.AttachmentFirst or BlockKind.AttachmentMore:
                // 7.3.4: "附件" two characters in; wrapped lines line up under the first character of the name.
                var left = numberedAttachments ? 6 * Char : 5 * Char;
                var start = block.Kind == BlockKind.AttachmentFirst ? 2 * Char : 5 * Char;
                pPr.Append(new Indentation { Left = left.ToString(), Hanging = (left - start).ToString() });
                break;
            case BlockKind.Signature or BlockKind.Date:
                pPr.Append(new Indentation { Right = (block.RightIndentHalfChars * HalfChar).ToString() });
                break;
        }

        var paragraph = new Paragraph(pPr);
        if (block.Text.Length > 0)
        {
            paragraph.Append(BuildRun(block.Text, font, TimesNewRoman, size));
        }
        else
        {
            // An empty line still takes the body font's height.
            pPr.Append(new ParagraphMarkRunProperties(Fonts(FangSong, TimesNewRoman), new FontSize { Val = Size3Hao.ToString() }));
        }

        return paragraph;
    }

    private static Run BuildRun(string text, string eastAsia, string latin, int halfPoints) =>
        new(RunProps(eastAsia, latin, halfPoints), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static RunProperties RunProps(string eastAsia, string latin, int halfPoints) =>
        new(
            Fonts(eastAsia, latin),
            new FontSize { Val = halfPoints.ToString() },
            new FontSizeComplexScript { Val = halfPoints.ToString() },
            Lang());

    private static RunFonts Fonts(string eastAsia, string latin) => new()
    {
        // The hint makes Word set full-width punctuation shared with Latin fonts (“”、…) in the East-Asian font.
        Hint = FontTypeHintValues.EastAsia,
        Ascii = latin,
        HighAnsi = latin,
        EastAsia = eastAsia,
        ComplexScript = latin,
    };

    private static Languages Lang() => new() { Val = "en-US", EastAsia = "zh-CN" };

    private static SectionProperties BuildSection(string footerId) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin
            {
                Top = MarginTop,
                Right = MarginRight,
                Bottom = MarginBottom,
                Left = MarginLeft,
                Header = HeaderDistance,
                Footer = FooterDistance,
                Gutter = 0,
            },
            new PageNumberType { Format = NumberFormatValues.Decimal },
            new Columns { Space = "425" },
            new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch });

    private static Footer BuildFooter()
    {
        // GB/T 9704 7.5: 四号半角宋体阿拉伯数字 between two 一字线. Centred on every page (the standard puts odd pages
        // right and even pages left for two-sided print; letters are one-sided).
        Run Plain(string text) => BuildRun(text, SongTi, SongTi, Size4Hao);
        Run Field(OpenXmlElement element) => new(RunProps(SongTi, SongTi, Size4Hao), element);

        return new Footer(
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
                Plain("— "),
                Field(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                Field(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                Plain("1"),
                Field(new FieldChar { FieldCharType = FieldCharValues.End }),
                Plain(" —")));
    }

    private static Settings BuildSettings() =>
        new(
            new Zoom { Percent = "100" },
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(
                // Without this Word opens the file in compatibility mode.
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });

    private static Fonts BuildFontTable()
    {
        // altName lets Word and WPS fall back to the stock Windows faces (仿宋, 楷体) when the GB2312-era fonts are absent.
        static Font Cjk(string name, string? altName, FontFamilyValues family, FontPitchValues pitch)
        {
            var font = new Font { Name = name };
            if (altName is not null)
            {
                font.Append(new AltName { Val = altName });
            }

            font.Append(
                new FontCharSet { Val = "86" },
                new FontFamily { Val = family },
                new Pitch { Val = pitch });
            return font;
        }

        return new Fonts(
            new Font(
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable }) { Name = TimesNewRoman },
            Cjk(SongTi, "SimSun", FontFamilyValues.Auto, FontPitchValues.Variable),
            Cjk(FangSong, "仿宋", FontFamilyValues.Modern, FontPitchValues.Fixed),
            Cjk(XiaoBiaoSong, null, FontFamilyValues.Script, FontPitchValues.Variable),
            Cjk(HeiTi, "SimHei", FontFamilyValues.Modern, FontPitchValues.Fixed),
            Cjk(KaiTi, "楷体", FontFamilyValues.Modern, FontPitchValues.Fixed));
    }

    private static Styles BuildStyles()
    {
        static Style Paragraph(string id, string name, string? basedOn, StyleParagraphProperties pPr, StyleRunProperties? rPr = null)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id, CustomStyle = id.StartsWith("Gongwen", StringComparison.Ordinal) };
            style.Append(new StyleName { Val = name });
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
                style.Append(new NextParagraphStyle { Val = "GongwenBody" });
            }

            style.Append(new PrimaryStyle());
            style.Append(pPr);
            if (rPr is not null)
            {
                style.Append(rPr);
            }

            return style;
        }

        static StyleRunProperties Font(string eastAsia, string latin, int halfPoints) =>
            new(Fonts(eastAsia, latin), new FontSize { Val = halfPoints.ToString() }, new FontSizeComplexScript { Val = halfPoints.ToString() });

        static SpacingBetweenLines Exact(int twips) =>
            new() { Before = "0", After = "0", Line = twips.ToString(), LineRule = LineSpacingRuleValues.Exact };

        var normal = Paragraph(
            "Normal",
            "Normal",
            null,
            new StyleParagraphProperties(Exact(LinePitch), new Justification { Val = JustificationValues.Both }));
        normal.Default = true;

        var defaultFont = new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character,
            StyleId = "DefaultParagraphFont",
            Default = true,
        };

        var indentTwo = () => new Indentation { FirstLine = (2 * Char).ToString(), FirstLineChars = 200 };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(FangSong, TimesNewRoman),
                    new FontSize { Val = Size3Hao.ToString() },
                    new FontSizeComplexScript { Val = Size3Hao.ToString() },
                    new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(Exact(LinePitch)))),
            normal,
            defaultFont,
            Paragraph(
                "GongwenTitle",
                "公文标题",
                "Normal",
                new StyleParagraphProperties(new KeepNext(), Exact(TitleLinePitch), new Justification { Val = JustificationValues.Center }),
                Font(XiaoBiaoSong, TimesNewRoman, Size2Hao)),
            Paragraph(
                "GongwenNumber",
                "发文字号",
                "Normal",
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center })),
            Paragraph(
                "GongwenSalutation",
                "主送机关",
                "Normal",
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Left })),
            Paragraph(
                "GongwenBody",
                "公文正文",
                "Normal",
                new StyleParagraphProperties(indentTwo(), new Justification { Val = JustificationValues.Both })),
            Paragraph(
                "GongwenHeading1",
                "公文一级标题",
                "GongwenBody",
                new StyleParagraphProperties(new KeepNext(), indentTwo(), new OutlineLevel { Val = 0 }),
                Font(HeiTi, TimesNewRoman, Size3Hao)),
            Paragraph(
                "GongwenHeading2",
                "公文二级标题",
                "GongwenBody",
                new StyleParagraphProperties(new KeepNext(), indentTwo(), new OutlineLevel { Val = 1 }),
                Font(KaiTi, TimesNewRoman, Size3Hao)),
            Paragraph(
                "GongwenAttachment",
                "附件说明",
                "Normal",
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Left })),
            Paragraph(
                "GongwenSignature",
                "发文机关署名",
                "Normal",
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Right })),
            Paragraph(
                "GongwenDate",
                "成文日期",
                "Normal",
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Right })),
            Paragraph(
                "GongwenNote",
                "附注",
                "Normal",
                new StyleParagraphProperties(indentTwo(), new Justification { Val = JustificationValues.Left })),
            Paragraph(
                "Footer",
                "footer",
                "Normal",
                new StyleParagraphProperties(Exact(Size4Hao * 10), new Justification { Val = JustificationValues.Center }),
                Font(SongTi, SongTi, Size4Hao)));
    }
}
