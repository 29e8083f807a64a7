using Xunit;

namespace LmecKnowledgeSearch.Web.Tests.Fixtures;

/// <summary>A fact that needs Debian's Chromium (`apt-get install -y chromium fonts-noto-cjk`); skipped without it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"{ExecutablePath} is missing: install Debian's chromium to run the browser tests";
        }
    }
}
