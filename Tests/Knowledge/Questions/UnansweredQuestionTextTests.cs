using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Tests.Knowledge.Questions;

/// <summary>
/// An unanswered question is kept for the team to see what members need, never a member's personal details: a name given,
/// an address, a phone number, an email address or a postcode is replaced before it is stored (found by the attacker, who
/// had "my name is Sarah Jones and I live at 12 Mill Road" kept word for word, and later a name, a date of birth and an
/// NHS number).
/// </summary>
public sealed class UnansweredQuestionTextTests
{
    [Theory]
    [InlineData("my name is Sarah Jones and I live at 12 Mill Road, I was burgled. how many burglaries?", "Sarah", "Jones", "12 Mill Road")]
    [InlineData("call me on 07700 900123 about the ASB figures", "07700", "900123", null)]
    [InlineData("email sarah.jones@example.org the burglary numbers", "sarah.jones@example.org", "example.org", null)]
    [InlineData("how much crime is there near CB1 2AB", "CB1 2AB", null, null)]
    [InlineData("I'm John Smith from Arbury, is crime up?", "John", "Smith", null)]
    [InlineData("phone +44 1223 457000 please", "457000", "1223", null)]
    [InlineData("Zebedee Quux DOB 01/02/1980 NHS 943 476 5919 victim of DA", "Zebedee", "01/02/1980", "943 476 5919")]
    [InlineData("why is knife crime rising, asks Zebedee Quux of 99 Zanzibar Road CB4 1XX", "Zebedee", "Quux", "Zanzibar")]
    [InlineData("I was assaulted last night by Quentin Zorro at 14 Hills Road", "Quentin", "Zorro", "14 Hills Road")]
    [InlineData("is QQ 12 34 56 C on the register", "QQ 12 34 56 C", null, null)]
    [InlineData("Jo Bloggs born 3.4.79 lives near me", "Bloggs", "3.4.79", null)]
    public void PersonalDetails_AreRemovedBeforeTheQuestionIsKept(string question, string first, string? second, string? third)
    {
        var kept = UnansweredQuestionText.Normalise(question)!;

        Assert.DoesNotContain(first, kept, StringComparison.OrdinalIgnoreCase);
        if (second is not null)
        {
            Assert.DoesNotContain(second, kept, StringComparison.OrdinalIgnoreCase);
        }

        if (third is not null)
        {
            Assert.DoesNotContain(third, kept, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("[removed]", kept, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many burglaries in 2017 compared with 2016")]
    [InlineData("what is the rate per 1,000 population for ASB")]
    [InlineData("priority 2 programme 2.1 Market Ward")]
    [InlineData("what's the number of road traffic collisions on Mill Road")]
    [InlineData("violence with injury 2016/17 q4 against 2015/16")]
    [InlineData("IDVA referrals 2014/15 to 2016/17 by quarter")]
    public void AQuestionWithNoPersonalDetails_IsKeptAsAsked(string question)
    {
        Assert.Equal(question, UnansweredQuestionText.Normalise(question));
    }
}
