using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LmecKnowledgeSearch.Web.Api;

/// <summary>
/// The endpoints read their query strings by hand (so a bad value is a clear 400), which hides the parameters from
/// the OpenAPI generator; this puts them back into the document.
/// </summary>
internal static class QueryParameterDocs
{
    public static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint, params (string Name, JsonSchemaType Type, string Description)[] parameters)
    {
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, type, description) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = type },
                });
            }

            return Task.CompletedTask;
        });
    }
}
