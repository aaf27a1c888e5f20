namespace StanceTracker.Api.Endpoints;

/// <summary>The JSON body of every error answer: what went wrong, and the parameter at fault if one was.</summary>
public sealed record ApiError(string Error, string? Parameter = null)
{
    public static IResult NotFound(string what) => Results.NotFound(new ApiError(what));

    public static IResult BadParameter(string parameter, string problem) =>
        Results.BadRequest(new ApiError($"parameter '{parameter}': {problem}", parameter));
}
