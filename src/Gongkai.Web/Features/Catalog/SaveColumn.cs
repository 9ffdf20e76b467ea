namespace Gongkai.Web.Features.Catalog;

/// <summary>A column as the agency admin sends it.</summary>
public sealed record ColumnInput(string? Key, string? Name, int? ParentId, int? SortOrder, int? UpdateEveryDays, bool SkipApproval, bool HasValidity);

/// <summary>The agency admin adds a column or changes one (name, place, update interval, approval, validity). Audited.</summary>
public sealed class SaveColumnHandler(GongkaiDbContext db, AgencyScope scope)
{
    public async Task<Outcome<CatalogColumn>> HandleAsync(int agencyId, int? columnId, ColumnInput input, CancellationToken ct)
    {
        if (!await scope.CanAsync(agencyId, AgencyAccess.Read, ct))
        {
            return Outcome<CatalogColumn>.Missing;
        }

        if (!await scope.CanAsync(agencyId, AgencyAccess.Administer, ct))
        {
            return Outcome<CatalogColumn>.Denied;
        }

        var columns = await db.CatalogColumns.Where(c => c.AgencyId == agencyId).ToListAsync(ct);
        var column = columnId is null ? null : columns.FirstOrDefault(c => c.Id == columnId);
        if (columnId is not null && column is null)
        {
            return Outcome<CatalogColumn>.Missing;
        }

        var v = new Validation().Text("Name", "栏目名称", input.Name, CatalogColumn.MaxNameLength);
        var key = input.Key?.Trim().ToLowerInvariant();
        if (column is null)
        {
            if (string.IsNullOrEmpty(key) || key.Length > 40 || !key.All(ch => ch is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                v.Add("Key", "栏目代码用于网址，只能由小写字母、数字和连字符组成（不超过40个字符）。");
            }
            else if (columns.Any(c => c.Key == key))
            {
                v.Add("Key", $"栏目代码“{key}”已存在。");
            }
        }

        if (input.ParentId is { } parent)
        {
            var p = columns.FirstOrDefault(c => c.Id == parent);
            if (p is null)
            {
                v.Add("ParentId", "上级栏目不是本机关的栏目。");
            }
            else if (column is not null && (p.Id == column.Id || p.ParentId == column.Id))
            {
                v.Add("ParentId", "不能把栏目放到它自己或它的下级栏目之下。");
            }
            else if (p.ParentId is not null)
            {
                v.Add("ParentId", "栏目最多两级。");
            }
        }

        if (input.UpdateEveryDays is < 1 or > 3660)
        {
            v.Add("UpdateEveryDays", "更新周期应为1到3660天，或留空表示按需更新。");
        }

        if (!v.IsValid)
        {
            return Outcome<CatalogColumn>.Fail(v);
        }

        if (column is null)
        {
            column = new CatalogColumn { AgencyId = agencyId, Key = key!, Name = "" };
            db.CatalogColumns.Add(column);
        }

        column.Name = input.Name!.Trim();
        column.ParentId = input.ParentId;
        column.SortOrder = input.SortOrder ?? (columns.Count == 0 ? 0 : columns.Max(c => c.SortOrder) + 1);
        column.UpdateEveryDays = input.UpdateEveryDays;
        column.SkipApproval = input.SkipApproval;
        column.HasValidity = input.HasValidity;
        await db.SaveChangesAsync(ct);
        return Outcome<CatalogColumn>.Ok(column);
    }
}
