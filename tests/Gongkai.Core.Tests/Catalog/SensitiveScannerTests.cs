using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class SensitiveScannerTests
{
    // Check characters computed with GB 11643-1999 (ISO 7064 MOD 11-2, weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2).
    private const string IdGb = "11010519491231002X";          // the example printed in the standard itself
    private const string IdNanchang = "360102198001014567";     // fails Luhn, so it cannot double as a card
    private const string IdAlsoLuhn = "360102198001011235";     // a valid ID that also passes Luhn
    private const string IdWrongCheck = "360102198001011230";   // the same digits as IdAlsoLuhn, wrong check digit

    private static Finding Single(string text)
    {
        var findings = SensitiveScanner.Scan(text);
        return Assert.Single(findings);
    }

    // ---- ID numbers ----

    [Theory]
    [InlineData(IdGb)]
    [InlineData("11010519491231002x")]
    [InlineData(IdNanchang)]
    [InlineData("36010219850615432X")]
    public void Valid_id_numbers_are_found(string id)
    {
        var finding = Single($"经办人身份证号为{id}，请核对。");
        Assert.Equal(FindingKind.IdNumber, finding.Kind);
        Assert.Equal(id, finding.Text);
        Assert.Equal(8, finding.Start);
        Assert.Equal(18, finding.Length);
        Assert.Equal("居民身份证号码", finding.Label);
    }

    [Theory]
    [InlineData(IdWrongCheck)]                 // wrong check digit
    [InlineData("110105194912310021")]         // wrong check digit
    [InlineData("360102198013011232")]         // right check digit, month 13
    [InlineData("360102210101011231")]         // right check digit, born 2101
    [InlineData("360102189901011236")]         // right check digit, born 1899
    [InlineData("9" + IdNanchang)]             // part of a 19-digit run
    [InlineData(IdNanchang + "8")]
    public void Invalid_or_embedded_id_numbers_are_not_found(string number) =>
        Assert.DoesNotContain(SensitiveScanner.Scan($"编号：{number}。"), f => f.Kind == FindingKind.IdNumber);

    [Fact]
    public void An_id_with_a_wrong_check_digit_is_no_finding_at_all() =>
        Assert.Empty(SensitiveScanner.Scan($"证件号码{IdWrongCheck}"));

    [Fact]
    public void Id_numbers_are_masked_keeping_the_first_and_last_four()
    {
        Assert.Equal("3601**********4567", SensitiveScanner.Mask(FindingKind.IdNumber, IdNanchang));
        Assert.Equal("1101**********002X", Single(IdGb).Masked);
    }

    [Fact]
    public void Full_width_id_numbers_are_found_and_reported_as_written()
    {
        const string fullWidth = "３６０１０２１９８００１０１４５６７";
        var finding = Single($"身份证：{fullWidth}");
        Assert.Equal(FindingKind.IdNumber, finding.Kind);
        Assert.Equal(4, finding.Start);
        Assert.Equal(fullWidth, finding.Text);
        Assert.Equal("３６０１**********４５６７", finding.Masked);
    }

    [Fact]
    public void Full_width_id_with_a_wrong_check_digit_is_not_found() =>
        Assert.Empty(SensitiveScanner.Scan("３６０１０２１９８００１０１１２３０"));

    [Fact]
    public void Id_numbers_grouped_six_eight_four_are_found()
    {
        var finding = Single("360102 19800101 4567");
        Assert.Equal(FindingKind.IdNumber, finding.Kind);
        Assert.Equal("3601** ******** 4567", finding.Masked);
    }

    // ---- First-generation 15-digit ID numbers ----

    [Theory]
    [InlineData("360102800101123", "3601*******1123")]   // 南昌 东湖区, born 1980-01-01
    [InlineData("110105491231002", "1101*******1002")]   // 北京 朝阳区, born 1949-12-31
    [InlineData("360102800229123", "3601*******9123")]   // 1980 was a leap year
    [InlineData("５００１０３７５０６１５４２１", "５００１*******５４２１")] // full width, 重庆
    public void Fifteen_digit_first_generation_ids_are_found(string id, string masked)
    {
        var finding = Single($"原户籍登记{id}，已换领新证。");
        Assert.Equal(FindingKind.IdNumber, finding.Kind);
        Assert.Equal(id, finding.Text);
        Assert.Equal(masked, finding.Masked);
        Assert.Equal("居民身份证号码", finding.Label);
    }

    [Theory]
    [InlineData("123456789012345")]          // 12 is a province, but month 90 is no month
    [InlineData("360102801301123")]          // month 13
    [InlineData("360102810229123")]          // 1981-02-29
    [InlineData("360102800100123")]          // day 00
    [InlineData("710102800101123")]          // 台湾 never issued first-generation mainland IDs
    [InlineData("990102800101123")]          // no province 99
    [InlineData("090102800101123")]          // no province 09
    [InlineData("360002800101123")]          // prefecture 00
    [InlineData("3601028001011231")]         // 16 digits
    [InlineData("36010280010112")]           // 14 digits
    public void Fifteen_digit_numbers_without_a_region_and_birth_date_are_not_ids(string number) =>
        Assert.DoesNotContain(SensitiveScanner.Scan($"数据：{number}。"), f => f.Kind is FindingKind.IdNumber or FindingKind.NameWithId or FindingKind.SuspectedIdNumber);

    [Theory]
    [InlineData("注册号：360102800101123")]     // the old 15-digit 工商注册号 begins with a region code too
    [InlineData("纳税人识别号360102800101123")]
    [InlineData("税号 360102800101123")]
    [InlineData("合同编号：360102800101123")]
    [InlineData("总额360102800101123元")]
    public void Fifteen_digit_numbers_labelled_as_something_else_are_not_ids(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    [Fact]
    public void A_name_next_to_a_fifteen_digit_id_is_masked_together()
    {
        var finding = Single("张三\t男\t360102800101123");
        Assert.Equal(FindingKind.NameWithId, finding.Kind);
        Assert.Equal("张*\t男\t3601*******1123", finding.Masked);
    }

    // ---- 18 digits with a wrong check character after a 身份证 label ----

    [Theory]
    [InlineData("身份证" + IdWrongCheck)]
    [InlineData("身份证号：" + IdWrongCheck)]
    [InlineData("身份证号码 " + IdWrongCheck)]
    [InlineData("身份证件号码：" + IdWrongCheck)]
    [InlineData("身份證號碼：" + IdWrongCheck)]
    [InlineData("身份證號" + IdWrongCheck)]
    [InlineData("身份证号：360102198013011232")]   // a typo in the birth date is still a typo in an ID
    public void Eighteen_digits_with_a_wrong_check_character_after_an_id_label_are_suspected_ids(string text)
    {
        var finding = Single(text);
        Assert.Equal(FindingKind.SuspectedIdNumber, finding.Kind);
        Assert.Equal(18, finding.Length);
        Assert.Equal(text[^18..], finding.Text);
        Assert.Equal(text[^18..^14] + "**********" + text[^4..], finding.Masked);
        Assert.Equal("疑似身份证号码（校验码不符）", finding.Label);
    }

    [Theory]
    [InlineData("证件号码" + IdWrongCheck)]            // not a 身份证 label: could be any certificate
    [InlineData("身份证号为" + IdWrongCheck)]          // not right after the label
    [InlineData("身份证号：" + IdWrongCheck + "1")]    // 19 digits
    public void Wrong_check_characters_elsewhere_are_not_suspected_ids(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    [Fact]
    public void A_valid_id_after_the_label_is_an_id_not_a_suspected_one() =>
        Assert.Equal(FindingKind.IdNumber, Single("身份证号：" + IdNanchang).Kind);

    // ---- The agency's own published numbers ----

    [Theory]
    [InlineData("咨询电话：0791-86801234")]
    [InlineData("咨询电话：（0791）86801234")]
    [InlineData("咨询电话：0791 86801234转8001")]
    [InlineData("传真：0791-86801235")]
    [InlineData("值班手机：+86 138 0013 8000")]
    public void The_agencys_own_published_numbers_are_not_findings(string text)
    {
        var own = PublishedNumbers.From("电话：0791-86801234；传真：0791-86801235", "13800138000");
        Assert.Empty(SensitiveScanner.Scan(text, own));
        Assert.NotEmpty(SensitiveScanner.Scan(text));
    }

    [Fact]
    public void Other_numbers_are_still_found_next_to_the_agencys_own()
    {
        var own = PublishedNumbers.From("0791-86801234");
        var findings = SensitiveScanner.Scan("办公室0791-86801234，经办人0791-86801299，手机13900139000", own);
        Assert.Equal(["0791-86801299", "13900139000"], findings.Select(f => f.Text));

        // A profile number the scan does not recognise (a local number starting with 0) allows nothing.
        Assert.Single(SensitiveScanner.Scan("0791-86801234", PublishedNumbers.From(null, "", "0795-0000000")));
        Assert.Single(SensitiveScanner.Scan("0791-86801234", PublishedNumbers.None));
    }

    // ---- Names next to ID numbers ----

    [Fact]
    public void A_low_income_table_reports_each_name_with_its_id_once()
    {
        const string table =
            "序号\t姓名\t性别\t身份证号码\t保障人数\t月保障金（元）\n"
            + "1\t张三\t男\t" + IdNanchang + "\t2\t1260.00\n"
            + "2\t欧阳娜娜\t女\t" + IdGb + "\t1\t630.00\n";

        var findings = SensitiveScanner.Scan(table);

        Assert.Collection(
            findings,
            f =>
            {
                Assert.Equal(FindingKind.NameWithId, f.Kind);
                Assert.Equal("张三\t男\t" + IdNanchang, f.Text);
                Assert.Equal("张*\t男\t3601**********4567", f.Masked);
                Assert.Equal("姓名及身份证号码", f.Label);
            },
            f =>
            {
                Assert.Equal(FindingKind.NameWithId, f.Kind);
                Assert.Equal("欧阳**\t女\t1101**********002X", f.Masked);
            });
        Assert.Equal(
            "序号\t姓名\t性别\t身份证号码\t保障人数\t月保障金（元）\n"
            + "1\t张*\t男\t3601**********4567\t2\t1260.00\n"
            + "2\t欧阳**\t女\t1101**********002X\t1\t630.00\n",
            SensitiveScanner.MaskAll(table, findings));
    }

    [Theory]
    [InlineData("张三  " + IdNanchang, "张*  3601**********4567")]
    [InlineData("王小明：" + IdNanchang, "王**：3601**********4567")]
    [InlineData("李四 身份证号：" + IdNanchang, "李* 身份证号：3601**********4567")]
    [InlineData("赵六身份证" + IdNanchang, "赵*身份证3601**********4567")]
    [InlineData("| 孙七 | " + IdNanchang + " |", "| 孙* | 3601**********4567 |")]
    [InlineData("周八 男 汉族 65 " + IdNanchang, "周* 男 汉族 65 3601**********4567")]
    public void Names_followed_by_an_id_are_masked_together(string text, string masked)
    {
        var finding = Single(text);
        Assert.Equal(FindingKind.NameWithId, finding.Kind);
        Assert.Equal(masked, SensitiveScanner.MaskAll(text, [finding]));
    }

    [Fact]
    public void A_label_before_the_name_is_not_part_of_it()
    {
        var finding = Single("申请人刘德华" + IdNanchang);
        Assert.Equal(FindingKind.NameWithId, finding.Kind);
        Assert.Equal("刘德华" + IdNanchang, finding.Text);
        Assert.Equal("刘**3601**********4567", finding.Masked);
    }

    [Theory]
    [InlineData("身份证号：" + IdNanchang)]        // a label is not a name
    [InlineData("公民身份号码 " + IdNanchang)]
    [InlineData("张三（" + IdNanchang + "）")]      // a bracket is no table separator
    [InlineData("张三\n" + IdNanchang)]             // nor is a line break
    public void An_id_without_an_adjacent_name_is_a_bare_id(string text) =>
        Assert.Equal(FindingKind.IdNumber, Single(text).Kind);

    [Fact]
    public void A_name_next_to_an_invalid_id_is_no_finding() =>
        Assert.Empty(SensitiveScanner.Scan("张三\t男\t" + IdWrongCheck));

    // ---- Mobile phones ----

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("138 0013 8000", "138 **** 8000")]
    [InlineData("138-0013-8000", "138-****-8000")]
    [InlineData("+86 138 0013 8000", "+86 138 **** 8000")]
    [InlineData("+8613800138000", "+86138****8000")]
    [InlineData("8619912345678", "86199****5678")]
    [InlineData("１３８００１３８０００", "１３８****８０００")]
    public void Mobile_numbers_are_found_and_masked(string number, string masked)
    {
        var finding = Single($"联系电话：{number}。");
        Assert.Equal(FindingKind.MobilePhone, finding.Kind);
        Assert.Equal(number, finding.Text);
        Assert.Equal(masked, finding.Masked);
        Assert.Equal("手机号码", finding.Label);
    }

    [Theory]
    [InlineData("12800138000")]              // no 12x mobile prefix
    [InlineData("1380013800")]               // ten digits
    [InlineData("138001380001")]             // twelve digits
    [InlineData("98613800138000123456")]     // a 20-digit run that contains a mobile number
    [InlineData("13800138000.00元")]         // an amount
    [InlineData("13800138000元")]
    [InlineData("138 0013 800")]             // a broken grouping
    public void Phone_like_numbers_that_are_not_phones_are_not_found(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    [Fact]
    public void Two_mobiles_separated_by_a_comma_are_two_findings() =>
        Assert.Equal(2, SensitiveScanner.Scan("13800138000,13900139000").Count);

    // ---- Landlines ----

    [Theory]
    [InlineData("0791-86801234", "0791-******34")]
    [InlineData("0791—86801234", "0791—******34")]
    [InlineData("0791 86801234", "0791 ******34")]
    [InlineData("(0791)86801234", "(0791)******34")]
    [InlineData("（0791）86801234", "（0791）******34")]
    [InlineData("010-62345678", "010-******78")]
    [InlineData("021-6234567", "021-*****67")]
    [InlineData("0791-86801234转8001", "0791-******34转8001")]
    public void Landlines_keep_the_area_code_and_the_last_two_digits(string number, string masked)
    {
        var finding = Single($"咨询电话：{number}");
        Assert.Equal(FindingKind.Landline, finding.Kind);
        Assert.Equal(number, finding.Text);
        Assert.Equal(masked, finding.Masked);
    }

    [Theory]
    [InlineData("0791-12345678")]            // local numbers do not start with 1
    [InlineData("0791-123456")]              // too short
    [InlineData("0012-62345678")]            // no area code starts with 00
    public void Numbers_that_only_look_like_landlines_are_not_found(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    // ---- Bank cards ----

    [Theory]
    [InlineData("6222021234567894", "6222********7894")]
    [InlineData("6217001234567890122", "6217***********0122")]
    [InlineData("6222 0212 3456 7894", "6222 **** **** 7894")]
    [InlineData("6217 0012 3456 7890 122", "6217 **** **** ***0 122")]
    public void Bank_cards_passing_luhn_are_found(string number, string masked)
    {
        var finding = Single($"收款账号：{number}");
        Assert.Equal(FindingKind.BankCard, finding.Kind);
        Assert.Equal(number, finding.Text);
        Assert.Equal(masked, finding.Masked);
        Assert.Equal("银行卡号", finding.Label);
    }

    [Theory]
    [InlineData("6222021234567895")]          // fails Luhn
    [InlineData("62220212345678940")]         // 17 digits, fails Luhn
    [InlineData("62170012345678901220")]      // 20 digits
    [InlineData("6222 0212 3456 7894 1234")]  // five groups of four
    public void Numbers_failing_the_card_rules_are_not_cards(string text) =>
        Assert.DoesNotContain(SensitiveScanner.Scan(text), f => f.Kind == FindingKind.BankCard);

    [Fact]
    public void A_valid_id_that_also_passes_luhn_is_an_id_not_a_card() =>
        Assert.Equal(FindingKind.IdNumber, Single(IdAlsoLuhn).Kind);

    // ---- Numbers in ordinary government text ----

    [Theory]
    [InlineData("本办法自2025年1月20日起施行。")]
    [InlineData("发布日期：20250120")]
    [InlineData("发布日期：2025-01-20")]
    [InlineData("成文日期：2025/01/20 09:30")]
    [InlineData("根据《江西省人民政府关于印发……的通知》（赣府发〔2025〕12号）")]
    [InlineData("松政发[2025]3号")]
    [InlineData("索引号：songjiang/2025-000123")]
    [InlineData("索引号：001234567/2025-00012")]
    [InlineData("项目总投资1234567.89元")]
    [InlineData("完成投资12,345,678元")]
    [InlineData("流水号12345678901234567890")]
    [InlineData("邮政编码：330046")]
    [InlineData("2025年度")]
    [InlineData("依据《中华人民共和国政府信息公开条例》第三十三条")]
    [InlineData("统一社会信用代码：11360100014512345X")]
    public void Ordinary_numbers_are_not_findings(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    // ---- 密级 and 内部 markings ----

    [Theory]
    [InlineData("机密★1年\n关于做好防汛工作的通知", "机密★1年")]
    [InlineData("绝密★启用前", "绝密★启用前")]
    [InlineData("秘密★\n", "秘密★")]
    [InlineData("标题 秘密★长期", "秘密★长期")]
    [InlineData("机密＊2年", "机密＊2年")]
    [InlineData("密级：秘密", "密级：秘密")]
    [InlineData("密级：机密★5年", "密级：机密★5年")]
    [InlineData("秘密\n关于……的报告", "秘密")]
    [InlineData("  机密级\n", "机密级")]
    [InlineData("【密级：秘密】会议纪要", "【密级：秘密】")]
    public void Classification_markings_are_found(string text, string marking)
    {
        var finding = Single(text);
        Assert.Equal(FindingKind.SecretMarking, finding.Kind);
        Assert.Equal(marking, finding.Text);
        Assert.Equal("［已删除密级标志］", finding.Masked);
        Assert.Equal("密级标志", finding.Label);
    }

    [Theory]
    [InlineData("機密★1年\n關於做好防汛工作的通知", "機密★1年")]
    [InlineData("絕密★啟用前", "絕密★啟用前")]
    [InlineData("絕密★啓用前", "絕密★啓用前")]
    [InlineData("標題 祕密★長期", "祕密★長期")]
    [InlineData("秘密★\n", "秘密★")]
    [InlineData("密級：機密★5年", "密級：機密★5年")]
    [InlineData("密級：絕密", "密級：絕密")]
    [InlineData("  機密級\n", "機密級")]
    [InlineData("機密\n關於……的報告", "機密")]
    [InlineData("【密級：秘密】", "【密級：秘密】")]
    public void Traditional_classification_markings_are_found(string text, string marking)
    {
        var finding = Single(text);
        Assert.Equal(FindingKind.SecretMarking, finding.Kind);
        Assert.Equal(marking, finding.Text);
        Assert.Equal("［已删除密级标志］", finding.Masked);
    }

    [Theory]
    [InlineData("【内部】会议纪要", "【内部】")]
    [InlineData("会议纪要（内部使用）", "（内部使用）")]
    [InlineData("[内部文件]", "[内部文件]")]
    [InlineData("内部文件\n请勿外传", "内部文件")]
    [InlineData("注意保密\n", "注意保密")]
    [InlineData("本册为内部资料，注意保存", "内部资料")]
    [InlineData("密级：内部", "密级：内部")]
    [InlineData("【內部】會議紀要", "【內部】")]
    [InlineData("本冊為內部資料，注意保存", "內部資料")]
    public void Internal_markings_are_not_secrecy_markings(string text, string marking)
    {
        // Not a 密级 (《保守国家秘密法》 has three: 绝密、机密、秘密) but 内部事务信息 (条例第十六条): maskable like personal data.
        var finding = Single(text);
        Assert.Equal(FindingKind.InternalMarking, finding.Kind);
        Assert.Equal(marking, finding.Text);
        Assert.Equal("［已删除内部标志］", finding.Masked);
        Assert.Equal("内部标志", finding.Label);
    }

    [Theory]
    [InlineData("保守国家秘密是每个公民的义务。")]
    [InlineData("依法保护商业秘密和个人隐私。")]
    [InlineData("村民委员会选举采取秘密投票方式。")]
    [InlineData("秘密投票应当设立秘密写票处。")]
    [InlineData("确保数据的机密性、完整性和可用性。")]
    [InlineData("机密性要求见附件。")]
    [InlineData("健全内部控制制度，开展内部审计，加强内部管理。")]
    [InlineData("内部控制评价报告")]
    [InlineData("依据《内部资料性出版物管理办法》")]
    [InlineData("国家秘密的密级分为绝密级、机密级、秘密级三级。")]
    [InlineData("绝密级国家秘密是最重要的国家秘密。")]
    [InlineData("不得泄露**商业秘密**。")]
    [InlineData("请注意保密。")]
    [InlineData("保守國家秘密是每個公民的義務。")]
    [InlineData("村民委員會選舉採取秘密投票方式。")]
    [InlineData("確保數據的機密性、完整性和可用性。")]
    [InlineData("機密性要求見附件。")]
    [InlineData("健全內部控制制度，開展內部審計，加強內部管理。")]
    [InlineData("依據《內部資料性出版物管理辦法》")]
    [InlineData("國家秘密的密級分為絕密級、機密級、秘密級三級。")]
    [InlineData("絕密級國家秘密是最重要的國家秘密。")]
    public void Secrets_and_internal_in_running_text_are_not_markings(string text) =>
        Assert.Empty(SensitiveScanner.Scan(text));

    [Fact]
    public void The_longest_marking_wins_when_markings_overlap()
    {
        var finding = Single("【密级：机密★5年】");
        Assert.Equal("【密级：机密★5年】", finding.Text);
    }

    // ---- Several findings together ----

    [Fact]
    public void MaskAll_masks_a_paragraph_with_three_findings()
    {
        const string paragraph = "联系人：王五，手机13800138000，办公电话0791-86801234，身份证号" + IdNanchang + "。";

        var findings = SensitiveScanner.Scan(paragraph);

        Assert.Equal(
            [FindingKind.MobilePhone, FindingKind.Landline, FindingKind.IdNumber],
            findings.Select(f => f.Kind));
        Assert.Equal(
            "联系人：王五，手机138****8000，办公电话0791-******34，身份证号3601**********4567。",
            SensitiveScanner.MaskAll(paragraph, findings));
    }

    [Fact]
    public void Findings_are_ordered_by_start_and_never_overlap()
    {
        var text = "秘密★1年\n姓名：张三 " + IdGb + "；卡号6222021234567894；电话138 0013 8000 或 (010)62345678。";

        var findings = SensitiveScanner.Scan(text);

        Assert.Equal(
            [FindingKind.SecretMarking, FindingKind.NameWithId, FindingKind.BankCard, FindingKind.MobilePhone, FindingKind.Landline],
            findings.Select(f => f.Kind));
        for (var i = 1; i < findings.Count; i++)
        {
            Assert.True(findings[i - 1].Start + findings[i - 1].Length <= findings[i].Start);
        }

        foreach (var f in findings)
        {
            Assert.Equal(f.Text, text.Substring(f.Start, f.Length));
        }
    }

    [Fact]
    public void MaskAll_masks_only_the_findings_passed_in()
    {
        const string text = "电话13800138000，身份证" + IdNanchang;
        var findings = SensitiveScanner.Scan(text);

        // The reviewer overrode the phone (a published hotline) with a reason; only the ID is masked.
        var masked = SensitiveScanner.MaskAll(text, findings.Where(f => f.Kind != FindingKind.MobilePhone).ToList());

        Assert.Equal("电话13800138000，身份证3601**********4567", masked);
    }

    [Fact]
    public void MaskAll_rejects_findings_from_another_text()
    {
        var findings = SensitiveScanner.Scan("电话13800138000");
        Assert.Throws<ArgumentException>(() => SensitiveScanner.MaskAll("电话13900139000", findings));
    }

    [Fact]
    public void Empty_text_has_no_findings_and_masks_to_itself()
    {
        Assert.Empty(SensitiveScanner.Scan(""));
        Assert.Equal("正文", SensitiveScanner.MaskAll("正文", []));
    }

    [Fact]
    public void Mask_stars_out_values_it_cannot_parse()
    {
        Assert.Equal("*****", SensitiveScanner.Mask(FindingKind.MobilePhone, "12345"));
        Assert.Equal("［已删除密级标志］", SensitiveScanner.Mask(FindingKind.SecretMarking, "机密★1年"));
        Assert.Equal("李**  1101**********002X", SensitiveScanner.Mask(FindingKind.NameWithId, "李小龙  " + IdGb));
    }
}
