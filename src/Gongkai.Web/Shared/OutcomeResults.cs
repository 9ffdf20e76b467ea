namespace Gongkai.Web.Shared;

/// <summary>A use case's <see cref="Outcome{T}"/> as the typed HTTP result of an endpoint (one mapping for every write).</summary>
public static class OutcomeResults
{
    /// <summary>404, 403, 400 with the Chinese field messages, or <paramref name="ok"/> of the value.</summary>
    public static Results<TOk, ValidationProblem, NotFound, ForbidHttpResult> ToResult<T, TOk>(this Outcome<T> outcome, Func<T, TOk> ok)
        where TOk : IResult =>
        Failure<T, TOk>(outcome) ?? ok(outcome.Value!);

    /// <summary>The same, when building the success result needs another read.</summary>
    public static async Task<Results<TOk, ValidationProblem, NotFound, ForbidHttpResult>> ToResultAsync<T, TOk>(this Outcome<T> outcome, Func<T, Task<TOk>> ok)
        where TOk : IResult =>
        Failure<T, TOk>(outcome) ?? await ok(outcome.Value!);

    private static Results<TOk, ValidationProblem, NotFound, ForbidHttpResult>? Failure<T, TOk>(Outcome<T> outcome)
        where TOk : IResult
    {
        if (outcome.NotFound)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (outcome.Invalid is { } v)
        {
            return v.ToProblem();
        }

        return null;
    }

    /// <summary>200 with <paramref name="json"/> of the value; 404, 403, or 400 with the Chinese field messages.</summary>
    public static Results<Ok<TJson>, ValidationProblem, NotFound, ForbidHttpResult> ToOk<T, TJson>(this Outcome<T> outcome, Func<T, TJson> json) =>
        outcome.ToResult(v => TypedResults.Ok(json(v)));

    /// <summary>201 at <paramref name="location"/> with <paramref name="json"/> of the value; 404, 403, or 400 with the field messages.</summary>
    public static Results<Created<TJson>, ValidationProblem, NotFound, ForbidHttpResult> ToCreated<T, TJson>(
        this Outcome<T> outcome, Func<T, string> location, Func<T, TJson> json) =>
        outcome.ToResult(v => TypedResults.Created(location(v), json(v)));
}
