using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;

namespace Gongkai.Web.Features.Demo;

/// <summary>A township as the demo content writes for it: its agency, columns, own numbers, accounts and the titles it used.</summary>
internal sealed class DemoTown(int agencyId, DemoAgency agency, Dictionary<string, CatalogColumn> columns, PublishedNumbers numbers, DemoAccount[] accounts)
{
    public int AgencyId => agencyId;

    public DemoAgency Agency => agency;

    public string Code => agency.Code;

    public string Short => agency.Short!;

    public string[] Villages => agency.Villages!;

    public Dictionary<string, CatalogColumn> Columns => columns;

    public PublishedNumbers Numbers => numbers;

    public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);

    // The township's account holding each role: 松江乡 has one per role, the other townships' editor holds them all.
    public string Editor { get; } = Holder(accounts, agency.Code, StaffRole.Editor);

    public string Reviewer { get; } = Holder(accounts, agency.Code, StaffRole.Reviewer);

    public string Approver { get; } = Holder(accounts, agency.Code, StaffRole.Approver);

    public string Handler { get; } = Holder(accounts, agency.Code, StaffRole.RequestHandler);

    /// <summary>Whether a script limited to <paramref name="towns"/> (null = every township) applies here.</summary>
    public bool IsIn(string[]? towns) => towns is null || towns.Contains(Code, StringComparer.Ordinal);

    private static string Holder(DemoAccount[] accounts, string code, StaffRole role) =>
        accounts.FirstOrDefault(a => a.Agency == code && a.Roles.Contains(role))?.User
            ?? throw new InvalidOperationException($"演示机构 {code} 没有{role.Display()}账号。");
}
