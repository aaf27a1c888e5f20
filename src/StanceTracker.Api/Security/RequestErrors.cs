using StanceTracker.Api.Endpoints;

namespace StanceTracker.Api.Security;

/// <summary>
/// Turns Kestrel's request errors (a body over Stance:MaxRequestBodyBytes is 413, a malformed request 400) into the
/// same JSON error body as every other answer, instead of an empty response and a logged exception.
/// </summary>
public sealed class RequestErrors(RequestDelegate next, ILogger<RequestErrors> logger, long maxBodyBytes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            logger.LogInformation("{Method} {Path}: {Status} {Reason}", context.Request.Method, context.Request.Path, ex.StatusCode, ex.Message);
            context.Response.Clear();
            context.Response.StatusCode = ex.StatusCode;
            var error = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"request body too large: the limit is {maxBodyBytes} bytes (Stance:MaxRequestBodyBytes)"
                : $"bad request: {ex.Message}";
            await context.Response.WriteAsJsonAsync(new ApiError(error));
        }
    }
}
