using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SafetyBot.Tests.Security;

/// <summary>
/// A Bot Framework token issuer on a loopback HTTPS port: <c>/.well-known/openid-configuration</c>
/// and a JWKS with RSA keys generated here, each with its channel <c>endorsements</c>, and tokens
/// signed by those keys. The SDK's metadata client requires HTTPS, so the server's self-signed
/// certificate (one for the whole test run) is trusted in the current user's root store until the run ends.
/// </summary>
public sealed class LocalOpenIdIssuer : IAsyncDisposable
{
    /// <summary>The Bot Framework channel issuer, as the real service signs it.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>A key endorsed for Teams (and Web Chat).</summary>
    public const string TeamsKeyId = "local-teams-key";

    /// <summary>A key endorsed for Web Chat only.</summary>
    public const string WebChatOnlyKeyId = "local-webchat-key";

    private const string CertificateSubjectPrefix = "CN=SafetyBot test OpenID issuer";

    /// <summary>
    /// This run's own subject: a run that was killed leaves its root trusted until it expires, and a root of the same name but
    /// another key made the next runs' handshakes fail as "UntrustedRoot" for up to two hours (seen after a machine restart).
    /// </summary>
    private static readonly string CertificateSubject = $"{CertificateSubjectPrefix} {Guid.NewGuid():N}";

    /// <summary>
    /// The server certificate every issuer of the test run shares, trusted once until the run ends:
    /// trusting a new root while another issuer's connections are being checked can leave the
    /// platform's cached trust behind for a while, and a handshake then fails as "UntrustedRoot".
    /// </summary>
    private static readonly Lazy<X509Certificate2> SharedCertificate = new(CreateAndTrustCertificate);

    private readonly Dictionary<string, (RSA Key, string[] Endorsements)> _keys;
    private readonly WebApplication _app;

    private LocalOpenIdIssuer(WebApplication app, Dictionary<string, (RSA, string[])> keys)
    {
        _app = app;
        _keys = keys;
    }

    /// <summary>https://127.0.0.1:{port}</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The OpenID metadata document's address.</summary>
    public string MetadataUrl => BaseUrl + "/.well-known/openid-configuration";

    public static async Task<LocalOpenIdIssuer> StartAsync()
    {
        var keys = new Dictionary<string, (RSA, string[])>(StringComparer.Ordinal)
        {
            [TeamsKeyId] = (RSA.Create(2048), ["msteams", "webchat"]),
            [WebChatOnlyKeyId] = (RSA.Create(2048), ["webchat"]),
        };

        var serverCertificate = SharedCertificate.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(serverCertificate)));
        var app = builder.Build();
        var issuer = new LocalOpenIdIssuer(app, keys);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = ChannelIssuer,
            ["authorization_endpoint"] = issuer.BaseUrl + "/authorize",
            ["jwks_uri"] = issuer.BaseUrl + "/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () => Results.Json(new
        {
            keys = keys.Select(pair =>
            {
                var parameters = pair.Value.Item1.ExportParameters(includePrivateParameters: false);
                return new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = pair.Key,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = pair.Value.Item2,
                };
            }),
        }));
        await app.StartAsync();
        issuer.BaseUrl = app.Urls.Single().TrimEnd('/');
        return issuer;
    }

    /// <summary>The app settings that point the Bot Framework SDK's authentication at this issuer.</summary>
    public IDictionary<string, string?> AppSettings(string appId) => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = ChannelIssuer,
        ["ToChannelFromBotOAuthScope"] = ChannelIssuer,
        ["ToChannelFromBotLoginUrl"] = BaseUrl + "/botframework.com",
        ["OAuthUrl"] = BaseUrl,
        ["ValidateAuthority"] = "false",
    };

    /// <summary>A token as the Bot Framework channel signs it, with any part of it changed.</summary>
    public string CreateToken(
        string audience,
        string serviceUrl,
        string issuer = ChannelIssuer,
        string keyId = TeamsKeyId,
        DateTime? expires = null,
        RSA? signWith = null,
        DateTime? notBefore = null)
    {
        var key = new RsaSecurityKey(signWith ?? _keys[keyId].Key) { KeyId = keyId };
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(30);
        notBefore ??= expiry < now ? expiry.AddMinutes(-60) : now.AddMinutes(-1);
        var token = new JwtSecurityToken(
            issuer: issuer,
            audience: audience,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: notBefore,
            expires: expiry,
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>
    /// A token with the channel issuer's claims that none of the issuer's keys signed:
    /// <paramref name="algorithm"/> is "none" (unsigned) or "HS256" (signed with a made-up shared secret).
    /// </summary>
    public static string CreateForgedToken(string audience, string serviceUrl, string algorithm)
    {
        var credentials = algorithm switch
        {
            "none" => null,
            SecurityAlgorithms.HmacSha256 => new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Forged tokens are unsigned (none) or HS256."),
        };
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(ChannelIssuer, audience, [new Claim("serviceurl", serviceUrl)], now.AddMinutes(-1), now.AddMinutes(30), credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var (key, _) in _keys.Values)
        {
            key.Dispose();
        }
    }

    private static X509Certificate2 CreateAndTrustCertificate()
    {
        using var certificateKey = RSA.Create(2048);
        var request = new CertificateRequest(CertificateSubject, certificateKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var publicCertificate = X509CertificateLoader.LoadCertificate(created.RawData);
        Trust(publicCertificate);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Untrust(publicCertificate);
            publicCertificate.Dispose();
        };
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static void Trust(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        foreach (var stale in store.Certificates.Where(c => c.Subject.StartsWith(CertificateSubjectPrefix, StringComparison.Ordinal)).ToList())
        {
            // Left by a test run that was killed: its private key died with it. A live one may be another run's, still in use.
            if (stale.NotAfter < DateTime.Now)
            {
                store.Remove(stale);
            }
        }

        store.Add(certificate);
    }

    private static void Untrust(X509Certificate2 certificate)
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Remove(certificate);
    }
}
