using Gongkai.Search;
using static Gongkai.Search.Tests.TestDocuments;

namespace Gongkai.Search.Tests;

public sealed class AnalysisTests
{
    [Theory]
    [InlineData("徵地補償", "征地补偿")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    [InlineData("鄉(xiāng)村振兴", "乡村振兴")]
    [InlineData("乡（xiāng）镇", "乡镇")]
    [InlineData("世界卫生组织(WHO)", "世界卫生组织(who)")]
    [InlineData("我们(hello)", "我们(hello)")]
    [InlineData("松江\u3000新城", "松江 新城")]
    public void Normalize_folds_script_width_case_and_pinyin(string input, string expected) =>
        Assert.Equal(expected, ChineseAnalysis.Normalize(input));

    [Fact]
    public void Aligned_normalisation_maps_every_character_back_to_the_source()
    {
        var normalized = ChineseAnalysis.NormalizeAligned("鄉(xiāng)鎮ＡＢ", out var map);
        Assert.Equal("乡镇ab", normalized);
        Assert.Equal([0, 8, 9, 10], map);
    }

    [Theory]
    [InlineData("松政发〔2026〕8号", "松政发[2026]8号")]
    [InlineData("松政发［2026］8号", "松政发[2026]8号")]
    [InlineData("松政发【2026】8号", "松政发[2026]8号")]
    [InlineData("松政發（２０２６）８號", "松政发[2026]8号")]
    [InlineData(" ＳＯＮＧＪＩＡＮＧ／２０２６－０００００１ ", "songjiang/2026-000001")]
    public void Keyword_form_unifies_brackets_width_and_script(string input, string expected) =>
        Assert.Equal(expected, ChineseAnalysis.NormalizeKeyword(input));

    [Fact]
    public void Query_tokens_are_bigrams_of_runs_and_unigrams_of_lone_characters_at_index_positions()
    {
        var tokens = ChineseAnalyzer.TokenizeQuery("桥梁ab 补偿标准 桥");
        Assert.Equal(
            [("桥梁", 0), ("ab", 2), ("补偿", 3), ("偿标", 4), ("标准", 5), ("桥", 7)],
            tokens.Select(t => (t.Term, t.Position)));
    }

    [Fact]
    public void Traditional_query_finds_simplified_document_and_the_reverse()
    {
        using var index = Index(
            Doc(1, "关于征地补偿标准的通知"),
            Doc(2, "關於房屋徵收補償的公告"));

        Assert.Equal([1], index.Search(new SearchQuery("徵地補償")).Ids());
        Assert.Equal([2], index.Search(new SearchQuery("房屋征收补偿")).Ids());
    }

    [Fact]
    public void Full_width_and_half_width_letters_and_digits_are_the_same()
    {
        using var index = Index(Doc(1, "ABC123 项目公示"), Doc(2, "ｘｙｚ７８９ 项目"));

        Assert.Equal([1], index.Search(new SearchQuery("ＡＢＣ１２３")).Ids());
        Assert.Equal([1], index.Search(new SearchQuery("abc123")).Ids());
        Assert.Equal([2], index.Search(new SearchQuery("XYZ789")).Ids());
    }

    [Fact]
    public void Pinyin_annotations_do_not_break_words()
    {
        using var index = Index(Doc(1, "石湖荡镇", body: "关于鄉(xiāng)村振兴的实施意见"));

        var result = index.Search(new SearchQuery("乡村振兴"));

        Assert.Equal([1], result.Ids());
        Assert.Contains("<mark>鄉(xiāng)村振兴</mark>", result.Hits[0].Snippet);
    }

    [Fact]
    public void Single_character_query_finds_it_inside_words()
    {
        using var index = Index(Doc(1, "松浦大桥维修公告"), Doc(2, "桥梁检测报告"), Doc(3, "道路养护计划"));

        var result = index.Search(new SearchQuery("桥"));

        Assert.Equal([1, 2], result.Ids().Order());
        Assert.Contains("<mark>桥</mark>", result.Hits[0].TitleHighlighted);
    }

    [Fact]
    public void Contiguous_wording_ranks_above_scattered_words()
    {
        using var index = Index(
            Doc(1, "通知", body: "本次公布的补偿办法另行规定。" + new string('。', 50) + "技术标准参照国家规定执行。"),
            Doc(2, "通知", body: "区政府公布了征地补偿标准，自公布之日起施行。"));

        var result = index.Search(new SearchQuery("补偿标准"));

        Assert.Equal(2, result.Hits[0].Id);
        Assert.DoesNotContain(1, result.Ids());
    }

    [Fact]
    public void Long_run_also_finds_a_split_wording_but_ranks_the_exact_one_first()
    {
        using var index = Index(
            Doc(1, "通知", body: "关于调整征地的补偿标准的说明"),
            Doc(2, "通知", body: "关于调整征地补偿标准的说明"),
            Doc(3, "通知", body: "关于调整征地工作的说明"));

        var result = index.Search(new SearchQuery("征地补偿标准"));

        Assert.Equal([2, 1], result.Ids());
    }

    [Fact]
    public void Bigram_query_does_not_match_characters_from_different_words()
    {
        using var index = Index(Doc(1, "土地整治项目", body: "发放生活补助"), Doc(2, "失地补助发放"));

        Assert.Equal([2], index.Search(new SearchQuery("地补")).Ids());
    }
}
