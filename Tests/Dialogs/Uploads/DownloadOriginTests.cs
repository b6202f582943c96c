using SafetyBot.Dialogs.Uploads;

namespace SafetyBot.Tests.Dialogs.Uploads;

public sealed class DownloadOriginTests
{
    [Theory]
    [InlineData("https://contoso-my.sharepoint.com/personal/jo/Documents/q1.csv", true)]
    [InlineData("https://contoso.sharepoint.com:443/sites/x/q1.csv", true)]
    [InlineData("https://sharepoint.com/q1.csv", false)]
    [InlineData("https://contoso.sharepoint.com.evil.example/q1.csv", false)]
    [InlineData("http://contoso-my.sharepoint.com/q1.csv", false)]
    [InlineData("https://contoso-my.sharepoint.com:8443/q1.csv", false)]
    [InlineData("https://user:pw@contoso-my.sharepoint.com/q1.csv", false)]
    [InlineData("http://127.0.0.1:5799/q1.csv", true)]
    [InlineData("http://127.0.0.1:5800/q1.csv", false)]
    [InlineData("http://169.254.169.254/latest/meta-data", false)]
    public void Origins_AllowOnlyTheirSchemeHostAndPort(string url, bool allowed)
    {
        var origins = new[] { DownloadOrigin.Parse("https://*.sharepoint.com")!, DownloadOrigin.Parse("http://127.0.0.1:5799")! };

        Assert.Equal(allowed, DownloadOrigin.AnyAllows(origins, new Uri(url)));
    }

    [Theory]
    [InlineData("http://example.org:8080")]
    [InlineData("http://*.sharepoint.com")]
    [InlineData("http://127.0.0.1")]
    [InlineData("https://contoso.sharepoint.com/sites/x")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("sharepoint.com")]
    public void Validator_RefusesAnOriginThatIsNotHttpsOrLoopback(string origin)
    {
        var options = new DataUploadOptions();
        options.AllowedDownloadHosts.Add(origin);

        var result = new DataUploadOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("DataUploads:AllowedDownloadHosts", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreHttpsSharePointAndValid()
    {
        var options = new DataUploadOptions();

        Assert.True(new DataUploadOptionsValidator().Validate(null, options).Succeeded);
        Assert.All(options.Origins(), o => Assert.Equal("https", o.Scheme));
        Assert.Contains(options.Origins(), o => o.ToString() == "https://*.sharepoint.com");
    }
}
