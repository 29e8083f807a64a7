using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>Reads query-string values by hand so a malformed one is a clear 400, not a framework binding error.</summary>
internal static class QueryParameters
{
    public static int Integer(HttpRequest request, string name, int fallback)
    {
        var values = request.Query[name];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return fallback;
        }

        if (values.Count > 1)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"{name} may be given once");
        }

        return int.TryParse(values[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new LmecException(LmecErrorKind.InvalidInput, $"{name} must be a whole number (was '{Shorten(values[0]!)}')");
    }

    public static string? Text(HttpRequest request, string name)
    {
        var values = request.Query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new LmecException(LmecErrorKind.InvalidInput, $"{name} may be given once"),
        };
    }

    /// <summary>A route's catch-all id: the server decodes the path except '/', which is decoded here.</summary>
    public static string UnitId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
