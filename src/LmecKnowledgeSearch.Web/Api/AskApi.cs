using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Search;
using LmecKnowledgeSearch.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>GET /api/ask: an extractive answer with its evidence, the same object as `lmec ask --json`.</summary>
public static class AskApi
{
    public static void Map(IEndpointRouteBuilder app, LmecServices services)
    {
        app.MapGet("/api/ask", (HttpRequest request, CancellationToken ct) => AskAsync(request, services, ct))
            .WithName("ask")
            .WithSummary("Answer a question from the archive, with citations (q)")
            .Document(("q", JsonSchemaType.String, "the question, in Chinese or English"));
    }

    public static async Task<Results<Ok<AnswerResult>, BadRequest<ApiError>>> AskAsync(HttpRequest request, LmecServices services, CancellationToken ct)
    {
        var question = QueryParameters.Text(request, "q");
        if (string.IsNullOrWhiteSpace(question))
        {
            return TypedResults.BadRequest(new ApiError("q (the question) is required"));
        }

        if (question.Length > SearchRequest.MaxQueryLength)
        {
            return TypedResults.BadRequest(new ApiError($"the question is too long ({question.Length} characters; at most {SearchRequest.MaxQueryLength})"));
        }

        return TypedResults.Ok(await services.Knowledge.AskAsync(question, ct));
    }
}
