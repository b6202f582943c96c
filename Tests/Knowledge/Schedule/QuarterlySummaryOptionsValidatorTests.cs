using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Tests.Knowledge.Schedule;

public sealed class QuarterlySummaryOptionsValidatorTests
{
    private readonly QuarterlySummaryOptionsValidator _validator = new();

    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(_validator.Validate(null, new QuarterlySummaryOptions()).Succeeded);

    [Fact]
    public void BadCron_IsRefusedNamingTheKey()
    {
        var result = _validator.Validate(null, new QuarterlySummaryOptions { Schedule = "0 9 32 * *" });

        Assert.True(result.Failed);
        Assert.Contains("QuarterlySummary:Schedule '0 9 32 * *'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTimeZone_IsRefusedNamingTheKey()
    {
        var result = _validator.Validate(null, new QuarterlySummaryOptions { TimeZone = "Europe/Atlantis" });

        Assert.True(result.Failed);
        Assert.Contains("QuarterlySummary:TimeZone 'Europe/Atlantis'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:01")]
    [InlineData("1.00:00:01")]
    public void ADeliveryLeaseOutOfRange_IsRefusedNamingTheKey(string lease)
    {
        var result = _validator.Validate(null, new QuarterlySummaryOptions { DeliveryLease = TimeSpan.Parse(lease, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("QuarterlySummary:DeliveryLease", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void APost_IsGivenHalfTheLease() =>
        Assert.Equal(TimeSpan.FromMinutes(7.5), new QuarterlySummaryOptions().LongestPost);
}
