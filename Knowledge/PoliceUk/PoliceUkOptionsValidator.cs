using Microsoft.Extensions.Options;

namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>Checks <see cref="PoliceUkOptions"/> at start: a prefix that names LSOAs, not everything.</summary>
public sealed class PoliceUkOptionsValidator : IValidateOptions<PoliceUkOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PoliceUkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = options.DistrictLsoaPrefix;
        var key = $"{PoliceUkOptions.SectionName}:{nameof(options.DistrictLsoaPrefix)}";
        if (string.IsNullOrWhiteSpace(prefix) || prefix.Trim().Length < 3)
        {
            return ValidateOptionsResult.Fail($"{key} must name the district's LSOAs (at least 3 characters, e.g. 'Cambridge 0').");
        }

        if (prefix.Length > 100 || prefix != prefix.TrimStart() || prefix.Any(char.IsControl))
        {
            return ValidateOptionsResult.Fail($"{key} must be at most 100 characters, start with a letter and hold no control characters.");
        }

        return ValidateOptionsResult.Success;
    }
}
