using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>
/// The last line of defence: expected failures (<see cref="LmecException"/>, malformed HTTP) become their status with
/// a JSON error; anything else is a bug, logged, and answered with a JSON 500 that reveals nothing.
/// </summary>
internal static class ApiErrorHandler
{
    public static int StatusOf(LmecErrorKind kind) => kind switch
    {
        LmecErrorKind.InvalidInput => StatusCodes.Status400BadRequest,
        LmecErrorKind.NotFound => StatusCodes.Status404NotFound,
        LmecErrorKind.IndexBusy => StatusCodes.Status409Conflict,
        LmecErrorKind.IndexMissing => StatusCodes.Status503ServiceUnavailable,
        LmecErrorKind.Overloaded => StatusCodes.Status503ServiceUnavailable,
        LmecErrorKind.DiskFull => StatusCodes.Status507InsufficientStorage,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static async Task HandleAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, message) = exception switch
        {
            LmecException e => (StatusOf(e.Kind), Indexing.FailureReasons.WithoutAbsolutePaths(e.Message)),
            BadHttpRequestException e => (e.StatusCode, e.Message),
            _ => (StatusCodes.Status500InternalServerError, "internal error; the server log has the details"),
        };
        if (status == StatusCodes.Status500InternalServerError && exception is not null)
        {
            var logger = context.RequestServices.GetService(typeof(ILogger<ApiError>)) as ILogger;
            logger?.LogError(exception, "unhandled error for {Path}", context.Request.Path);
        }

        context.Response.StatusCode = status;
        await WriteAsync(context.Response, message);
    }

    /// <summary>Gives bodiless error statuses (unknown route, wrong method, framework 400s) the same JSON error.</summary>
    public static Task HandleStatusCodeAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var message = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => "not found",
            StatusCodes.Status405MethodNotAllowed => "method not allowed",
            StatusCodes.Status400BadRequest => "bad request",
            StatusCodes.Status401Unauthorized => "a valid X-Api-Key header is required",
            _ => ReasonPhrases.GetReasonPhrase(response.StatusCode),
        };
        return WriteAsync(response, message);
    }

    /// <summary>Answers with <paramref name="status"/> and the API's JSON error: the one shape every refusal takes.</summary>
    public static Task WriteAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        return WriteAsync(response, message);
    }

    private static async Task WriteAsync(HttpResponse response, string message)
    {
        response.ContentType = "application/json; charset=utf-8";
        // A known length, so even a client reading until the connection closes gets a plain body.
        var bytes = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new ApiError(message), ApiJson.Options));
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
