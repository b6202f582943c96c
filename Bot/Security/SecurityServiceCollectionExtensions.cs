using Microsoft.Bot.Builder;

namespace SafetyBot.Bot.Security;

/// <summary>Registers SafetyBot's tenant allow-list, input limits and health response.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SecurityOptions"/> (validated at start), registers the security middleware,
    /// and makes <c>/healthz</c> say what it found without leaking details.
    /// </summary>
    public static IServiceCollection AddSafetyBotSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SecurityOptions>()
            .Bind(configuration.GetSection(SecurityOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.AllowedTenants.All(id => !string.IsNullOrWhiteSpace(id)), "Security:AllowedTenants must not contain empty ids.")
            .ValidateOnStart();
        services.Configure<Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions>(HealthResponseWriter.Configure);
        services.AddSingleton<TenantAllowListMiddleware>();
        services.AddSingleton<StoreErrorMiddleware>();
        return services;
    }

    /// <summary>
    /// Puts the security middleware at the front of <paramref name="adapter"/>'s pipeline: the tenant
    /// allow-list first (so a refused activity touches nothing), then the store-error counter.
    /// Call it before any other <c>Use</c>.
    /// </summary>
    public static BotAdapter UseSafetyBotSecurity(this BotAdapter adapter, IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(provider);
        adapter.Use(provider.GetRequiredService<TenantAllowListMiddleware>());
        adapter.Use(provider.GetRequiredService<StoreErrorMiddleware>());
        return adapter;
    }
}
