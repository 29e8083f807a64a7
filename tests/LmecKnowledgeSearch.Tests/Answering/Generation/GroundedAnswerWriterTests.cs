using System.Runtime.CompilerServices;
using System.Text.Json;
using LmecKnowledgeSearch.Answering;
using LmecKnowledgeSearch.Answering.Generation;
using LmecKnowledgeSearch.Tests.Fixtures;
using Microsoft.Extensions.AI;
using Xunit;

namespace LmecKnowledgeSearch.Tests.Answering.Generation;

public sealed class GroundedAnswerWriterTests
{
    /// <summary>A model that replies with a fixed text and keeps what it was sent.</summary>
    private sealed class ScriptedChatClient(string reply) : IChatClient
    {
        public List<ChatMessage> Sent { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Sent.AddRange(messages);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, reply);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static readonly Evidence[] Cited =
    [
        new("b.txt#22", "2020年保护国际基金会在东江流域关键水源地成功开展了基于社区的水资源管理试点工作。", "吴伟玲", "保护国际基金会淡水项目经理", "b.txt", "2022-05-20"),
    ];

    [Fact]
    public async Task Sends_only_the_numbered_evidence_and_the_question()
    {
        var model = new ScriptedChatClient("保护国际基金会开展了该试点 [1]。");

        var answer = await new GroundedAnswerWriter(model).WriteAsync("谁在东江开展了水资源管理试点？", Cited);

        Assert.Equal("保护国际基金会开展了该试点 [1]。", answer);
        var prompt = model.Sent.Last().Text;
        Assert.StartsWith("[1] (吴伟玲, 保护国际基金会淡水项目经理; b.txt, 2022-05-20)", prompt, StringComparison.Ordinal);
        Assert.EndsWith("Question: 谁在东江开展了水资源管理试点？", prompt, StringComparison.Ordinal);
        Assert.Contains("ONLY the numbered evidence", model.Sent[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_no_answer_when_the_model_finds_none_in_the_evidence()
    {
        var answer = await new GroundedAnswerWriter(new ScriptedChatClient(GroundedAnswerWriter.NoAnswerMarker)).WriteAsync("湄公河全长多少公里？", Cited);

        Assert.Null(answer);
    }

    [Fact]
    public async Task Adds_the_written_answer_beside_the_extractive_one_and_leaves_the_json_shape_alone_without_a_model()
    {
        using var temp = new TempCorpus();
        temp.CopyFromRepoCorpus("lmec-briefing-2022-11.txt");
        using var withModel = new KnowledgeBase(temp.IndexPath, TimeProvider.System, new GroundedAnswerWriter(new ScriptedChatClient("吴伟玲所在的保护国际基金会 [1]。")));
        await withModel.IndexAsync([temp.Corpus]);

        var written = await withModel.AskAsync("哪个机构在东江流域开展了基于社区的水资源管理试点？");
        var plain = withModel.Ask("哪个机构在东江流域开展了基于社区的水资源管理试点？");

        Assert.Equal("保护国际基金会", written.Answer);
        Assert.Equal("吴伟玲所在的保护国际基金会 [1]。", written.Generated);
        Assert.DoesNotContain("generated", JsonSerializer.Serialize(plain, new JsonSerializerOptions(JsonSerializerDefaults.Web)), StringComparison.Ordinal);
    }
}
