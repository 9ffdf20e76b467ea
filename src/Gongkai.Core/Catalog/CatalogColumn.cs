namespace Gongkai.Core.Catalog;

/// <summary>A column (栏目) of an agency's 政府信息公开目录. A tree; the key is a stable URL segment.</summary>
public sealed class CatalogColumn : IAgencyOwned
{
    public const int MaxNameLength = 50;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int? ParentId { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public int SortOrder { get; set; }

    /// <summary>The expected update interval in days (工作动态 14, policy columns 183); null = no expectation.</summary>
    public int? UpdateEveryDays { get; set; }

    /// <summary>Low-risk columns may skip the 审批 step after 保密审查 (e.g. 工作动态).</summary>
    public bool SkipApproval { get; set; }

    /// <summary>Items carry 有效性 (规范性文件), counted by the annual report's 制发/废止/现行有效 cells.</summary>
    public bool HasValidity { get; set; }
}
