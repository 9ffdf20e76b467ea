namespace Gongkai.Core.Catalog;

/// <summary>A column (栏目) of an agency's 政府信息公开目录. A tree; the key is a stable URL segment.</summary>
public sealed class CatalogColumn : IAgencyOwned, IAudited
{
    public const int MaxNameLength = 50;

    // Set on a column of the standard catalog until it is saved: the audit log names the system's set-up, not an admin's 新增栏目.
    private bool unsavedStandard;

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

    /// <summary>A column of the standard township catalog (<see cref="StandardColumns.Township"/>) for an agency.</summary>
    /// <param name="agencyId">The agency.</param>
    /// <param name="standard">The standard column.</param>
    /// <param name="sortOrder">Its place among the agency's columns.</param>
    /// <param name="parentId">The saved id of its standard parent column, if it has one.</param>
    public static CatalogColumn FromStandard(int agencyId, StandardColumn standard, int sortOrder, int? parentId)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return new CatalogColumn
        {
            AgencyId = agencyId, Key = standard.Key, Name = standard.Name, SortOrder = sortOrder, UpdateEveryDays = standard.UpdateEveryDays,
            SkipApproval = standard.SkipApproval, HasValidity = standard.HasValidity, ParentId = parentId, unsavedStandard = true,
        };
    }

    public string? AuditAction(AuditedChange change) => change switch
    {
        AuditedChange.Created => unsavedStandard ? "建立标准公开目录" : "新增栏目",
        AuditedChange.Modified => "修改栏目",
        _ => null,
    };

    public void Audited() => unsavedStandard = false;
}
