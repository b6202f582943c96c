using SafetyBot.Dialogs.Language;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>How <see cref="QuestionSplitter"/> reads a message into its questions.</summary>
public sealed class QuestionSplitterTests
{
    [Theory]
    [InlineData("how many burglaries were there? and what about shoplifting?", "how many burglaries were there?", "and what about shoplifting?")]
    [InlineData("is ASB a priority? How many incidents were there?", "is ASB a priority?", "How many incidents were there?")]
    public void QuestionsOpeningWithAQuestionWord_AreSplit(string message, string first, string second)
    {
        Assert.Equal([first, second], QuestionSplitter.Split(message));
    }

    [Theory]
    [InlineData("how many burglaries? in 2016?")]
    [InlineData("how has shoplifting changed? thanks")]
    [InlineData("how do partners support the county lines work? list pls")]
    [InlineData("what is ASB?")]
    [InlineData("why??")]
    [InlineData("what? why? how? when?")]
    public void AMessageOfOneQuestion_OrOfMoreThanThree_IsKeptWhole(string message)
    {
        Assert.Equal([message], QuestionSplitter.Split(message));
    }
}
