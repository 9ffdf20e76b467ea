namespace Gongkai.Web.Shared;

/// <summary>A use case's <see cref="Outcome{T}"/> as the typed HTTP result of an endpoint (one mapping for every write).</summary>
public static class OutcomeResults
{
    /// <summary>200 with <paramref name="json"/> of the value; 404, 403, or 400 with the Chinese field messages.</summary>
    public static Results<Ok<TJson>, ValidationProblem, NotFound, ForbidHttpResult> ToOk<T, TJson>(this Outcome<T> outcome, Func<T, TJson> json) =>
        outcome.NotFound ? TypedResults.NotFound()
        : outcome.Forbidden ? TypedResults.Forbid()
        : outcome.Invalid is { } v ? v.ToProblem()
        : TypedResults.Ok(json(outcome.Value!));

    /// <summary>201 at <paramref name="location"/> with <paramref name="json"/> of the value; 404, 403, or 400 with the field messages.</summary>
    public static Results<Created<TJson>, ValidationProblem, NotFound, ForbidHttpResult> ToCreated<T, TJson>(
        this Outcome<T> outcome, Func<T, string> location, Func<T, TJson> json) =>
        outcome.NotFound ? TypedResults.NotFound()
        : outcome.Forbidden ? TypedResults.Forbid()
        : outcome.Invalid is { } v ? v.ToProblem()
        : TypedResults.Created(location(outcome.Value!), json(outcome.Value!));
}
