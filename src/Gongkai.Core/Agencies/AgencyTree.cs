namespace Gongkai.Core.Agencies;

/// <summary>Pure helpers over the agency hierarchy (parent links), used for supervision scopes and cycle checks.</summary>
public static class AgencyTree
{
    /// <summary>The agency itself and every agency below it.</summary>
    public static IReadOnlySet<int> SelfAndDescendants(int rootId, IEnumerable<(int Id, int? ParentId)> agencies)
    {
        var children = agencies
            .Where(a => a.ParentId is not null)
            .ToLookup(a => a.ParentId!.Value, a => a.Id);
        var result = new HashSet<int> { rootId };
        var stack = new Stack<int>();
        stack.Push(rootId);
        while (stack.Count > 0)
        {
            foreach (var child in children[stack.Pop()])
            {
                if (result.Add(child))
                {
                    stack.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>True when giving <paramref name="agencyId"/> the parent <paramref name="newParentId"/> would make a cycle.</summary>
    public static bool WouldCreateCycle(int agencyId, int? newParentId, IEnumerable<(int Id, int? ParentId)> agencies)
    {
        if (newParentId is null)
        {
            return false;
        }

        return SelfAndDescendants(agencyId, agencies).Contains(newParentId.Value);
    }
}
