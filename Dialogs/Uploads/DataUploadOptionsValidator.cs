using Microsoft.Extensions.Options;

namespace SafetyBot.Dialogs.Uploads;

/// <summary>Checks <see cref="DataUploadOptions"/> at start: every origin readable, sizes and times sensible. Each failure names its key.</summary>
public sealed class DataUploadOptionsValidator : IValidateOptions<DataUploadOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DataUploadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = DataUploadOptions.SectionName;
        var failures = new List<string>();
        foreach (var origin in options.AllowedDownloadHosts.Where(o => DownloadOrigin.Parse(o) is null))
        {
            failures.Add($"{section}:{nameof(options.AllowedDownloadHosts)} '{origin}' is not an origin files may come from: use https://*.suffix, https://host, or an http loopback origin with its port such as http://127.0.0.1:5799.");
        }

        if (options.MaxBytes is < 1024 or > 128L * 1024 * 1024)
        {
            failures.Add($"{section}:{nameof(options.MaxBytes)} must be between 1024 and 134217728 bytes.");
        }

        if (options.DownloadTimeout < TimeSpan.FromSeconds(1) || options.DownloadTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{section}:{nameof(options.DownloadTimeout)} must be between 00:00:01 and 00:10:00.");
        }

        if (options.PreviewExpiry < TimeSpan.FromMinutes(1) || options.PreviewExpiry > TimeSpan.FromDays(7))
        {
            failures.Add($"{section}:{nameof(options.PreviewExpiry)} must be between 00:01:00 and 7.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
