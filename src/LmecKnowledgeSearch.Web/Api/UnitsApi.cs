using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>
/// GET /api/units/{id} and GET /api/similar/{id}. Ids hold '/' and '#' (source path#number), so the routes are
/// catch-alls and clients percent-encode the id ('#' as %23).
/// </summary>
public static class UnitsApi
{
    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        app.MapGet("/api/units/{**id}", (string id) => Unit(id, services))
            .WithName("unit")
            .WithSummary("One unit (document, passage, expert view, case study) by id");
        app.MapGet("/api/similar/{**id}", (string id, HttpRequest request) => Similar(id, request, services))
            .WithName("similar")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .WithSummary("Units similar to the given one (top)")
            .Document(("top", JsonSchemaType.Integer, $"how many, 1–{SearchRequest.MaxTop} (default 10)"));
    }

    public static Results<Ok<UnitResponse>, NotFound<ApiError>> Unit(string id, LmecServices services)
    {
        var unitId = QueryParameters.UnitId(id);
        return services.Knowledge.Search.GetUnit(unitId) is { } unit
            ? TypedResults.Ok(UnitResponse.From(unit))
            : TypedResults.NotFound(new ApiError($"no unit '{QueryParameters.Shorten(unitId)}' in the index"));
    }

    public static Results<Ok<SearchResponse>, NotFound<ApiError>> Similar(string id, HttpRequest request, LmecServices services)
    {
        try
        {
            var top = QueryParameters.Integer(request, "top", 10);
            return TypedResults.Ok(services.Knowledge.Search.Similar(QueryParameters.UnitId(id), top));
        }
        catch (LmecException e) when (e.Kind == LmecErrorKind.NotFound)
        {
            return TypedResults.NotFound(new ApiError(e.Message));
        }
    }
}
