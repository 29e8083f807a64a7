using LmecKnowledgeSearch.Indexing;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>GET /api/search: the same object as `lmec search --json`; facet filters repeatable.</summary>
public static class SearchApi
{
    private static readonly HashSet<string> PagingParameters = new(StringComparer.OrdinalIgnoreCase) { "q", "top", "page", "sort" };

    /// <summary>Friendlier names the page and users may use for facets.</summary>
    private static readonly Dictionary<string, string> FilterAliases = new(StringComparer.Ordinal) { ["type"] = "doctype", ["language"] = "lang" };

    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        app.MapGet("/api/search", (HttpRequest request) => Search(request, services))
            .WithName("search")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .WithSummary("Search the index (q, filters theme/kind/org/speaker/place/country/year/doctype (or type)/lang, top, page, sort)")
            .Document(
            [
                ("q", JsonSchemaType.String, "query: Chinese, English or Lucene syntax; empty lists all units"),
                ("top", JsonSchemaType.Integer, $"hits per page, 1–{SearchRequest.MaxTop} (default 10)"),
                ("page", JsonSchemaType.Integer, "page number from 1"),
                ("sort", JsonSchemaType.String, "relevance (default) or date"),
                .. IndexSchema.Facets.Select(f => (f.PublicName, JsonSchemaType.String, $"only units with this {f.PublicName} (repeatable)")),
            ]);
    }

    public static Ok<SearchResponse> Search(HttpRequest request, LmecServices services)
    {
        var searchRequest = ReadRequest(request);
        return TypedResults.Ok(services.Knowledge.Search.Search(searchRequest));
    }

    private static SearchRequest ReadRequest(HttpRequest request)
    {
        var sortText = QueryParameters.Text(request, "sort");
        var sort = sortText switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "date" => SearchSort.Date,
            _ => throw new LmecException(LmecErrorKind.InvalidInput, $"sort must be 'relevance' or 'date' (was '{QueryParameters.Shorten(sortText)}')"),
        };
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (name, values) in request.Query)
        {
            if (PagingParameters.Contains(name))
            {
                continue;
            }

            var lower = name.ToLowerInvariant();
            var facet = FilterAliases.TryGetValue(lower, out var alias) ? alias : lower;
            if (!IndexSchema.Facets.Any(f => f.PublicName == facet))
            {
                var known = string.Join(", ", IndexSchema.Facets.Select(f => f.PublicName));
                throw new LmecException(LmecErrorKind.InvalidInput, $"unknown parameter '{QueryParameters.Shorten(name)}' (filters: {known}; also q, top, page, sort)");
            }

            var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            if (given.Count > 0)
            {
                filters[facet] = filters.TryGetValue(facet, out var earlier) ? [.. earlier, .. given] : given;
            }
        }

        var searchRequest = new SearchRequest
        {
            Query = QueryParameters.Text(request, "q"),
            Top = QueryParameters.Integer(request, "top", 10),
            Page = QueryParameters.Integer(request, "page", 1),
            Sort = sort,
            Filters = filters,
        };
        searchRequest.Validate();
        return searchRequest;
    }
}
