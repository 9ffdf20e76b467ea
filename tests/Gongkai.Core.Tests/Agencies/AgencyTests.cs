using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Agencies;

/// <summary>The agency tree's rules: stable, well-formed, unreserved, unique codes; no cycles; contact details within limits.</summary>
public sealed class AgencyTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, ChinaTime.Offset);

    private static readonly Agency County = new() { Id = 1, Code = "shifan", Name = "示范县人民政府", Level = AgencyLevel.County };
    private static readonly Agency Village = new() { Id = 3, Code = "cun", Name = "某村", Level = AgencyLevel.Office, ParentId = 2 };

    private static readonly (int Id, int? ParentId)[] Tree = [(1, null), (2, 1), (3, 2)];

    private static AgencyPlacement Under(Agency? parent, string name = "双溪乡人民政府", AgencyLevel? level = AgencyLevel.Township) =>
        new(name, level, parent?.Code, parent);

    [Fact]
    public void A_new_agency_takes_its_trimmed_code_name_level_and_parent()
    {
        var r = AgencyRegistration(" shuangxi ", Under(County, " 双溪乡人民政府 "), codeTaken: false);
        var a = Assert.IsType<Agency>(r.Agency);
        Assert.Equal(("shuangxi", "双溪乡人民政府", AgencyLevel.Township, (int?)1, At), (a.Code, a.Name, a.Level, a.ParentId, a.CreatedAt));
        Assert.Empty(r.Refusals);
    }

    [Theory]
    [InlineData("", "请填写机构代码。")]
    [InlineData("Shuangxi", "机构代码须以小写字母开头，只含小写字母、数字和连字符，共2到32个字符（例如 songjiang）。")]
    [InlineData("9xi", "机构代码须以小写字母开头，只含小写字母、数字和连字符，共2到32个字符（例如 songjiang）。")]
    [InlineData("admin", "“admin”是系统保留字，不能作为机构代码。")]
    [InlineData("search", "“search”是系统保留字，不能作为机构代码。")]
    [InlineData("songjiang", "机构代码“songjiang”已存在。")]
    public void Codes_are_well_formed_unreserved_and_unique(string code, string message)
    {
        var r = AgencyRegistration(code, Under(County), codeTaken: code == "songjiang");
        Assert.Null(r.Agency);
        Assert.Equal(new Refusal("code", message), Assert.Single(r.Refusals));
    }

    [Fact]
    public void Name_level_and_an_existing_parent_are_required()
    {
        var r = AgencyRegistration("shuangxi", new AgencyPlacement(" ", null, "nowhere", null), codeTaken: false);
        Assert.Equal(new[] { "name", "level", "parentCode" }, r.Refusals.Select(x => x.Field));
        Assert.Equal("上级机构“nowhere”不存在。", r.Refusals[2].Message);
        Assert.Contains(AgencyRegistration("shuangxi", Under(County, new string('乡', Agency.MaxNameLength + 1)), false).Refusals, x => x.Field == "name");
    }

    [Fact]
    public void An_agency_cannot_be_moved_under_itself_or_below_itself()
    {
        var county = new Agency { Id = 1, Code = "shifan", Name = "示范县人民政府", Level = AgencyLevel.County };
        var before = (county.Name, county.Level, county.ParentId);

        var below = Assert.Single(county.Revise(Under(Village, "新名称", AgencyLevel.City), Tree));
        Assert.Equal(new Refusal("parentCode", "不能把“某村”设为上级：它是“示范县人民政府”本身或其下级，会形成循环。"), below);
        Assert.Single(county.Revise(Under(county), Tree));
        Assert.Equal(before, (county.Name, county.Level, county.ParentId));

        var township = new Agency { Id = 2, Code = "songjiang", Name = "松江乡人民政府", Level = AgencyLevel.Township, ParentId = 1 };
        Assert.Empty(township.Revise(Under(null, " 松江镇人民政府 "), Tree));
        Assert.Equal(("松江镇人民政府", (int?)null, "songjiang"), (township.Name, township.ParentId, township.Code));
    }

    [Fact]
    public void Contact_details_are_optional_within_limits()
    {
        var a = new Agency { Id = 5, Code = "shimen", Name = "石门镇人民政府" };
        Assert.Equal("phone", Assert.Single(a.ReviseContact("石门镇府前路1号", new string('1', Agency.MaxPhoneLength + 1), null)).Field);
        Assert.Null(a.Address);
        Assert.Empty(a.ReviseContact(" 石门镇府前路1号 ", " ", "工作日"));
        Assert.Equal(("石门镇府前路1号", (string?)null, "工作日"), (a.Address, a.Phone, a.OfficeHours));
    }

    private static AgencyRegistration AgencyRegistration(string? code, AgencyPlacement placement, bool codeTaken) =>
        Agency.Register(code, placement, codeTaken, At);
}
