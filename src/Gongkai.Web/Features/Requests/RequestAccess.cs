namespace Gongkai.Web.Features.Requests;

/// <summary>
/// Loads a request for a handler's write: not found for whoever may not read requests there (so its existence does not
/// leak), forbidden for readers who may not write (supervisors), the tracked request otherwise.
/// </summary>
public sealed class RequestAccess(GongkaiDbContext db, AgencyScope scope)
{
    public async Task<Outcome<InfoRequest>> ForHandlingAsync(int id, bool withEvents, CancellationToken ct)
    {
        IQueryable<InfoRequest> query = withEvents ? db.Requests.Include(r => r.Events.OrderBy(e => e.Id)) : db.Requests;
        var request = await query.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null || !await scope.CanAsync(request.AgencyId, AgencyAccess.ReadRequests, ct))
        {
            return Outcome<InfoRequest>.Missing;
        }

        return await scope.CanAsync(request.AgencyId, AgencyAccess.HandleRequests, ct) ? Outcome<InfoRequest>.Ok(request) : Outcome<InfoRequest>.Denied;
    }
}
