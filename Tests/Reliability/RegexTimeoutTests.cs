using System.Reflection;
using System.Text.RegularExpressions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// A regular expression with a match timeout fails when its thread is not scheduled for that long, which a loaded
/// machine or a GC pause does to any thread: a turn then fails, and the error boundary used to clear the conversation's
/// dialog with it (a CI run under load 40 lost a lead-assignment dialog so). SafetyBot's patterns are linear on the
/// text they see (no nested quantifiers; recognised text is capped at 1,000 characters), so none has a timeout.
/// </summary>
public sealed class RegexTimeoutTests
{
    public static TheoryData<string> ProductAssemblies() =>
    [
        typeof(global::SafetyBot.Bot.SafetyBotActivityHandler).Assembly.GetName().Name!,
        typeof(global::SafetyBot.Dialogs.Engine.DialogRunner).Assembly.GetName().Name!,
        typeof(global::SafetyBot.Cards.Indicators.PeerSentences).Assembly.GetName().Name!,
        typeof(global::SafetyBot.Knowledge.Storage.SafetyDatabase).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void GeneratedRegexes_HaveNoMatchTimeout(string assemblyName)
    {
        var assembly = Assembly.Load(new AssemblyName(assemblyName));
        var regexes = assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        Assert.NotEmpty(regexes);
        Assert.All(regexes, method =>
        {
            var regex = (Regex)method.Invoke(null, null)!;
            Assert.True(regex.MatchTimeout == Regex.InfiniteMatchTimeout, $"{method.DeclaringType}.{method.Name} has a match timeout of {regex.MatchTimeout}.");
        });
    }
}
