using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>
/// GET /api/documents/{id}?q=: the whole document a unit belongs to, as escaped HTML with the matches marked. The id
/// is looked up in the index, never used as a path, so no request can read a file outside it.
/// </summary>
public static class DocumentsApi
{
    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        app.MapGet("/api/documents/{**id}", (string id, HttpRequest request) => Document(id, request, services))
            .WithName("document")
            .WithSummary("The document a unit belongs to, as escaped HTML with the query's matches in <mark> (q)")
            .Document(("q", JsonSchemaType.String, "query whose matches are marked"));
    }

    public static Results<Ok<DocumentView>, NotFound<ApiError>, BadRequest<ApiError>> Document(string id, HttpRequest request, LmecServices services)
    {
        var unitId = QueryParameters.UnitId(id);
        var query = QueryParameters.Text(request, "q");
        if (query is { Length: > SearchRequest.MaxQueryLength })
        {
            return TypedResults.BadRequest(new ApiError($"the query is too long ({query.Length} characters; at most {SearchRequest.MaxQueryLength})"));
        }

        return services.Knowledge.Search.GetDocument(unitId, query) is { } document
            ? TypedResults.Ok(document)
            : TypedResults.NotFound(new ApiError($"no unit '{QueryParameters.Shorten(unitId)}' in the index"));
    }
}
