namespace LmecKnowledgeSearch.Web.Api;

/// <summary>The body of every error response: one message fit to show a user.</summary>
public sealed record ApiError(string Error);
