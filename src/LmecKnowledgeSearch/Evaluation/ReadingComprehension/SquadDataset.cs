using System.Text.Json;

namespace LmecKnowledgeSearch.Evaluation.ReadingComprehension;

/// <summary>A question of a reading-comprehension set with its gold answers (any one is right).</summary>
public sealed record ComprehensionQuestion(string Id, string Question, IReadOnlyList<string> Answers);

/// <summary>One paragraph of an article with the questions asked about it.</summary>
public sealed record ComprehensionParagraph(string Id, string Context, IReadOnlyList<ComprehensionQuestion> Questions);

/// <summary>An article (the unit cross-validation folds keep together) and its paragraphs.</summary>
public sealed record ComprehensionArticle(string Id, string Title, IReadOnlyList<ComprehensionParagraph> Paragraphs);

/// <summary>Reads SQuAD v1.1-format JSON (CMRC 2018 uses it): data[].paragraphs[].context / qas[].question / answers[].text.</summary>
public static class SquadDataset
{
    public static IReadOnlyList<ComprehensionArticle> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"question file not found: {path}");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var articles = new List<ComprehensionArticle>();
            var articleIndex = 0;
            foreach (var article in document.RootElement.GetProperty("data").EnumerateArray())
            {
                var articleId = article.TryGetProperty("id", out var id) ? id.GetString() ?? $"A{articleIndex}" : $"A{articleIndex}";
                var title = article.TryGetProperty("title", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                var paragraphs = new List<ComprehensionParagraph>();
                var paragraphIndex = 0;
                foreach (var paragraph in article.GetProperty("paragraphs").EnumerateArray())
                {
                    var paragraphId = paragraph.TryGetProperty("id", out var pid) ? pid.GetString() ?? $"{articleId}_{paragraphIndex}" : $"{articleId}_{paragraphIndex}";
                    var questions = paragraph.GetProperty("qas").EnumerateArray()
                        .Select(q => new ComprehensionQuestion(
                            q.GetProperty("id").GetString() ?? string.Empty,
                            q.GetProperty("question").GetString() ?? string.Empty,
                            q.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString() ?? string.Empty).Where(a => a.Length > 0).ToList()))
                        .ToList();
                    paragraphs.Add(new ComprehensionParagraph(paragraphId, paragraph.GetProperty("context").GetString() ?? string.Empty, questions));
                    paragraphIndex++;
                }

                articles.Add(new ComprehensionArticle(articleId, title, paragraphs));
                articleIndex++;
            }

            return articles;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new LmecException(LmecErrorKind.InvalidInput, $"{path} is not SQuAD-format JSON: {e.Message}");
        }
    }
}
